/**
 * `affiche render` for carousels: the numbered set in a folder, --split over the network's slide
 * cap, the alt-text CSV, and --pdf [--max-bytes] writing one PDF document (read back by pdfinfo).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createDesign, createImageElement, createPage, createTextElement } from '../../core/schema/factory';
import { noisyImage } from '../services/preflight/testImages';
import { packDesign } from '../services/portable';
import { runCli } from './testing';

const cli = (...argv: string[]) => runCli(argv);

let tmp: string;
let instagram: string;
let linkedin: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-carousel-'));
  const long = createDesign({ name: 'Astuces', kind: 'carousel', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
  long.pages = Array.from({ length: 21 }, (_, i) => ({ ...createPage(), ...(i === 0 ? { altText: 'Couverture : « 21 astuces »' } : {}) }));
  instagram = path.join(tmp, 'astuces.affiche');
  writeFileSync(instagram, await packDesign(long, async () => null));
  const doc = createDesign({ name: 'Rapport annuel', kind: 'carousel', format: { preset: 'linkedin-document', width: 1080, height: 1350 } });
  doc.pages = ['Chiffres clés', 'Nos équipes', 'Et après ?'].map((text) => ({ ...createPage(), elements: [createTextElement({ x: 100, y: 300, width: 880, text, fontSize: 80 })] }));
  linkedin = path.join(tmp, 'rapport.affiche');
  writeFileSync(linkedin, await packDesign(doc, async () => null));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('affiche render, carousels', () => {
  it('writes the numbered set, notes the cap on stderr, and the alt text CSV beside the images', async () => {
    const out = path.join(tmp, 'set');
    const { code, out: printed, err } = await cli('render', instagram, '--out', out);
    expect(code, err.join('\n')).toBe(0);
    const images = Array.from({ length: 21 }, (_, i) => `Astuces-${String(i + 1).padStart(2, '0')}.png`);
    expect(printed).toEqual([...images, 'Astuces-alt-text.csv'].map((name) => path.join(out, name)));
    expect(readdirSync(out).sort()).toEqual([...images, 'Astuces-alt-text.csv'].sort());
    expect(err).toContain('affiche: note: 21 slides: Instagram takes 20; export as 2 posts? (--split does it)');
    expect(readFileSync(path.join(out, 'Astuces-alt-text.csv'), 'utf8')).toContain('Astuces-01.png,Couverture : « 21 astuces »\r\n');
  });

  it('--split writes two posts of 11 and 10 slides', async () => {
    const out = path.join(tmp, 'split');
    const { code, err } = await cli('render', instagram, '--out', out, '--split', '--type', 'jpg');
    expect(code, err.join('\n')).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.jpg')).sort();
    expect(files.filter((f) => f.startsWith('Astuces-post1-'))).toHaveLength(11);
    expect(files.filter((f) => f.startsWith('Astuces-post2-'))).toHaveLength(10);
    expect(files[0]).toBe('Astuces-post1-01.jpg');
    expect(files.at(-1)).toBe('Astuces-post2-10.jpg');
    expect(err).toContain('affiche: note: Split into 2 posts for Instagram (11 + 10 slides).');
  });

  it('--pdf writes one PDF document, every page the slide size, titled after the design', async () => {
    const file = path.join(tmp, 'pdf', 'rapport.pdf');
    const { code, out, err } = await cli('render', linkedin, '--pdf', file, '--max-bytes', '5MB');
    expect(code, err.join('\n')).toBe(0);
    expect(out).toEqual([file]);
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '3', file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Pages:\s+3$/m);
    expect(info).toMatch(/^Title:\s+Rapport annuel$/m);
    expect([...info.matchAll(/^Page\s+\d+ size:\s+(.+) pts/gm)].map((m) => m[1])).toEqual(Array(3).fill('810 x 1012.5'));
    expect(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout).toContain('Nos équipes');
  });

  it.each([
    ['document-linkedin-conseils.affiche', 10],
    ['panorama-calanques.affiche', 3],
  ])('the example %s renders both ways: %i numbered slides and a PDF of as many pages', async (example, slides) => {
    const out = path.join(tmp, `example-${slides}`);
    const file = path.join(out, 'document.pdf');
    const { code, err } = await cli('render', path.resolve(__dirname, '../../assets/examples', example), '--out', out, '--pdf', file);
    expect(code, err.join('\n')).toBe(0);
    const pngs = readdirSync(out).filter((name) => name.endsWith('.png'));
    expect(pngs).toHaveLength(slides);
    expect(pngs.map((name) => /-(\d\d)\.png$/.exec(name)?.[1])).toEqual(Array.from({ length: slides }, (_, i) => String(i + 1).padStart(2, '0')));
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', String(slides), file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(new RegExp(`^Pages:\\s+${slides}$`, 'm'));
    expect([...info.matchAll(/^Page\s+\d+ size:\s+(.+) pts/gm)].map((m) => m[1])).toEqual(Array(slides).fill('810 x 1012.5'));
  });

  it('--pdf and --out together write both; usage mistakes say what to type', async () => {
    const out = path.join(tmp, 'both');
    const file = path.join(out, 'rapport.pdf');
    const both = await cli('render', linkedin, '--out', out, '--pdf', file);
    expect(both.code, both.err.join('\n')).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['Rapport annuel-01.png', 'Rapport annuel-02.png', 'Rapport annuel-03.png', 'rapport.pdf']);
    expect((await cli('render', linkedin)).err.join('\n')).toMatch(/render needs --out DIR .* or --pdf FILE/);
    expect((await cli('render', linkedin, '--out', out, '--max-bytes', '5MB')).err.join('\n')).toMatch(/--max-bytes goes with --pdf/);
    expect((await cli('render', linkedin, '--pdf', file, '--max-bytes', 'lots')).err.join('\n')).toMatch(/--max-bytes must be a size/);
    expect((await cli('render', linkedin, '--pdf', file, '--page', '2')).err.join('\n')).toMatch(/--page goes with --out DIR/);
    expect((await cli('render', '--help')).out.join('\n')).toMatch(/--pdf FILE[\s\S]*--max-bytes N[\s\S]*--split/);
  });

  it('a size target it cannot meet exits 1 naming the size it got, and leaves no file', async () => {
    // Two slides of pure noise: even at the lowest quality each takes hundreds of KB.
    const photos = await Promise.all([1, 2].map((seed) => noisyImage(1080, 1350, { seed, noise: 128 }).jpeg({ quality: 95 }).toBuffer()));
    const ids = photos.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
    const noisy = createDesign({ name: 'Bruit', kind: 'carousel', format: { preset: 'linkedin-document', width: 1080, height: 1350 } });
    noisy.pages = ids.map((assetId) => ({ ...createPage(), elements: [createImageElement({ assetId, x: 0, y: 0, width: 1080, height: 1350 })] }));
    const source = path.join(tmp, 'bruit.affiche');
    writeFileSync(source, await packDesign(noisy, async (id) => photos[ids.indexOf(id)] ?? null));
    const file = path.join(tmp, 'tiny', 'bruit.pdf');
    const { code, err } = await cli('render', source, '--pdf', file, '--max-bytes', '100000');
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/The PDF cannot fit in 0\.1 MB: even at the lowest JPEG quality \(20\) it takes \d+(\.\d)? MB/);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.dirname(file)) ? readdirSync(path.dirname(file)) : []).toEqual([]);
  });
});
