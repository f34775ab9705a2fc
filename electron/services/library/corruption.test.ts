/**
 * REL-06: 100 damaged library.json files and 100 damaged design files. Every one must open without
 * a crash: recovered from the newest valid backup (or empty), the damaged file kept aside, the user
 * told; a file from a newer Affiche opens read-only and is never written.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { openLibrary } from './library';
import { DESIGN_SCHEMA_VERSION } from '../../../core/schema/design';
import { LIBRARY_SCHEMA_VERSION } from '../../../core/schema/library';
import { makeVariants, seededRandom } from './testing/corrupt';
import { findTemps, makeTempDir, pngBytes, removeDir, sampleDesign, steppingClock } from './testing/helpers';

const COUNT = Number(process.env.AFFICHE_REL06_VARIANTS ?? 100);
const SEED = Number(process.env.AFFICHE_REL06_SEED ?? 20250601);

let root: string;
let template: string;
beforeAll(async () => {
  root = await makeTempDir('affiche-rel06-');
  template = path.join(root, 'template');
  const library = await openLibrary({ dir: template, now: steppingClock() });
  await library.createDesign(sampleDesign({ id: 'd1', name: 'v1' }));
  const design = (await library.getDesign('d1')).design;
  for (const name of ['v2', 'v3', 'v4']) await library.saveDesign({ ...design, name });
  await library.createDesign(sampleDesign({ id: 'd2', name: 'Other' }));
  // The last four index writes each add one asset: backups .1/.2/.3 hold 3/2/1 assets.
  for (const color of ['#110000', '#220000', '#330000', '#440000']) await library.importAsset(`${color}.png`, await pngBytes(4, 4, color));
  await library.close();
});
afterAll(async () => {
  await removeDir(root);
});

let copies = 0;
async function copyTemplate(): Promise<string> {
  const dir = path.join(root, `case-${copies++}`);
  await fs.cp(template, dir, { recursive: true });
  return dir;
}

/** Damage the newest `count` backups of a file (truncation: always invalid). */
async function damageBackups(files: string[], count: number): Promise<void> {
  for (const file of files.slice(0, count)) {
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
  }
}

async function keptAside(dir: string, prefix: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((name) => name.startsWith(`${prefix}.corrupt-`));
}

describe('REL-06 damaged library.json', async () => {
  const validText = await (async () => {
    // Built lazily from a fresh library so the variants match the real format.
    const dir = await makeTempDir('affiche-rel06-src-');
    const lib = await openLibrary({ dir });
    await lib.createDesign(sampleDesign({ id: 'x' }));
    await lib.close();
    const text = await fs.readFile(path.join(dir, 'library.json'), 'utf8');
    await removeDir(dir);
    return text;
  })();
  const valid = JSON.parse(validText) as Record<string, unknown>;
  const variants = makeVariants(
    {
      valid: Buffer.from(validText),
      wrongSchema: [
        '[]',
        '"library"',
        '42',
        'null',
        '{}',
        '{"schemaVersion":1}',
        JSON.stringify({ ...valid, schemaVersion: '1' }),
        JSON.stringify({ ...valid, schemaVersion: -1 }),
        JSON.stringify({ ...valid, schemaVersion: 1.5 }),
        JSON.stringify({ ...valid, assets: [] }),
        JSON.stringify({ ...valid, settings: { language: 'klingon' } }),
        JSON.stringify({ ...valid, designs: { '../evil': { id: '../evil' } } }),
        JSON.stringify({ ...valid, assets: { ['a'.repeat(64)]: { id: 'b'.repeat(64), kind: 'image', mime: 'image/png', fileName: 'x', bytes: 1, createdAt: '2025-01-01T00:00:00.000Z' } } }),
      ],
      future: (ahead) => JSON.stringify({ ...valid, schemaVersion: LIBRARY_SCHEMA_VERSION + ahead, somethingNew: { a: 1 } }),
    },
    COUNT,
    SEED,
  );
  const random = seededRandom(SEED + 1);

  it.each(variants.map((v, i) => [i, v.kind, v.label, v] as const))('#%i %s: %s', async (_i, kind, _label, variant) => {
    const dir = await copyTemplate();
    const backups = [1, 2, 3].map((n) => path.join(dir, 'backups', `library.json.${n}`));
    const damaged = Math.floor(random() * 4); // 0..3 damaged backups
    await damageBackups(backups, damaged);
    await fs.writeFile(path.join(dir, 'library.json'), variant.bytes);

    const library = await openLibrary({ dir });
    try {
      const notices = library.notices().map((n) => n.message);
      expect(notices.length).toBeGreaterThan(0);
      // Designs live in their own files: never lost, whatever happened to the index.
      expect(library.listDesigns({}).map((d) => d.id).sort()).toEqual(['d1', 'd2']);
      if (kind === 'future-version') {
        expect(library.readOnly).toBe(true);
        expect(notices[0]).toMatch(/newer version of Affiche; the library is open read-only/);
        expect(library.notices()[0]).toMatchObject({ key: 'library.notice.newerReadOnly', params: { file: 'library.json' } });
        expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(variant.bytes);
        expect(await keptAside(dir, 'library.json')).toEqual([]);
        await expect(library.updateSettings({ language: 'en' })).rejects.toMatchObject({ code: 'read-only' });
        return;
      }
      expect(library.readOnly).toBe(false);
      const kept = await keptAside(dir, 'library.json');
      expect(kept).toHaveLength(1);
      expect(await fs.readFile(path.join(dir, kept[0]))).toEqual(variant.bytes);
      if (damaged < 3) {
        expect(library.listAssets({})).toHaveLength(3 - damaged);
        expect(notices[0]).toMatch(new RegExp(`^library\\.json was damaged; restored the copy from .+ UTC\\. The damaged file was kept as ${kept[0]}\\.$`));
        expect(library.notices()[0]).toMatchObject({ key: 'library.notice.damagedRestored', params: { file: 'library.json', keptAs: kept[0] } });
      } else {
        expect(notices[0]).toBe(`library.json was damaged and no earlier copy could be read; the library opened empty. The damaged file was kept as ${kept[0]}.`);
        expect(library.notices()[0]).toMatchObject({ level: 'error', key: 'library.notice.damagedEmpty', params: { file: 'library.json', keptAs: kept[0] } });
        // Every copy lost: the media come back from blobs/ (kind, size, hash), their organisation does not.
        expect(library.listAssets({}).map((a) => [a.kind, a.mime, a.bytes > 0, a.width, a.height])).toEqual(Array.from({ length: 4 }, () => ['image', 'image/png', true, 4, 4]));
        expect(library.notices()[1]).toMatchObject({ level: 'warning', key: 'library.notice.rebuiltFromBlobs', params: { file: 'library.json', count: 4 } });
      }
      await library.updateSettings({ language: 'fr' }); // writable again
    } finally {
      await library.close();
    }
    // The repaired file opens cleanly next time.
    const again = await openLibrary({ dir });
    expect(again.notices()).toEqual([]);
    await again.close();
    expect(await findTemps(dir)).toEqual([]);
    await removeDir(dir);
  });
});

describe('REL-06 damaged design files', async () => {
  const source = sampleDesign({ id: 'd1', name: 'v4' });
  const validText = `${JSON.stringify(source, null, 2)}\n`;
  const variants = makeVariants(
    {
      valid: Buffer.from(validText),
      wrongSchema: [
        '[]',
        '{}',
        JSON.stringify({ ...source, pages: [] }),
        JSON.stringify({ ...source, id: 'someone-else' }),
        JSON.stringify({ ...source, kind: 'spreadsheet' }),
        JSON.stringify({ ...source, pages: [{ ...source.pages[0], elements: [{ type: 'script', id: 'x' }] }] }),
        JSON.stringify({ ...source, pages: [{ ...source.pages[0], background: { fill: 'javascript:alert(1)' } }] }),
        JSON.stringify({ ...source, format: { preset: null, width: 1e9, height: 10 } }),
        JSON.stringify({ ...source, schemaVersion: 0 }),
      ],
      future: (ahead) => JSON.stringify({ ...source, schemaVersion: DESIGN_SCHEMA_VERSION + ahead, stickers: [] }),
    },
    COUNT,
    SEED + 2,
  );
  const random = seededRandom(SEED + 3);

  it.each(variants.map((v, i) => [i, v.kind, v.label, v] as const))('#%i %s: %s', async (_i, kind, _label, variant) => {
    const dir = await copyTemplate();
    const designsDir = path.join(dir, 'designs');
    const backups = [1, 2, 3].map((n) => path.join(dir, 'backups', 'designs', `d1.${n}.json`));
    const damaged = Math.floor(random() * 4);
    await damageBackups(backups, damaged);
    await fs.writeFile(path.join(designsDir, 'd1.json'), variant.bytes);

    const library = await openLibrary({ dir });
    try {
      expect(library.notices()).toEqual([]); // the index is fine; the design is checked when opened
      if (kind === 'future-version') {
        const opened = await library.getDesign('d1');
        expect(opened.readOnly).toBe(true);
        expect(opened.notice).toBe('Design "v4" was made by a newer version of Affiche; it opens read-only.');
        await expect(library.saveDesign(opened.design)).rejects.toMatchObject({ code: 'read-only' });
        await expect(library.renameDesign('d1', 'x')).rejects.toMatchObject({ code: 'read-only' });
        expect(await fs.readFile(path.join(designsDir, 'd1.json'))).toEqual(variant.bytes);
        return;
      }
      if (damaged === 3) {
        const error = (await library.getDesign('d1').catch((e: unknown) => e)) as UserError;
        expect(error).toBeInstanceOf(UserError);
        expect(error.code).toBe('bad-file');
        const kept = await keptAside(designsDir, 'd1.json');
        expect(kept).toHaveLength(1);
        expect(error.message).toBe(`Design "v4" is damaged and no earlier copy could be read; the damaged file was kept as designs/${kept[0]}.`);
        expect(await fs.readFile(path.join(designsDir, kept[0]))).toEqual(variant.bytes);
        return;
      }
      const opened = await library.getDesign('d1');
      const kept = await keptAside(designsDir, 'd1.json');
      expect(kept).toHaveLength(1);
      expect(await fs.readFile(path.join(designsDir, kept[0]))).toEqual(variant.bytes);
      expect(opened.readOnly).toBe(false);
      expect(opened.design.name).toBe(['v3', 'v2', 'v1'][damaged]);
      expect(opened.notice).toMatch(new RegExp(`^Design "v4" was damaged; restored the copy from .+ UTC\\. The damaged file was kept as designs/${kept[0].replace(/\./g, '\\.')}\\.$`));
      expect(library.listDesigns({}).find((d) => d.id === 'd1')?.name).toBe(opened.design.name);
      // Restored for good: the next open is quiet and saving works.
      expect((await library.getDesign('d1')).notice).toBeUndefined();
      await library.saveDesign({ ...opened.design, name: 'fixed' });
    } finally {
      await library.close();
    }
    expect(await findTemps(dir)).toEqual([]);
    await removeDir(dir);
  });
});
