/**
 * The user's templates in the library (library schema v5): saved from a design as a copy (kind
 * kept), listed with the bank in one list and never with the designs, searched like the library
 * (case and accents ignored, tags, number of boxes), tagged, favourites, renamed, duplicated,
 * trashed and restored, all kept across a reopen; the bank's own templates are read-only.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { TEST_BANK, twoBoxMeme } from '../testing/templates';
import { UserError } from '../errors';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { makeTempDir, removeDir, sampleDesign, steppingClock } from './testing/helpers';

let dir: string;
let library: LibraryStore;
const open = () => openLibrary({ dir, now: steppingClock(), bank: TEST_BANK });
beforeEach(async () => {
  dir = await makeTempDir();
  library = await open();
});
afterEach(async () => {
  await library.close();
  await removeDir(dir);
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; en: string; fr: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const { code, detail } = error as UserError;
  return { code, en: formatMessage(detail, 'en'), fr: formatMessage(detail, 'fr') };
}

const en = { language: 'en' as const };

async function savedMemeTemplate(name = 'Lundi matin', tags = ['Chat', '#Été']) {
  const meme = { ...twoBoxMeme(), id: 'meme1', name: 'My meme' };
  await library.createDesign(meme);
  return library.saveTemplateFrom('meme1', { name, tags });
}

describe('templates in the library', () => {
  it('saves a copy of a design as a template: kind and slots kept, tags normalised, the design unchanged and still listed alone', async () => {
    const template = await savedMemeTemplate();
    expect(template).toMatchObject({ source: 'user', name: 'Lundi matin', kind: 'meme', category: 'meme', tags: ['chat', 'été'], favourite: false, formats: ['instagram-square'] });
    expect(template.slots).toEqual([
      { name: 'picture', kind: 'image', required: true },
      { name: 'top', kind: 'text' },
      { name: 'bottom', kind: 'text', required: true },
    ]);
    expect(template.id).not.toBe('meme1');
    // The template's design is the design's copy, under its own id and name.
    const copy = (await library.getDesign(template.id)).design;
    const original = (await library.getDesign('meme1')).design;
    expect({ ...copy, id: 'x', name: 'x', createdAt: 'x', updatedAt: 'x' }).toEqual({ ...original, id: 'x', name: 'x', createdAt: 'x', updatedAt: 'x' });
    // Designs lists show no templates, the template list no designs.
    expect(library.listDesigns({}).map((d) => d.id)).toEqual(['meme1']);
    expect(library.listTemplates({ ...en, source: 'user' }).map((t) => t.id)).toEqual([template.id]);
  });

  it('refuses a design without slots, in both languages', async () => {
    await library.createDesign(sampleDesign({ id: 'plain' }));
    const refused = await refusal(library.saveTemplateFrom('plain', {}));
    expect(refused.code).toBe('invalid-args');
    expect(refused.en).toMatch(/no slots to fill/);
    expect(refused.fr).toMatch(/aucun emplacement à remplir/);
    expect(library.listTemplates({ ...en, source: 'user' })).toEqual([]);
  });

  it('lists the bank first, then the user’s own; the bank in the language asked for', async () => {
    const template = await savedMemeTemplate();
    expect(library.listTemplates(en).map((t) => [t.id, t.source, t.name])).toEqual([
      ['bank:test-classic', 'bank', 'Test classic'],
      [template.id, 'user', 'Lundi matin'],
    ]);
    const [bankFr] = library.listTemplates({ language: 'fr', source: 'bank' });
    expect(bankFr).toMatchObject({ name: 'Classique d’essai', tags: ['haut', 'bas', 'été'], formats: ['instagram-square', 'instagram-story'] });
    expect(bankFr.slots.map((s) => s.name)).toEqual(['picture', 'top', 'bottom']);
  });

  it('searches names, tags and slot names with case and accents ignored, by tag, by number of boxes', async () => {
    const lundi = await savedMemeTemplate('Lundi matin', ['chat', 'été']);
    const ids = (args: Parameters<LibraryStore['listTemplates']>[0]) => library.listTemplates(args).map((t) => t.id);
    expect(ids({ ...en, query: 'LUNDI' })).toEqual([lundi.id]);
    expect(ids({ ...en, query: 'ete' })).toEqual([lundi.id]);
    expect(ids({ language: 'fr', query: 'ÉTÉ' })).toEqual(['bank:test-classic', lundi.id]);
    expect(ids({ ...en, tags: ['#Chat'] })).toEqual([lundi.id]);
    expect(ids({ ...en, tags: ['chat', 'absent'] })).toEqual([]);
    expect(ids({ ...en, query: 'bottom' })).toEqual(['bank:test-classic', lundi.id]);
    expect(ids({ ...en, boxes: 3 })).toEqual(['bank:test-classic', lundi.id]);
    expect(ids({ ...en, boxes: 2 })).toEqual([]);
    expect(ids({ ...en, category: 'post' })).toEqual([]);
  });

  it('renames, retags, favourites, duplicates, trashes and restores, and all of it survives a reopen', async () => {
    const template = await savedMemeTemplate();
    await library.updateTemplate(template.id, { name: 'Mardi', tags: ['Bureau'], favourite: true }, 'en');
    const copy = await library.duplicateTemplate(template.id, 'en');
    expect(copy).toMatchObject({ source: 'user', name: 'Mardi (copy)', tags: ['bureau'], favourite: false });
    await library.trashTemplate(copy.id);
    expect(library.listTemplates({ ...en, source: 'user' }).map((t) => t.name)).toEqual(['Mardi']);
    expect(library.listTemplates({ ...en, trash: true }).map((t) => t.id)).toEqual([copy.id]);
    // The designs' trash is the designs'.
    expect(library.listDesigns({ trash: true })).toEqual([]);
    expect(await library.emptyTrash()).toBe(0);
    await library.close();
    library = await open();
    expect(library.listTemplates({ ...en, source: 'user', favourite: true }).map((t) => [t.name, t.tags])).toEqual([['Mardi', ['bureau']]]);
    await library.restoreTemplate(copy.id);
    expect(library.listTemplates({ ...en, source: 'user' }).map((t) => t.name)).toEqual(['Mardi', 'Mardi (copy)']);
    await library.trashTemplate(copy.id);
    expect(await library.emptyTemplateTrash()).toBe(1);
    await expect(fs.access(path.join(dir, 'designs', `${copy.id}.json`))).rejects.toThrow();
    expect(library.listDesigns({}).map((d) => d.id)).toEqual(['meme1']);
  });

  it('the index entry follows the template’s slots when it is edited as a design', async () => {
    const template = await savedMemeTemplate();
    const { design } = await library.getDesign(template.id);
    design.pages[0].elements = design.pages[0].elements.filter((el) => el.id !== 'top');
    await library.saveDesign(design);
    expect(library.templateSummary(template.id, 'en').slots.map((s) => s.name)).toEqual(['picture', 'bottom']);
    expect(library.listTemplates({ ...en, boxes: 2 }).map((t) => t.id)).toEqual([template.id]);
  });

  it('the bank is read-only: favourites only; duplicating one gives a user template built in the language asked for', async () => {
    for (const attempt of [library.updateTemplate('bank:test-classic', { name: 'x' }, 'en'), library.trashTemplate('bank:test-classic')]) {
      const refused = await refusal(attempt);
      expect(refused.code).toBe('read-only');
      expect(refused.en).toBe('Template "bank:test-classic" comes with Affiche and cannot be changed: duplicate it to make it yours.');
      expect(refused.fr).toBe('Le modèle «\u00a0bank:test-classic\u00a0» est fourni avec Affiche et ne peut pas être modifié\u00a0: dupliquez-le pour en faire le vôtre.');
    }
    await library.updateTemplate('bank:test-classic', { favourite: true }, 'en');
    const copy = await library.duplicateTemplate('bank:test-classic', 'fr');
    expect(copy).toMatchObject({ source: 'user', name: 'Classique d’essai', tags: ['haut', 'bas', 'été'], kind: 'meme' });
    const { design } = await library.getDesign(copy.id);
    expect(design.pages[0].elements.find((el) => el.id === 'top')).toMatchObject({ text: 'QUAND LE TEST PASSE' });
    await library.close();
    library = await open();
    expect(library.listTemplates({ ...en, favourite: true }).map((t) => t.id)).toEqual(['bank:test-classic']);
    const missing = await refusal(library.duplicateTemplate('bank:nope', 'en'));
    expect(missing).toMatchObject({ code: 'not-found' });
    expect(missing.fr).toMatch(/^Il n’y a pas de modèle «\u00a0bank:nope\u00a0»/);
    // A plain design is not a template.
    expect((await refusal(library.updateTemplate('meme1', { favourite: true }, 'en'))).code).toBe('not-found');
  });

  it('a v4 library with designs opens as v5: designs stay designs, no templates', async () => {
    await library.createDesign(sampleDesign({ id: 'old' }));
    await library.close();
    const file = path.join(dir, 'library.json');
    const doc = JSON.parse(await fs.readFile(file, 'utf8'));
    delete doc.bankFavourites;
    await fs.writeFile(file, JSON.stringify({ ...doc, schemaVersion: 4 }));
    library = await open();
    expect(library.listDesigns({}).map((d) => d.id)).toEqual(['old']);
    expect(library.listTemplates({ ...en, source: 'user' })).toEqual([]);
    await expect(fs.access(path.join(dir, 'backups', 'library.v4.json'))).resolves.toBeUndefined();
  });
});
