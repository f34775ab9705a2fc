/**
 * REL-06, past what backups can do: library.json and every backup lost (the media records come
 * back from blobs/), a design damaged beyond its backups (it stays listed, damaged, with its
 * kept-aside file, across restarts), and index keys that are Object.prototype names.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { createImageElement } from '../../../core/schema/factory';
import { DesignDamaged } from './designFiles';
import { openLibrary } from './library';
import { jpegBytes, makeTempDir, pngBytes, removeDir, sampleDesign, steppingClock } from './testing/helpers';
import type { LibraryStore } from './types';

const fontsDir = path.resolve(__dirname, '../../../assets/fonts');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const dirs: string[] = [];
const open: LibraryStore[] = [];
async function library(dir: string): Promise<LibraryStore> {
  const opened = await openLibrary({ dir, now: steppingClock() });
  open.push(opened);
  return opened;
}
async function close(lib: LibraryStore): Promise<void> {
  open.splice(open.indexOf(lib), 1);
  await lib.close();
}
async function tempDir(): Promise<string> {
  const dir = await makeTempDir('affiche-recovery-');
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const lib of open.splice(0)) await lib.close();
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

describe('library.json and every backup lost', () => {
  it('lists the media again from blobs/ (kind, type, size, hash; pixel sizes and font families), says what is lost, and designs find their media', async () => {
    const dir = await tempDir();
    const first = await library(dir);
    const png = await pngBytes(30, 20, '#ff0000');
    const jpeg = await jpegBytes(16, 9);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="12" height="7"><rect width="12" height="7"/></svg>');
    const font = await fs.readFile(path.join(fontsDir, 'Lora/Lora_700Bold.ttf'));
    const ids: Record<string, string> = {};
    for (const [name, bytes] of [['rouge.png', png], ['plage.jpg', jpeg], ['logo.svg', svg], ['Lora.ttf', font]] as const) ids[name] = (await first.importAsset(name, bytes)).asset.id;
    await first.tagAssets([ids['rouge.png']], ['soldes']);
    const design = sampleDesign({ id: 'dsoldes', name: 'Soldes' });
    design.pages[0].elements.push(createImageElement({ id: 'img', assetId: ids['rouge.png'], x: 0, y: 0, width: 30, height: 20 }));
    await first.createDesign(design);
    await close(first);

    // Lost: the index and every copy of it. Left in blobs/: a file that no longer matches its
    // name, a link, and a stray file (none of them is listed).
    await fs.rm(path.join(dir, 'library.json'));
    await fs.rm(path.join(dir, 'backups'), { recursive: true });
    const altered = Buffer.concat([png, Buffer.from('x')]);
    await fs.writeFile(path.join(dir, 'blobs', 'b'.repeat(64)), altered);
    await fs.symlink(path.join(dir, 'blobs', ids['rouge.png']), path.join(dir, 'blobs', sha256(Buffer.from('link'))));
    await fs.writeFile(path.join(dir, 'blobs', 'notes.txt'), 'hello');

    const lib = await library(dir);
    const listed = new Map(lib.listAssets({}).map((a) => [a.id, a]));
    expect([...listed.keys()].sort()).toEqual(Object.values(ids).sort());
    expect(listed.get(ids['rouge.png'])).toMatchObject({ kind: 'image', mime: 'image/png', bytes: png.length, width: 30, height: 20, fileName: `${ids['rouge.png'].slice(0, 12)}.png` });
    expect(listed.get(ids['rouge.png'])!.tags).toBeUndefined();
    expect(listed.get(ids['plage.jpg'])).toMatchObject({ kind: 'image', mime: 'image/jpeg', width: 16, height: 9 });
    expect(listed.get(ids['logo.svg'])).toMatchObject({ kind: 'image', mime: 'image/svg+xml', width: 12, height: 7 });
    expect(listed.get(ids['Lora.ttf'])).toMatchObject({ kind: 'font', mime: 'font/ttf', fontFamily: 'Lora', bytes: font.length });
    const notice = lib.notices().find((n) => n.key === 'library.notice.rebuiltFromBlobs')!;
    expect(notice).toMatchObject({ level: 'warning', params: { file: 'library.json', count: 4 } });
    expect(notice.message).toBe('library.json and its backups could not be read: 4 media were found in the library folder and listed again, without their names, tags, collections or notes.');
    expect(formatMessage({ key: notice.key, params: notice.params } as never, 'fr')).toBe(
      'library.json et ses copies de secours sont illisibles\u00a0: 4\u00a0médias ont été retrouvés dans le dossier de la bibliothèque et répertoriés à nouveau, sans leurs noms, étiquettes, collections ni notes.',
    );
    // The design (from its own file) and what it uses are whole again.
    expect(lib.listDesigns({}).map((d) => d.name)).toEqual(['Soldes']);
    expect((await lib.assetUsage(ids['rouge.png'])).designs.map((d) => d.id)).toEqual(['dsoldes']);
    expect(Buffer.from(await lib.readAsset(ids['rouge.png'])).equals(png)).toBe(true);
    await close(lib);

    // Written: the next start says nothing and lists the same.
    const again = await library(dir);
    expect(again.notices()).toEqual([]);
    expect(again.listAssets({}).map((a) => a.id).sort()).toEqual(Object.values(ids).sort());
  });

  it('a new library (no blobs) opens empty without a word', async () => {
    const lib = await library(await tempDir());
    expect(lib.notices()).toEqual([]);
    expect(lib.listAssets({})).toEqual([]);
  });
});

describe('a design damaged beyond its backups stays visible, damaged', () => {
  async function damage(dir: string, id: string, text = '{"schemaVersion":4,"id":"') {
    await fs.writeFile(path.join(dir, 'designs', `${id}.json`), text);
    for (let n = 1; n <= 3; n++) await fs.rm(path.join(dir, 'backups', 'designs', `${id}.${n}.json`), { force: true });
  }

  it('listed with its kept-aside file after opening fails, after a restart too, until it is trashed and the trash emptied', async () => {
    const dir = await tempDir();
    const first = await library(dir);
    await first.createDesign(sampleDesign({ id: 'dok', name: 'Intact' }));
    await first.createDesign(sampleDesign({ id: 'dbad', name: 'Abîmé' }));
    await close(first);
    await damage(dir, 'dbad');

    const lib = await library(dir);
    const error = await lib.getDesign('dbad').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesignDamaged);
    const keptAs = (error as DesignDamaged).keptAs;
    expect(keptAs).toMatch(/^designs\/dbad\.json\.corrupt-[0-9TZ-]+$/);
    expect((error as DesignDamaged).message).toBe(`Design "Abîmé" is damaged and no earlier copy could be read; the damaged file was kept as ${keptAs}.`);
    expect(await fs.readFile(path.join(dir, keptAs), 'utf8')).toBe('{"schemaVersion":4,"id":"');
    const listed = () => Object.fromEntries(lib.listDesigns({}).map((d) => [d.id, d.damaged]));
    expect(listed()).toEqual({ dbad: { keptAs }, dok: undefined });
    await close(lib);

    const reopened = await library(dir);
    expect(Object.fromEntries(reopened.listDesigns({}).map((d) => [d.id, [d.name, d.damaged]]))).toEqual({ dbad: ['Abîmé', { keptAs }], dok: ['Intact', undefined] });
    // Opening it says why, not "missing".
    await expect(reopened.getDesign('dbad')).rejects.toMatchObject({ code: 'bad-file', detail: { key: 'design.damagedLost', params: { name: 'Abîmé', keptAs } } });
    expect((await reopened.getDesign('dok')).design.name).toBe('Intact');
    await reopened.trashDesign('dbad');
    expect(reopened.listDesigns({ trash: true }).map((d) => [d.id, d.damaged])).toEqual([['dbad', { keptAs }]]);
    await reopened.emptyTrash();
    expect(reopened.listDesigns({}).map((d) => d.id)).toEqual(['dok']);
    await close(reopened);
    // Gone for good from the list; the damaged file itself is never deleted by us.
    const last = await library(dir);
    expect(last.listDesigns({}).map((d) => d.id)).toEqual(['dok']);
    expect(await fs.readFile(path.join(dir, keptAs), 'utf8')).toBe('{"schemaVersion":4,"id":"');
  });

  it('a damaged file the index never knew is listed under the name it still gives, and the user is told', async () => {
    const dir = await tempDir();
    const first = await library(dir);
    await close(first);
    await fs.writeFile(path.join(dir, 'designs', 'dlost.json'), '{"schemaVersion":4,"id":"dlost","name":"Affiche perdue","kind":"sti');
    const lib = await library(dir);
    const [summary] = lib.listDesigns({});
    expect(summary).toMatchObject({ id: 'dlost', name: 'Affiche perdue', damaged: { keptAs: expect.stringMatching(/^designs\/dlost\.json\.corrupt-/) } });
    expect(lib.notices()).toMatchObject([{ level: 'error', key: 'design.damagedLost', params: { name: 'Affiche perdue', keptAs: summary.damaged!.keptAs } }]);
    await close(lib);
    const again = await library(dir);
    expect(again.listDesigns({}).map((d) => [d.id, d.damaged?.keptAs])).toEqual([['dlost', summary.damaged!.keptAs]]);
  });
});

describe('index keys named like Object.prototype members (SEC-09)', () => {
  it('designs called "constructor" and "__proto__" are designs like any other, across a restart', async () => {
    const dir = await tempDir();
    const lib = await library(dir);
    await expect(lib.getDesign('constructor')).rejects.toMatchObject({ code: 'not-found' });
    await lib.createDesign(sampleDesign({ id: 'constructor', name: 'Constructeur' }));
    await lib.createDesign(sampleDesign({ id: '__proto__', name: 'Proto' }));
    await lib.createDesign(sampleDesign({ id: 'toString', name: 'Texte' }));
    expect(lib.listDesigns({}).map((d) => d.id).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect((await lib.getDesign('__proto__')).design.name).toBe('Proto');
    await lib.renameDesign('constructor', 'Constructeur 2');
    await lib.trashDesign('__proto__');
    expect(lib.listDesigns({ trash: true }).map((d) => d.id)).toEqual(['__proto__']);
    await lib.restoreDesign('__proto__');
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    await close(lib);
    const again = await library(dir);
    expect(again.listDesigns({}).map((d) => [d.id, d.name]).sort()).toEqual([
      ['__proto__', 'Proto'],
      ['constructor', 'Constructeur 2'],
      ['toString', 'Texte'],
    ]);
    expect((await again.getDesign('constructor')).design.name).toBe('Constructeur 2');
  });
});
