/**
 * The bundled examples made from bank templates (scripts/make-examples.ts) carry the fitted layout
 * of each auto-fit text (TextElement.fitted), current for its words and box (its key matches), so
 * the editor and Node draw the sizes and line breaks stored; drawn in Node, the stored layout is
 * exactly what fitting the text again there gives.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fabricNode from 'fabric/node';
import { describe, expect, it } from 'vitest';
import { buildText, fitKey, type FabricNS } from '../../../core/render';
import type { Design, TextElement } from '../../../core/schema';
import { readPortable } from '../portable';
import { registerBundledFonts, renderDesignPage } from './nodeRenderer';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/examples');
/** The examples scripts/make-examples.ts fills from bank templates whose texts fit their boxes. */
const FITTED_EXAMPLES = ['meme-canard-bug.affiche', 'meme-rangees-notes.affiche', 'document-linkedin-conseils.affiche'];

const autoFitTexts = (design: Design) => design.pages.flatMap((page) => page.elements.filter((el): el is TextElement => el.type === 'text' && el.autoFit === true));

describe('examples made from bank templates', () => {
  it('are bundled', () => {
    expect(readdirSync(examples)).toEqual(expect.arrayContaining(FITTED_EXAMPLES));
  });

  it.each(FITTED_EXAMPLES)('%s: every auto-fit text carries its current fitted layout, and Node draws exactly it', async (file) => {
    const { design, blobs } = await readPortable(path.join(examples, file), file);
    const texts = autoFitTexts(design);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    registerBundledFonts();
    for (const el of texts) {
      expect(el.fitted, el.id).toBeDefined();
      expect(el.fitted!.key, el.id).toBe(fitKey(el));
      // The stored size and lines are the ones drawn (not fitted again).
      const drawn = buildText(fabricNode as unknown as FabricNS, el).fitLayout!;
      expect(drawn.fontSize).toBe(el.fitted!.fontSize);
      expect(drawn.lines.map((line) => [line.paragraph, line.start, line.end, line.hyphen])).toEqual(el.fitted!.lines);
      expect(el.fitted!.fontSize).toBeLessThanOrEqual(el.fontSize);
    }
    const readAsset = async (id: string) => blobs.get(id) ?? null;
    const unfitted: Design = { ...design, pages: design.pages.map((page) => ({ ...page, elements: page.elements.map((el) => (el.type === 'text' ? { ...el, fitted: undefined } : el)) })) };
    const stored = await renderDesignPage(design, 0, 'png', { readAsset });
    const fittedAgain = await renderDesignPage(unfitted, 0, 'png', { readAsset });
    expect(stored.equals(fittedAgain)).toBe(true);
  });
});
