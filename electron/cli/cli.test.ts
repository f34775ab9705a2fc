import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { main } from './main';
import { unpackDesign } from '../services/portable';
import { createBackend } from '../services/backend';

const repo = path.resolve(__dirname, '../..');
const examplesDir = path.join(repo, 'assets/examples');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-'));
});

describe('affiche CLI', () => {
  it('--help documents every command', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    const text = out.join('\n');
    for (const word of ['formats', 'render', '--json', 'Exit codes']) expect(text).toContain(word);
    expect((await cli('help', 'render')).out.join('\n')).toContain('--type png|jpg|webp');
    expect((await cli('render', '--help')).out.join('\n')).toContain('--page N');
  });

  it('formats lists the catalog, as a table and as JSON', async () => {
    const table = await cli('formats');
    expect(table.code).toBe(0);
    expect(table.out.some((l) => l.includes('instagram-portrait') && l.includes('1080x1350') && l.includes('4:5'))).toBe(true);
    const json = await cli('formats', '--json');
    const formats = JSON.parse(json.out.join('\n')) as Array<{ id: string; width: number; source: string }>;
    expect(formats.length).toBeGreaterThanOrEqual(25);
    expect(formats.every((f) => f.source && f.width > 0)).toBe(true);
  });

  it('renders every example at its exact pixel size, not blank', async () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith('.affiche'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const out = path.join(tmp, 'examples');
      const { design } = unpackDesign(new Uint8Array(readFileSync(path.join(examplesDir, file))), file);
      const result = await cli('render', path.join(examplesDir, file), '--out', out);
      expect(result.code, result.err.join('\n')).toBe(0);
      expect(result.out).toHaveLength(design.pages.length);
      for (const written of result.out) {
        const image = sharp(written);
        const meta = await image.metadata();
        expect([meta.width, meta.height]).toEqual([design.format.width, design.format.height]);
        const stats = await image.stats();
        expect(stats.channels.slice(0, 3).some((c) => c.stdev > 10)).toBe(true);
      }
    }
  });

  it('renders one page as jpg or webp', async () => {
    const out = path.join(tmp, 'one');
    const carousel = path.join(examplesDir, 'carrousel-conseils-x.affiche');
    const jpg = await cli('render', carousel, '--out', out, '--type', 'jpg', '--page', '2');
    expect(jpg.code).toBe(0);
    expect(jpg.out).toEqual([path.join(out, '3 conseils pour vos visuels-2.jpg')]);
    expect((await sharp(jpg.out[0]).metadata()).format).toBe('jpeg');
    const webp = await cli('render', carousel, '--out', out, '-t', 'webp', '-p', '1');
    expect((await sharp(webp.out[0]).metadata()).format).toBe('webp');
  });

  it.each([
    [['render', 'nope.affiche', '--out', 'x'], '"nope.affiche": no such file'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--page', '3'], 'there is no page 3'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche')], 'render needs --out DIR'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--type', 'gif'], '--type must be png, jpg or webp'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--page', '0'], '--page must be a page number'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['formats', '--colour'], 'see "affiche --help"'],
  ])('exits 1 with one clear line for %j', async (argv, message) => {
    const { code, err, out } = await cli(...(argv as string[]));
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
  });

  it('names the file and the problem for a damaged .affiche', async () => {
    const bad = path.join(tmp, 'broken.affiche');
    writeFileSync(bad, 'this is not a zip');
    const { code, err } = await cli('render', bad, '--out', path.join(tmp, 'o'));
    expect(code).toBe(1);
    expect(err).toEqual(['affiche: "broken.affiche" is not an Affiche design file (.affiche is a zip archive)']);
  });

  it('a folder it cannot write to is the user’s problem: exit 1 naming the path', async () => {
    const blocker = path.join(tmp, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { code, err } = await cli('render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', path.join(blocker, 'sub'));
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(blocker);
  });

  it('renders a design of the library by id', async () => {
    const libraryDir = path.join(tmp, 'library');
    const backend = await createBackend({ libraryDir, transport: 'inprocess' });
    const created = await backend.dispatch('designs.create', { name: 'Depuis la bibliothèque', format: { preset: 'x-landscape', width: 1600, height: 900 } });
    await backend.close();
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.result as { design: { id: string } }).design.id;
    const result = await cli('render', id, '--out', path.join(tmp, 'lib'), '--library', libraryDir);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect((await sharp(result.out[0]).metadata()).width).toBe(1600);
    const missing = await cli('render', 'dNOPE', '--out', path.join(tmp, 'lib'), '--library', libraryDir);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toContain('"dNOPE" is neither a file nor a design id');
  });

  it('the installed command exits with the right codes', () => {
    const bin = path.join(repo, 'bin/affiche.mjs');
    const ok = spawnSync(process.execPath, [bin, 'formats'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'render', 'missing.affiche', '--out', tmp], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual(['affiche: "missing.affiche": no such file']);
  });
});
