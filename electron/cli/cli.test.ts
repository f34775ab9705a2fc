import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { zipSync } from 'fflate';
import { runCli } from './testing';
import { findFormat, formatSchema, type Format } from '../../core/formats';
import { passes, preflight } from '../../core/preflight';
import { createDesign, createShapeElement } from '../../core/schema/factory';
import type { Design } from '../../core/schema';
import { packDesign, readPortable } from '../services/portable';
import { measureImage } from '../services/preflight/measure';
import { createBackend } from '../services/backend';
import { noisyImage } from '../services/preflight/testImages';

const repo = path.resolve(__dirname, '../..');
const examplesDir = path.join(repo, 'assets/examples');

/** Share of pixels close to red: tells whether the test design's red square was drawn. */
async function redShare(file: string): Promise<number> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let red = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i] > 200 && data[i + 1] < 60 && data[i + 2] < 60) red++;
  return red / (info.width * info.height);
}

/** Checks a written file as `affiche preflight` would. */
async function preflightOk(file: string, formatId: string): Promise<boolean> {
  return passes(preflight(await measureImage(readFileSync(file)), findFormat(formatId)!));
}

/** Progress lines ("[ 50 %] Image 2 of 4: name") apart from the other stderr lines. */
const cli = (...argv: string[]) => runCli(argv);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-'));
});

describe('affiche CLI', () => {
  it('--help documents every command', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    const text = out.join('\n');
    for (const word of ['formats', 'render', 'preflight', '--fix --out FILE', '--json', 'Exit codes']) expect(text).toContain(word);
    expect((await cli('help', 'render')).out.join('\n')).toContain('--type png|jpg|webp');
    expect((await cli('render', '--help')).out.join('\n')).toContain('--page N');
    expect((await cli('render', '--help')).out.join('\n')).toContain('all-variants');
    expect(text).toContain('--format ID,ID,...');
    expect((await cli('preflight', '--help')).out.join('\n')).toContain('1 a rule fails');
  });

  it('formats lists the catalog, as a table and as JSON', async () => {
    const table = await cli('formats');
    expect(table.code).toBe(0);
    expect(table.out.some((l) => l.includes('instagram-portrait') && l.includes('1080x1350') && l.includes('4:5'))).toBe(true);
    const json = await cli('formats', '--json');
    const formats = JSON.parse(json.out.join('\n')) as Format[];
    expect(formats.length).toBeGreaterThanOrEqual(30);
    expect(formats.every((f) => formatSchema.safeParse(f).success)).toBe(true);
    const bluesky = formats.find((f) => f.id === 'bluesky-square')!;
    expect(bluesky).toMatchObject({ ratio: '1:1', checked: '2026-11', limits: { maxBytes: 1_000_000 }, text: { caption: { max: 300 } } });
    const reel = formats.find((f) => f.id === 'instagram-reel')!;
    expect(reel.safeZone).toMatchObject({ status: 'official', insets: { bottom: 0.35 } });
    expect(reel.safeZone!.overlays.map((o) => o.id)).toContain('buttons');
  });

  it('renders every example at its exact pixel size, not blank', async () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith('.affiche'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const out = path.join(tmp, 'examples');
      const { design } = await readPortable(path.join(examplesDir, file), file);
      // Videos are written as MP4 (videoExamples.test.ts).
      if (design.kind === 'video') continue;
      const result = await cli('render', path.join(examplesDir, file), '--out', out);
      expect(result.code, result.err.join('\n')).toBe(0);
      // A panorama is written as its slides, each the slide's size.
      const slide = design.panorama?.slide ?? design.format;
      // Slides with alt text also get the set's alt-text CSV.
      const images = result.out.filter((written) => !written.endsWith('-alt-text.csv'));
      expect(images).toHaveLength(design.panorama?.slides ?? design.pages.length);
      expect(result.out.length - images.length).toBe(design.pages.some((page) => page.altText) ? 1 : 0);
      for (const written of images) {
        const image = sharp(written);
        const meta = await image.metadata();
        expect([meta.width, meta.height]).toEqual([slide.width, slide.height]);
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
    expect(jpg.out).toEqual([path.join(out, '3 conseils pour vos visuels-02.jpg')]);
    expect((await sharp(jpg.out[0]).metadata()).format).toBe('jpeg');
    const webp = await cli('render', carousel, '--out', out, '-t', 'webp', '-p', '1');
    expect((await sharp(webp.out[0]).metadata()).format).toBe('webp');
  });

  it.each([
    [['render', 'nope.affiche', '--out', 'x'], '"nope.affiche": no such file'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--page', '3'], 'there is no page 3'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche')], 'render needs --out DIR'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--type', 'gif'], '--type must be png, jpg or webp'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--type', 'mp4'], '--type must be png, jpg or webp for this design: mp4 is for a video design'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--type', 'avi'], '--type must be png, jpg or webp (images) or mp4, gif or webp (a video design) (got "avi")'],
    [['render', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--out', 'x', '--no-cover'], '--no-cover goes with a video design'],
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

  it('a design nested a million deep is "too deeply nested": exit 1, never a stack overflow or an internal error', async () => {
    const deep = path.join(tmp, 'deep.affiche');
    writeFileSync(deep, zipSync({ 'design.json': [new TextEncoder().encode('{"a":'.repeat(1e6) + '1' + '}'.repeat(1e6)), { level: 0 }] }));
    const { code, err } = await cli('render', deep, '--out', path.join(tmp, 'o'));
    expect(code).toBe(1);
    expect(err).toEqual(['affiche: "deep.affiche" is too deeply nested (more than 100 levels)']);
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

  describe('preflight', () => {
    let noisyPng: string;
    beforeAll(async () => {
      // A PNG named .jpg: the type must come from the content.
      noisyPng = path.join(tmp, 'grain.jpg');
      await noisyImage(2000, 2000, { noise: 90, seed: 5 }).png({ compressionLevel: 1 }).toFile(noisyPng);
    });

    it('passes a file that meets every rule: exit 0, each rule with its limit and measured value', async () => {
      const file = path.join(tmp, 'ok.jpg');
      await noisyImage(1600, 900, { noise: 10 }).jpeg({ quality: 80 }).toFile(file);
      const { code, out, err } = await cli('preflight', file, '--format', 'x-landscape');
      expect(code, err.join('\n')).toBe(0);
      expect(err).toEqual([]);
      expect(out[0]).toBe(`${file}: x-landscape (X, Image 16:9, 1600x900)`);
      expect(out.some((l) => /^ok\s+bytes\s+<= 5,000,000 bytes\s+[\d,]+ bytes$/.test(l))).toBe(true);
      expect(out.some((l) => /^ok\s+size\s+1600x900\s+1600x900$/.test(l))).toBe(true);
    });

    it('fails with one stderr line per failing rule, reading the type from the content', async () => {
      const { code, out, err } = await cli('preflight', noisyPng, '--format', 'tiktok-photo');
      expect(code).toBe(1);
      expect(out.some((l) => /^FAIL\s+type\s+image\/jpeg, image\/webp\s+image\/png$/.test(l))).toBe(true);
      expect(err).toEqual([
        'affiche: type: measured image/png, limit image/jpeg, image/webp',
        'affiche: size: measured 2000x2000, limit 1080x1920',
        'affiche: ratio: measured 1:1, limit 9:16',
      ]);
    });

    it('--fix --out brings a 12 MB PNG under Bluesky’s 1,000,000 bytes and writes it atomically', async () => {
      const dir = path.join(tmp, 'fixed');
      const target = path.join(dir, 'grain-bluesky.jpg');
      const before = await cli('preflight', noisyPng, '--format', 'bluesky-square');
      expect(before.code).toBe(1);
      expect(before.err).toEqual([expect.stringMatching(/^affiche: bytes: measured [\d,]+ bytes, limit <= 1,000,000 bytes$/)]);
      const { code, out, err } = await cli('preflight', noisyPng, '--format', 'bluesky-square', '--fix', '--out', target);
      expect(code, err.join('\n')).toBe(0);
      expect(out).toContain(`wrote ${target}`);
      expect(out.filter((l) => l.startsWith('fixed: '))).toEqual([
        expect.stringMatching(/^fixed: PNG -> JPEG: as PNG it was [\d,]+ bytes, over the 1,000,000 bytes cap$/),
        expect.stringMatching(/^fixed: JPEG quality 92 -> \d+ to fit 1,000,000 bytes$/),
      ]);
      const written = readFileSync(target);
      expect(written.length).toBeLessThanOrEqual(1_000_000);
      expect((await sharp(written).metadata()).format).toBe('jpeg');
      expect(readdirSync(dir)).toEqual(['grain-bluesky.jpg']); // no temp file left behind
      expect((await cli('preflight', target, '--format', 'bluesky-square')).code).toBe(0);
    });

    it('--fix converts PNG to JPEG for TikTok photo posts', async () => {
      const png = path.join(tmp, 'story.png');
      await noisyImage(1080, 1920, { noise: 20 }).png().toFile(png);
      const target = path.join(tmp, 'story-tiktok.jpg');
      const { code, out } = await cli('preflight', png, '--format', 'tiktok-photo', '--fix', '--out', target);
      expect(code).toBe(0);
      expect(out).toContain('fixed: PNG -> JPEG: tiktok-photo takes image/jpeg, image/webp');
      expect((await sharp(target).metadata()).format).toBe('jpeg');
    });

    it('says why when no fix can meet a limit, and writes nothing', async () => {
      const small = path.join(tmp, 'small.jpg');
      await noisyImage(300, 450).jpeg().toFile(small);
      const target = path.join(tmp, 'small-pin.jpg');
      const { code, err } = await cli('preflight', small, '--format', 'pinterest-pin', '--fix', '--out', target);
      expect(code).toBe(1);
      expect(err).toEqual([expect.stringMatching(/^affiche: cannot fix: 300x450 is under the minimum \(600 px wide, 900 px high\); Affiche does not upscale/)]);
      expect(existsSync(target)).toBe(false);
    });

    it.each([
      [['preflight'], 'preflight needs exactly one image or video file'],
      [['preflight', 'x.png'], 'preflight needs --format ID'],
      [['preflight', 'x.png', '--format', 'instagram-poster'], 'unknown format "instagram-poster"'],
      [['preflight', 'x.png', '--format', 'linkedin-document'], 'linkedin-document is a document format; preflight checks images and videos'],
      [['preflight', 'x.mp4', '--format', 'tiktok-video', '--fix', '--out', 'y.mp4', '--crop', 'center'], '--crop is for images; a video is fitted inside the format on bars, never cropped'],
      [['preflight', 'x.png', '--format', 'x-landscape', '--fix'], '--fix needs --out FILE'],
      [['preflight', 'x.png', '--format', 'x-landscape', '--out', 'y.png'], '--out goes with --fix'],
      [['preflight', 'missing.png', '--format', 'x-landscape'], 'missing.png: no such file or folder'],
      [['preflight', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--format', 'x-landscape'], 'is not an image Affiche can check (it looks like a ZIP archive)'],
    ])('exits 2 when it cannot check: %j', async (argv, message) => {
      const { code, err, out } = await cli(...(argv as string[]));
      expect(code).toBe(2);
      expect(out.length).toBeLessThanOrEqual(1);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(message);
    });
  });

  describe('render --format', () => {
    const soldes = path.join(examplesDir, 'soldes-ete-instagram.affiche');
    let variantsFile: string;
    let design: Design;

    beforeAll(async () => {
      // Master 4:5 with a red square; a story variant where the square is hidden; a custom 1080x1080
      // variant where it is hidden too: which layout was exported shows in the pixels.
      design = createDesign({ name: 'Rentrée', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
      const square = createShapeElement({ shape: 'rect', x: 340, y: 475, width: 400, height: 400, fill: '#ff0000' });
      design.pages[0].elements = [square];
      const hidden = { x: 340, y: 760, width: 400, height: 400, rotation: 0, hidden: true };
      design.variants = [
        { id: 'vstory', format: { preset: 'instagram-story', width: 1080, height: 1920 }, overrides: { [square.id]: hidden } },
        { id: 'vcustom', format: { preset: null, width: 1080, height: 1080 }, overrides: { [square.id]: { ...hidden, y: 340 } } },
      ];
      variantsFile = path.join(tmp, 'rentree.affiche');
      writeFileSync(variantsFile, await packDesign(design, async () => null));
    });

    it('writes one file per format, named by design and format, at its exact size, passing its preflight; the design file is untouched', async () => {
      const out = path.join(tmp, 'formats');
      const before = createHash('sha256').update(readFileSync(soldes)).digest('hex');
      const ids = ['instagram-story', 'x-landscape', 'pinterest-pin', 'instagram-portrait'];
      const { code, out: written, err } = await cli('render', soldes, '--format', ids.join(','), '--out', out);
      expect(code, err.join('\n')).toBe(0);
      expect(err).toEqual([]);
      expect(written).toEqual(ids.map((id) => path.join(out, `Soldes d’été-${id}.png`)));
      for (const [i, id] of ids.entries()) {
        const format = findFormat(id)!;
        const meta = await sharp(written[i]).metadata();
        expect([meta.width, meta.height]).toEqual([format.width, format.height]);
        expect(await preflightOk(written[i], id)).toBe(true);
      }
      expect(createHash('sha256').update(readFileSync(soldes)).digest('hex')).toBe(before);
    });

    it('fixes what its format refuses and says so on stderr: a PNG for a TikTok photo post becomes a JPEG', async () => {
      const out = path.join(tmp, 'tiktok');
      const { code, out: written, err } = await cli('render', soldes, '--format', 'tiktok-photo', '--out', out);
      expect(code, err.join('\n')).toBe(0);
      expect(written).toEqual([path.join(out, 'Soldes d’été-tiktok-photo.jpg')]);
      expect(err[0]).toBe('affiche: Soldes d’été-tiktok-photo.jpg: fixed for tiktok-photo: PNG -> JPEG: tiktok-photo takes image/jpeg, image/webp');
      expect((await sharp(written[0]).metadata()).format).toBe('jpeg');
      expect(await preflightOk(written[0], 'tiktok-photo')).toBe(true);
      expect(readdirSync(out)).toEqual(['Soldes d’été-tiktok-photo.jpg']);
    });

    it('uses the design’s own variant for a format (same id, or a custom size with its pixels); resizes for the others', async () => {
      const out = path.join(tmp, 'own-variant');
      const { code, out: written, err } = await cli('render', variantsFile, '-f', 'instagram-story', '-f', 'facebook-story,instagram-square', '--out', out);
      expect(code, err.join('\n')).toBe(0);
      expect(written.map((f) => path.basename(f))).toEqual(['Rentrée-instagram-story.png', 'Rentrée-facebook-story.png', 'Rentrée-instagram-square.png']);
      expect(await redShare(written[0])).toBe(0); // the story variant hides the square
      expect(await redShare(written[1])).toBeGreaterThan(0.04); // no facebook-story variant: smart resize of the master
      expect(await redShare(written[2])).toBe(0); // the custom 1080x1080 variant stands in for instagram-square
      expect((await sharp(written[2]).metadata()).width).toBe(1080);
    });

    it('all-variants writes the master and every saved variant in its own format (Instagram refuses WebP: JPEG)', async () => {
      const out = path.join(tmp, 'all-variants');
      const { code, out: written, err } = await cli('render', variantsFile, '--format', 'all-variants', '--out', out, '--type', 'webp');
      expect(code, err.join('\n')).toBe(0);
      expect(written.map((f) => path.basename(f))).toEqual(['Rentrée-instagram-portrait.jpg', 'Rentrée-instagram-story.jpg', 'Rentrée-custom-1080x1080.webp']);
      expect(err.filter((line) => line.includes('WebP -> JPEG'))).toEqual([
        expect.stringMatching(/^affiche: Rentrée-instagram-portrait.jpg: fixed for instagram-portrait: WebP -> JPEG: instagram-portrait takes image\/jpeg/),
        expect.stringMatching(/^affiche: Rentrée-instagram-story.jpg: fixed for instagram-story: WebP -> JPEG: instagram-story takes image\/jpeg/),
      ]);
      expect(err.at(-1)).toBe('affiche: note: 1080x1080 is a custom size: no network limits to check it against');
      expect(await preflightOk(written[0], 'instagram-portrait')).toBe(true);
      const sizes = await Promise.all(written.map(async (f) => (({ width, height }) => `${width}x${height}`)(await sharp(f).metadata())));
      expect(sizes).toEqual(['1080x1350', '1080x1920', '1080x1080']);
      expect(await redShare(written[0])).toBeGreaterThan(0.1);
    });

    it('adds the page number for a multi-page design, and writes stills for a video format', async () => {
      const out = path.join(tmp, 'pages');
      const carousel = path.join(examplesDir, 'carrousel-conseils-x.affiche');
      const { code, out: written, err } = await cli('render', carousel, '--format', 'instagram-square,tiktok-video', '--page', '2', '--out', out);
      expect(code, err.join('\n')).toBe(0);
      expect(written.map((f) => path.basename(f))).toEqual(['3 conseils pour vos visuels-instagram-square-02.png', '3 conseils pour vos visuels-tiktok-video-02.png']);
      expect(err).toEqual(['affiche: note: tiktok-video is a video format: writing a still of each page at 1080x1920, not checked (preflight checks images)']);
      expect((await sharp(written[1]).metadata()).height).toBe(1920);
      const all = await cli('render', carousel, '--format', 'x-portrait', '--out', out);
      expect(all.out.map((f) => path.basename(f))).toEqual([1, 2, 3].map((n) => `3 conseils pour vos visuels-x-portrait-0${n}.png`));
    });

    it('an unknown format id exits 2 with one line that says where the ids are', async () => {
      const { code, out, err } = await cli('render', soldes, '--format', 'instagram-story,instagram-poster', '--out', path.join(tmp, 'never'));
      expect(code).toBe(2);
      expect(out).toEqual([]);
      expect(err).toEqual(['affiche: unknown format "instagram-poster" (the ids are listed by "affiche formats")']);
      expect(existsSync(path.join(tmp, 'never'))).toBe(false);
      const empty = await cli('render', soldes, '--format', ',', '--out', path.join(tmp, 'never'));
      expect(empty.code).toBe(1);
      expect(empty.err[0]).toContain('--format needs format ids');
    });
  });

  it('the installed command exits with the right codes', () => {
    const bin = path.join(repo, 'bin/affiche.mjs');
    const ok = spawnSync(process.execPath, [bin, 'formats'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'render', 'missing.affiche', '--out', tmp], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual(['affiche: "missing.affiche": no such file']);
    const usage = spawnSync(process.execPath, [bin, 'preflight', 'photo.jpg'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});

describe('affiche library', () => {
  it('imports files and folders recursively: one stdout line per result, progress on stderr, exit 1 on a rejection; lists with filters', async () => {
    const { mkdirSync } = await import('node:fs');
    const src = path.join(tmp, 'lib-src');
    const lib = path.join(tmp, 'lib-cli');
    mkdirSync(path.join(src, 'été', 'deep'), { recursive: true });
    const red = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const blue = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#0000ff' } }).jpeg().toBuffer();
    writeFileSync(path.join(src, 'plage.png'), red);
    writeFileSync(path.join(src, 'été', 'deep', 'mer.jpg'), blue);
    writeFileSync(path.join(src, 'été', 'copie.png'), red);
    writeFileSync(path.join(src, 'été', 'notes.txt'), 'not an image');
    writeFileSync(path.join(src, 'été', '.DS_Store'), 'hidden');

    const first = await cli('library', 'import', src, '--tag', 'Été', '--tag', '#Plage', '--library', lib);
    expect(first.code).toBe(1);
    const lines = first.out.map((l) => l.split('\t'));
    expect(lines.map(([status, file]) => [status, path.relative(src, file)])).toEqual([
      ['imported', 'plage.png'],
      ['duplicate', path.join('été', 'copie.png')],
      ['imported', path.join('été', 'deep', 'mer.jpg')],
      ['rejected', path.join('été', 'notes.txt')],
    ]);
    expect(lines[0][2]).toBe(createHash('sha256').update(red).digest('hex'));
    expect(lines[3][2]).toMatch(/text/);
    expect(first.err.filter((l) => /^\[\d+\/4\]/.test(l))).toHaveLength(4);

    const again = await cli('library', 'import', path.join(src, 'plage.png'), '--library', lib);
    expect(again.code).toBe(0);
    expect(again.out).toEqual([`duplicate\t${path.join(src, 'plage.png')}\t${lines[0][2]}`]);
    expect((await cli('library', 'import', path.join(src, 'missing.png'), '--library', lib)).out[0]).toMatch(/^rejected\t.*missing\.png\tno such file/);

    const json = await cli('library', 'list', '--json', '--library', lib);
    expect(json.code).toBe(0);
    const assets = JSON.parse(json.out.join('\n')) as { id: string; fileName: string; tags?: string[] }[];
    expect(assets.map((a) => a.fileName).sort()).toEqual(['mer.jpg', 'plage.png']);
    expect(assets.every((a) => JSON.stringify(a.tags) === JSON.stringify(['été', 'plage']))).toBe(true);

    const byQuery = await cli('library', 'list', '--query', 'MER', '--library', lib);
    expect(byQuery.out).toHaveLength(2);
    expect(byQuery.out[0]).toMatch(/^ID\s+TYPE\s+NAME/);
    expect(byQuery.out[1]).toContain('mer.jpg');
    expect(byQuery.out[1]).toContain('été, plage');
    // Tags match without accents, like --query: "ete" finds the two "été" files (header + 2 rows).
    expect((await cli('library', 'list', '--tag', 'ete', '--library', lib)).out).toHaveLength(3);
    expect((await cli('library', 'list', '--tag', 'été', '--type', 'image', '--json', '--library', lib)).out.join('')).toContain('plage.png');
    expect(JSON.parse((await cli('library', 'list', '--type', 'video', '--json', '--library', lib)).out.join(''))).toEqual([]);
  });

  it('reports library damage, recovery and read-only states on stderr, as the app does', async () => {
    const dir = path.join(tmp, 'damaged');
    await cli('library', 'import', path.join(examplesDir, '..', 'fonts', 'Inter', 'OFL.txt'), '--library', dir);
    const backend = await createBackend({ libraryDir: dir, transport: 'inprocess' });
    await backend.dispatch('settings.update', { language: 'fr' });
    await backend.dispatch('settings.update', { language: 'en' });
    await backend.close();
    // A crash left library.json damaged: listing (read-only) shows the newest good backup, and says so.
    writeFileSync(path.join(dir, 'library.json'), '{"schemaVersion": 4, "assets": {');
    const restored = await cli('library', 'list', '--library', dir);
    expect(restored.code).toBe(0);
    expect(restored.err.join('\n')).toMatch(/^affiche: warning: library\.json is damaged; showing the copy from .+ \(read-only, nothing was changed\)/m);
    // A library from a newer Affiche opens read-only: listing works, importing is refused, both say why.
    writeFileSync(path.join(dir, 'library.json'), JSON.stringify({ schemaVersion: 999 }));
    const newer = await cli('library', 'list', '--library', dir);
    expect(newer.err.join('\n')).toMatch(/newer version of Affiche; the library is open read-only/);
    const refused = await cli('library', 'import', path.join(examplesDir, 'meme-chat-lundi.affiche'), '--library', dir);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toMatch(/read-only/);
  });

  it('usage errors and help', async () => {
    expect((await cli('library', 'import')).code).toBe(1);
    expect((await cli('library', 'list', '--type', 'pdf')).err[0]).toMatch(/--type must be image, video, audio, font/);
    expect((await cli('library', 'frobnicate')).err[0]).toMatch(/unknown library command/);
    expect((await cli('library', 'list', '--library', path.join(tmp, 'nowhere'))).err[0]).toMatch(/no library at/);
    const help = (await cli('help', 'library')).out.join('\n');
    for (const word of ['library import', 'library list', '--tag', '--query', 'rejected']) expect(help).toContain(word);
    expect((await cli('library', 'import', '--help')).out.join('\n')).toContain('--type image|video|audio|font');
    expect((await cli('--help')).out.join('\n')).toContain('library import <paths...>');
  });
});
