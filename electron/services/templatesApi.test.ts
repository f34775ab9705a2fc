/**
 * The template calls through the dispatcher (results checked against the contract), in process and
 * over browser mode's HTTP: list, get, save from a design, update, duplicate, trash, restore, use
 * (a new design at a format, in the UI language, with words and a library picture whose size the
 * backend reads), and refusals keyed in both languages. Over HTTP: electron/web/templates.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ArgsOf, type MethodName, type ResultOf } from '../../core/api';
import { formatMessage } from '../../core/messages';
import type { ImageElement, TextElement } from '../../core/schema';
import { createBackend, type Backend } from './backend';
import { staged } from './testing/backendTesting';
import { TEST_BANK, twoBoxMeme } from './testing/templates';

let backend: Backend;
let dir: string;
let events: unknown[];

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-templates-api-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true, bank: TEST_BANK });
  events = [];
  backend.onEvent((name, payload) => events.push({ name, payload }));
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

async function importPicture(width: number, height: number): Promise<string> {
  const bytes = new Uint8Array(await sharp({ create: { width, height, channels: 3, background: '#3366cc' } }).jpeg().toBuffer());
  return (await call('assets.import', await staged(backend, 'photo.jpg', bytes))).asset.id;
}

const byId = (design: { pages: { elements: { id: string }[] }[] }, id: string) => design.pages[0].elements.find((el) => el.id === id)!;

describe('templates API', () => {
  it('saves a design as a template, lists it apart from the designs, updates, duplicates, trashes and restores it', async () => {
    const meme = twoBoxMeme();
    await backend.library.createDesign(meme);
    const { template } = await call('templates.saveFrom', { designId: meme.id, name: 'Mon mème', tags: ['Été'] });
    expect(template).toMatchObject({ source: 'user', kind: 'meme', tags: ['été'], slots: [{ name: 'picture' }, { name: 'top' }, { name: 'bottom' }] });
    expect(events).toContainEqual({ name: 'library.changed', payload: { scope: 'templates', id: template.id } });
    expect((await call('designs.list', {})).designs.map((d) => d.id)).toEqual([meme.id]);
    const all = await call('templates.list', { language: 'fr', query: 'ete' });
    expect(all.templates.map((t) => t.id)).toEqual(['bank:test-classic', template.id]);

    const renamed = await call('templates.update', { id: template.id, language: 'en', name: 'Lundi', favourite: true });
    expect(renamed.template).toMatchObject({ name: 'Lundi', favourite: true });
    const copy = (await call('templates.duplicate', { id: 'bank:test-classic', language: 'fr' })).template;
    expect(copy).toMatchObject({ source: 'user', name: 'Classique d’essai' });
    await call('templates.trash', { id: copy.id });
    expect((await call('templates.list', { language: 'en', trash: true })).templates.map((t) => t.id)).toEqual([copy.id]);
    expect((await call('templates.restore', { id: copy.id })).template.deletedAt).toBeUndefined();
    await call('templates.trash', { id: copy.id });
    expect(await call('templates.emptyTrash', {})).toEqual({ removed: 1 });
  });

  it('gets a bank template at a format with its example words in the language asked for', async () => {
    const { template, design } = await call('templates.get', { id: 'bank:test-classic', language: 'fr', formatId: 'instagram-story' });
    expect(template).toMatchObject({ id: 'bank:test-classic', name: 'Classique d’essai' });
    expect(design.format).toEqual({ preset: 'instagram-story', width: 1080, height: 1920 });
    expect((byId(design, 'top') as TextElement).text).toBe('QUAND LE TEST PASSE');
  });

  it('uses a template: a new design at the format, words and a picture (its size read from the library), examples in the UI language elsewhere', async () => {
    const picture = await importPicture(400, 200);
    const { design } = await call('templates.use', {
      id: 'bank:test-classic',
      language: 'fr',
      formatId: 'instagram-story',
      values: { bottom: { kind: 'text', text: 'ÉTÉ À L’ÎLE ?' }, picture: { kind: 'image', assetId: picture } },
    });
    expect(design).toMatchObject({ kind: 'meme', name: 'Classique d’essai', format: { preset: 'instagram-story', width: 1080, height: 1920 } });
    expect((byId(design, 'top') as TextElement).text).toBe('QUAND LE TEST PASSE');
    expect((byId(design, 'bottom') as TextElement).text).toBe('ÉTÉ À L’ÎLE ?');
    const image = byId(design, 'picture') as ImageElement;
    expect(image).toMatchObject({ type: 'image', assetId: picture, width: 1080, height: 1920 });
    // 400 x 200 covering a 9:16 box: a 112.5 px wide strip of the picture, centred.
    expect(image.crop!.width).toBeCloseTo(112.5 / 400, 9);
    expect(image.crop!.height).toBe(1);
    expect((await call('designs.get', { id: design.id })).design).toEqual(design);
    expect((await call('designs.list', {})).designs.map((d) => d.id)).toEqual([design.id]);

    // A user template laid out for another format as "Resize to..." would.
    const meme = twoBoxMeme();
    await backend.library.createDesign(meme);
    const { template } = await call('templates.saveFrom', { designId: meme.id });
    const resized = await call('templates.use', { id: template.id, language: 'en', formatId: 'instagram-portrait' });
    expect(resized.design.format).toMatchObject({ preset: 'instagram-portrait', width: 1080, height: 1350 });
    expect(resized.design.variants).toBeUndefined();
  });

  it('refuses, keyed and in both languages: an unknown slot, a picture not in the library, an unknown template, a design without slots', async () => {
    expect(await refusal('templates.use', { id: 'bank:test-classic', language: 'en', values: { middle: { kind: 'text', text: 'x' } } })).toEqual({
      code: 'invalid-args',
      en: 'This template has no slot "middle" (its slots: picture, top, bottom).',
      fr: 'Ce modèle n’a pas d’emplacement «\u00a0middle\u00a0» (ses emplacements\u00a0: picture, top, bottom).',
    });
    expect(await refusal('templates.use', { id: 'bank:test-classic', language: 'en', values: { picture: { kind: 'image', assetId: 'a'.repeat(64) } } })).toEqual({
      code: 'not-found',
      en: 'Slot "picture": the picture is not in the library.',
      fr: 'Emplacement «\u00a0picture\u00a0»\u00a0: l’image n’est pas dans la bibliothèque.',
    });
    const missing = await refusal('templates.get', { id: 'bank:gone', language: 'fr' });
    expect(missing.code).toBe('not-found');
    expect(missing.en).toMatch(/^There is no template "bank:gone"/);
    const plain = (await call('designs.create', { name: 'Plain', format: { preset: null, width: 100, height: 100 } })).design;
    const noSlots = await refusal('templates.saveFrom', { designId: plain.id });
    expect(noSlots.en).toMatch(/no slots to fill/);
    expect(noSlots.fr).toMatch(/aucun emplacement/);
    expect((await refusal('templates.trash', { id: 'bank:test-classic' })).code).toBe('read-only');
  });
});
