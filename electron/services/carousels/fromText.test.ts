/**
 * Text to carousel through the dispatcher (results checked against the contract), measured by
 * node-canvas with the bundled fonts as the export draws: the plan's count is what fromText makes;
 * the carousel is saved in the library; a long item flows on and every slide's text, measured for
 * real, fits its box at or above the template's minimum size; a user's carousel template works
 * too; refusals are keyed messages in both languages.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ArgsOf, type MethodName, type ResultOf } from '../../../core/api';
import { fitText } from '../../../core/render/fitText';
import { specOf } from '../../../core/render/text';
import { applyTextCase } from '../../../core/render/textCase';
import { formatMessage } from '../../../core/messages';
import type { TextElement } from '../../../core/schema';
import { bankTemplate } from '../../../core/templates/bank';
import { formatRef } from '../../../core/templates/bank/layout';
import { createBackend, type Backend } from '../backend';
import { nodeMeasurerFor } from './fromText';

let backend: Backend;
let dir: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-carousel-text-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterEach(async () => {
  await backend.close();
});

async function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const outcome = await backend.dispatch(method, args);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as ResultOf<M>;
}

async function refusal<M extends MethodName>(method: M, args: ArgsOf<M>) {
  const outcome = await backend.dispatch(method, args);
  if (outcome.ok) throw new Error(`${method} was not refused`);
  const { code, key, params } = outcome.error;
  const message = { key, params } as Parameters<typeof formatMessage>[0];
  return { code, en: formatMessage(message, 'en'), fr: formatMessage(message, 'fr') };
}

const LONG_FR = Array.from(
  { length: 9 },
  (_, i) => `Étape ${i + 1}\u00a0: relisez chaque diapositive à voix haute, sur un téléphone, avant de publier «\u00a0pour de vrai\u00a0»\u202f; c’est là qu’on voit les phrases trop longues\u202f!`,
).join(' ');

describe('text to carousel in the backend', () => {
  it('counts what it makes, saves the carousel, and flows a long item at the minimum size measured by node-canvas', async () => {
    const text = `Publier sans stress\n\n1. Préparez la veille\n${LONG_FR}\n2. Un café ☕️\n3. Publiez à 8\u00a0h`;
    const args = { text, templateId: 'bank:carousel-editorial', formatId: 'instagram-carousel', language: 'fr' as const };
    const plan = await call('carousels.planText', args);
    expect(plan.items).toBe(3);
    expect(plan.title).toBe('Publier sans stress');
    expect(plan.slides).toBeGreaterThan(5);
    const made = await call('carousels.fromText', args);
    expect(made.slides).toBe(plan.slides);
    expect(made.design.pages).toHaveLength(plan.slides);
    // In the library, as a carousel.
    const { design: saved } = await call('designs.get', { id: made.design.id });
    expect(saved.kind).toBe('carousel');
    expect(saved.pages).toHaveLength(plan.slides);
    expect((await call('designs.list', {})).designs.map((d) => d.id)).toContain(made.design.id);
    // The long item's continuation repeats its heading; French marks stay with their words.
    const texts = saved.pages.map((p) => p.elements.filter((e): e is TextElement => e.type === 'text').map((e) => e.text));
    expect(texts[1]).toContain('Préparez la veille');
    expect(texts[2]).toContain('Préparez la veille (2)');
    const all = texts.flat().join('\n');
    expect(all).toContain('«\u00a0pour de vrai\u00a0»\u202f;');
    expect(all).toContain('8\u00a0h');
    expect(all).toContain('☕️');
    // Every text that shrinks fits its box at or above its minimum, on node-canvas's own measures.
    const measurerFor = nodeMeasurerFor();
    for (const page of saved.pages) {
      for (const el of page.elements) {
        if (el.type !== 'text' || !el.autoFit || el.repeat) continue;
        const spec = specOf(el);
        const fitted = fitText(
          { text: applyTextCase(el.text, el.textCase), width: el.width, height: el.height, maxFontSize: el.fontSize, minFontSize: spec.minFontSize, maxLines: spec.maxLines, lineHeight: el.lineHeight, align: el.align, strokeWidth: () => 0 },
          measurerFor(el),
        );
        expect(fitted.fits, `${el.name}: ${el.text.slice(0, 50)}`).toBe(true);
        expect(fitted.fontSize).toBeGreaterThanOrEqual(spec.minFontSize);
      }
    }
  }, 60_000);

  it('takes a user carousel template (saved from a bank carousel) and its format', async () => {
    const carousel = bankTemplate('bank:carousel-playful')!.build(formatRef('instagram-square'), 'en');
    await backend.library.createDesign(carousel);
    const { template } = await call('templates.saveFrom', { designId: carousel.id, name: 'My look' });
    expect([template.category, template.kind]).toEqual(['carousel', 'carousel']);
    const made = await call('carousels.fromText', { text: '- one\n- two', templateId: template.id, language: 'en' });
    expect(made.design.pages).toHaveLength(4);
    expect(made.design.format).toMatchObject({ width: 1080, height: 1080 });
    expect(made.items).toBe(2);
  });

  it('an empty text plans no slide; refusals name the problem in both languages', async () => {
    expect(await call('carousels.planText', { text: ' \n ', language: 'en' })).toEqual({ title: null, items: 0, slides: 0 });
    expect(await refusal('carousels.fromText', { text: '', language: 'fr' })).toEqual({
      code: 'invalid-args',
      en: 'There is no text to make slides from: paste a list, paragraphs or lines.',
      fr: 'Il n’y a pas de texte dont faire des diapositives\u00a0: collez une liste, des paragraphes ou des lignes.',
    });
    const meme = await refusal('carousels.fromText', { text: '1. a', templateId: 'bank:classic', language: 'fr' });
    expect(meme.code).toBe('invalid-args');
    expect(meme.fr).toMatch(/^Le modèle «\u00a0.+\u00a0» n’est pas un modèle de carrousel/);
    expect((await refusal('carousels.fromText', { text: '1. a', templateId: 'bank:nope', language: 'en' })).code).toBe('not-found');
    expect((await refusal('carousels.fromText', { text: '1. a', formatId: 'nope', language: 'en' })).en).toMatch(/nope/);
    const tooMany = Array.from({ length: 320 }, (_, i) => `${i + 1}. item`).join('\n');
    expect((await refusal('carousels.fromText', { text: tooMany, language: 'en' })).en).toBe(
      'This text makes 322 slides, more than the 300 a design holds: shorten it or make two carousels.',
    );
  }, 60_000);
});
