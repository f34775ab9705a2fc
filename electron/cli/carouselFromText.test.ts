/**
 * `affiche carousel from-text` through the real backend, node-canvas measures and the portable
 * export: a 12-item list makes a 14-slide .affiche file that `affiche render` draws at the
 * format's size, one PNG per slide; stdin with "-"; French and emoji arrive intact; refusals exit 1
 * with one English line naming the problem.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageAsDrawn } from '../../core/carousel/repeat';
import { openPortable } from '../services/portable';
import { runCli } from './testing';

const cli = (argv: string[], stdin?: string) => runCli(argv, { stdin });

let tmp: string;
let libraryDir: string;
const TIPS = ['12 tips for LinkedIn documents', '', ...Array.from({ length: 12 }, (_, i) => `${i + 1}. Tip ${i + 1}: keep one idea per slide\nShort slides are read to the end; long ones are skipped.`)].join('\n');

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-carousel-'));
  libraryDir = path.join(tmp, 'library');
});

describe('affiche carousel from-text', () => {
  it('writes a 14-slide LinkedIn document from a 12-item list, which affiche render draws slide by slide', async () => {
    const input = path.join(tmp, 'tips.txt');
    writeFileSync(input, TIPS);
    const out = path.join(tmp, 'tips.affiche');
    const made = await cli(['carousel', 'from-text', input, '--out', out, '--library', libraryDir]);
    expect(made.err.join('\n')).toContain('12 items -> 14 slides (1080x1350)');
    expect(made.code).toBe(0);
    expect(made.out).toEqual([out]);
    const portable = await openPortable(out, 'tips.affiche');
    try {
      const { design } = portable;
      expect(design.kind).toBe('carousel');
      expect(design.format.preset).toBe('linkedin-document');
      expect(design.pages).toHaveLength(14);
      expect(design.name).toBe('12 tips for LinkedIn documents');
      const words = (i: number) => pageAsDrawn(design, i).elements.map((e) => (e.type === 'text' ? e.text : ''));
      expect(words(3)).toEqual(expect.arrayContaining(['03', 'Tip 3: keep one idea per slide', '4/14']));
    } finally {
      await portable.close();
    }
    const dir = path.join(tmp, 'renders');
    const rendered = await cli(['render', out, '--out', dir]);
    expect(rendered.code).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    expect(files).toHaveLength(14);
    for (const file of [files[0], files[7], files[13]]) {
      const meta = await sharp(path.join(dir, file)).metadata();
      expect([meta.width, meta.height]).toEqual([1080, 1350]);
    }
  }, 120_000);

  it('reads stdin with "-", in another template and format; French and emoji intact', async () => {
    const text = 'Nos conseils\n\n- L’été, publiez tôt\u202f! ☀️\n- «\u00a0Moins, mais mieux\u00a0»\u00a0: trois posts par semaine\n- Répondez aux commentaires 💬';
    const out = path.join(tmp, 'conseils.affiche');
    const made = await cli(['carousel', 'from-text', '-', '--template', 'bank:carousel-playful', '--format', 'instagram-carousel', '--out', out, '--library', libraryDir], text);
    expect(made.code).toBe(0);
    const portable = await openPortable(out, 'conseils.affiche');
    try {
      const all = portable.design.pages.flatMap((p) => p.elements).map((e) => (e.type === 'text' ? e.text : '')).join('\n');
      for (const piece of ['Nos conseils', 'L’été, publiez tôt\u202f! ☀️', '«\u00a0Moins, mais mieux\u00a0»\u00a0: trois posts par semaine', 'Répondez aux commentaires 💬']) expect(all).toContain(piece);
      expect(portable.design.pages).toHaveLength(5);
      expect(portable.design.format.preset).toBe('instagram-carousel');
    } finally {
      await portable.close();
    }
  }, 60_000);

  it('renders the 10-slide LinkedIn document example, its page number on every slide but the first', async () => {
    const example = path.resolve(__dirname, '../../assets/examples/document-linkedin-conseils.affiche');
    const portable = await openPortable(example, 'document-linkedin-conseils.affiche');
    try {
      const { design } = portable;
      expect([design.kind, design.format.preset, design.pages.length]).toEqual(['carousel', 'linkedin-document', 10]);
      const numbers = design.pages.map((_, i) => pageAsDrawn(design, i).elements.find((e) => e.name === 'page number'));
      expect(numbers[0]).toBeUndefined();
      expect(numbers.slice(1).map((e) => (e?.type === 'text' ? e.text : null))).toEqual(Array.from({ length: 9 }, (_, i) => `${i + 2}/10`));
    } finally {
      await portable.close();
    }
    const dir = path.join(tmp, 'example');
    const rendered = await cli(['render', example, '--out', dir]);
    expect(rendered.code).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(files).toHaveLength(10);
    const meta = await sharp(path.join(dir, files[0])).metadata();
    expect([meta.width, meta.height]).toEqual([1080, 1350]);
  }, 120_000);

  it('refuses a missing file, text without items, binary input and an unknown template with one line, exit 1', async () => {
    const out = path.join(tmp, 'never.affiche');
    const missing = await cli(['carousel', 'from-text', path.join(tmp, 'nope.txt'), '--out', out, '--library', libraryDir]);
    expect([missing.code, missing.err]).toEqual([1, [`affiche: "${path.join(tmp, 'nope.txt')}": no such file`]]);
    const empty = await cli(['carousel', 'from-text', '-', '--out', out, '--library', libraryDir], '\n \n');
    expect(empty.code).toBe(1);
    expect(empty.err.at(-1)).toBe('affiche: There is no text to make slides from: paste a list, paragraphs or lines.');
    const binary = path.join(tmp, 'picture.png');
    writeFileSync(binary, await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer());
    const notText = await cli(['carousel', 'from-text', binary, '--out', out, '--library', libraryDir]);
    expect([notText.code, notText.err]).toEqual([1, [`affiche: "${binary}" is not text (text to carousel reads UTF-8 text).`]]);
    const meme = await cli(['carousel', 'from-text', '-', '--template', 'bank:classic', '--out', out, '--library', libraryDir], '1. one\n2. two');
    expect(meme.code).toBe(1);
    expect(meme.err.at(-1)).toMatch(/is not a carousel template/);
    const usage = await cli(['carousel', 'from-text', '-', '--out', 'x.png'], 'a');
    expect(usage.code).toBe(1);
    expect(usage.err).toEqual(['affiche: --out must name a .affiche file (got "x.png")']);
    expect(readdirSync(tmp)).not.toContain('never.affiche');
    const help = await cli(['carousel', '--help']);
    expect(help.out.join('\n')).toContain('affiche carousel from-text <file.txt | ->');
  }, 60_000);
});
