/**
 * Ready-to-post bundles (issue 14 "Tests"; EXP-05, EXP-09): a post planned on Instagram (a 3-slide
 * carousel), LinkedIn (the carousel as a PDF document) and X (a still with its X variant), read
 * back as a user would: the zip's exact file list, each picture's pixel size (sharp) and bytes
 * under its format's cap, the PDF's pages (pdfinfo), captions within their limits, post.json's
 * checksums, the same bytes twice, a folder equal to the zip, nothing left after a cancel, and
 * hostile titles that still give safe names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFormat } from '../../../core/formats/catalog';
import { TEXT_LIMITS } from '../../../core/formats/textLimits';
import { formatMessage, type Message } from '../../../core/messages';
import { AfficheCallError } from '../../../core/api';
import { checkTarget } from '../../../core/posts/checks';
import { postedText, resolveTargets } from '../../../core/posts/resolve';
import { createTextElement } from '../../../core/schema/factory';
import { createPage } from '../../../core/schema/factory';
import type { PostInput } from '../../../core/schema/posts';
import { createBackend, type Backend } from '../backend';
import { PARTIAL_FILE } from '../staging/journal';
import { callOn, runJobOn, stageTarget } from '../testing/backendTesting';

let dir: string;
let backend: Backend;
let carouselId: string;
let stillId: string;
const basePost = (): PostInput => ({
  id: 'launch',
  title: 'Lancement de l’été',
  status: 'ready',
  notes: '',
  at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
  designIds: [carouselId, stillId],
  master: { caption: 'Trois idées pour l’été, “à garder”, = 100 % soleil', hashtags: ['#ete', '#idees'], firstComment: '', link: '' },
  targets: [
    { network: 'x', designId: stillId, caption: 'L’été arrive ☀️ https://example.com/ete' },
    { network: 'instagram', designId: carouselId, firstComment: '#soleil #plage', altTexts: ['Une plage au matin', '', 'Un parasol'] },
    { network: 'linkedin', designId: carouselId },
  ],
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-bundle-'));
  backend = await createBackend({ libraryDir: path.join(dir, 'library'), transport: 'inprocess', validateResults: true });
  const { design: carousel } = await callOn(backend, 'designs.create', { name: 'Idées', kind: 'carousel', format: { preset: 'instagram-carousel', width: 1080, height: 1350 } });
  carousel.pages = [0, 1, 2].map((i) => ({
    ...createPage(),
    background: { fill: ['#f4a261', '#2a9d8f', '#264653'][i] },
    elements: [createTextElement({ x: 100, y: 500, width: 880, text: `Idée ${i + 1}`, fontSize: 120 })],
    altText: `Diapositive ${i + 1}`,
  }));
  await callOn(backend, 'designs.save', { design: carousel });
  carouselId = carousel.id;
  const { design: still } = await callOn(backend, 'designs.create', { name: 'Été', format: { preset: 'instagram-square', width: 1080, height: 1080 } });
  still.pages[0].background = { fill: '#e9c46a' };
  still.pages[0].elements.push(createTextElement({ x: 100, y: 400, width: 880, text: 'Été', fontSize: 200 }));
  still.variants = [{ id: 'xvariant', format: { preset: 'x-landscape', width: 1600, height: 900 }, overrides: {} }];
  await callOn(backend, 'designs.save', { design: still });
  stillId = still.id;
  await callOn(backend, 'posts.save', basePost());
}, 60_000);

afterAll(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const partials = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => PARTIAL_FILE.test(name)) : []);

describe('a post on Instagram, LinkedIn and X as one zip', () => {
  let zip: Record<string, Uint8Array>;
  let bytes: Buffer;
  let zipPath: string;

  beforeAll(async () => {
    const target = stageTarget(backend, 'bundle.zip');
    const { result } = await runJobOn(backend, 'posts.bundle', { postIds: ['launch'], zip: true, csv: ['buffer', 'affiche'], target: target.id });
    zipPath = target.path;
    bytes = readFileSync(target.path);
    zip = unzipSync(new Uint8Array(bytes));
    expect(result.files.map((file) => file.path)).toEqual(Object.keys(zip).sort());
  }, 120_000);

  it('lists exactly the expected files, sorted; Info-ZIP tests it clean', () => {
    const tested = spawnSync('unzip', ['-t', zipPath], { encoding: 'utf8' });
    expect(tested.status, tested.stdout + tested.stderr).toBe(0);
    expect(Object.keys(zip)).toEqual([
      'README.txt',
      'affiche.csv',
      'buffer-instagram.csv',
      'buffer-linkedin.csv',
      'buffer-x.csv',
      'instagram/01.jpg',
      'instagram/02.jpg',
      'instagram/03.jpg',
      'instagram/alt.txt',
      'instagram/caption.txt',
      'instagram/first-comment.txt',
      'linkedin/01.pdf',
      'linkedin/alt.txt',
      'linkedin/caption.txt',
      'post.json',
      'x/01.jpg',
      'x/alt.txt',
      'x/caption.txt',
    ]);
  });

  it('each picture at its format’s size and under its byte cap; the document a PDF of the 3 slides', async () => {
    const expected = { 'instagram/01.jpg': 'instagram-carousel', 'instagram/02.jpg': 'instagram-carousel', 'instagram/03.jpg': 'instagram-carousel', 'x/01.jpg': 'x-landscape' } as const;
    for (const [name, formatId] of Object.entries(expected)) {
      const format = findFormat(formatId)!;
      const meta = await sharp(zip[name]).metadata();
      expect([meta.format, meta.width, meta.height], name).toEqual(['jpeg', format.width, format.height]);
      expect(zip[name].byteLength, name).toBeLessThanOrEqual(format.limits.maxBytes ?? Infinity);
    }
    // Slide 2 is green, slide 1 orange: the pages are in order.
    const { data } = await sharp(zip['instagram/02.jpg']).raw().toBuffer({ resolveWithObject: true });
    expect(Math.abs(data[0] - 0x2a) + Math.abs(data[1] - 0x9d) + Math.abs(data[2] - 0x8f)).toBeLessThan(20);
    const pdf = path.join(dir, 'document.pdf');
    writeFileSync(pdf, zip['linkedin/01.pdf']);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Pages:\s+3/);
    expect(info).toMatch(/Page size:\s+810 x 1012.5 pts/);
  });

  it('captions are the posted text of each network, within its limits; alt text and the first comment beside them', () => {
    const text = (name: string) => new TextDecoder().decode(zip[name]);
    const post = { ...basePost() };
    for (const resolved of resolveTargets(post)) {
      const caption = text(`${resolved.network}/caption.txt`);
      expect(caption).toBe(postedText(resolved));
      expect([...caption].length).toBeLessThanOrEqual(TEXT_LIMITS[resolved.network].caption.max);
      expect(checkTarget(resolved, { editorial: { settings: { timeZone: 'Europe/Paris', altTextRequired: false, mediaBaseUrl: '' } } })).toEqual([]);
    }
    expect(text('instagram/caption.txt')).toBe('Trois idées pour l’été, “à garder”, = 100 % soleil\n\n#ete #idees');
    expect(text('x/caption.txt')).toBe('L’été arrive ☀️ https://example.com/ete\n\n#ete #idees');
    // The target's alt texts first, the slide's own where the target has none.
    expect(text('instagram/alt.txt')).toBe('01.jpg: Une plage au matin\n02.jpg: Diapositive 2\n03.jpg: Un parasol\n');
    expect(text('x/alt.txt')).toBe('01.jpg:\n');
    expect(text('instagram/first-comment.txt')).toBe('#soleil #plage');
    expect(text('README.txt')).toContain('caption.txt');
  });

  it('post.json gives the planned time in UTC and local time, and every other file’s size and sha256', async () => {
    const { createHash } = await import('node:crypto');
    const doc = JSON.parse(new TextDecoder().decode(zip['post.json']));
    expect(doc.posts[0].at).toEqual({ local: '2026-12-10T09:00', zone: 'Europe/Paris', utc: '2026-12-10T08:00:00Z' });
    expect(doc.posts[0].targets.map((t: { network: string; formatId: string }) => [t.network, t.formatId])).toEqual([
      ['instagram', 'instagram-carousel'],
      ['linkedin', 'linkedin-document'],
      ['x', 'x-landscape'],
    ]);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(Object.keys(zip).filter((name) => name !== 'post.json'));
    for (const file of doc.files) {
      expect(file.bytes, file.path).toBe(zip[file.path].byteLength);
      expect(file.sha256, file.path).toBe(createHash('sha256').update(zip[file.path]).digest('hex'));
    }
  });

  it('exporting twice gives identical bytes, and a folder holds the zip’s files byte for byte', async () => {
    const again = stageTarget(backend, 'again.zip');
    await runJobOn(backend, 'posts.bundle', { postIds: ['launch'], zip: true, csv: ['buffer', 'affiche'], target: again.id });
    expect(Buffer.compare(readFileSync(again.path), bytes)).toBe(0);

    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'affiche-bundle-dir-')), 'Lancement');
    const id = backend.staging.target(folder, 'folder').id;
    const { result } = await runJobOn(backend, 'posts.bundle', { postIds: ['launch'], zip: false, csv: ['buffer', 'affiche'], target: id });
    expect(result.folder).toBe(folder);
    for (const [name, content] of Object.entries(zip)) expect(Buffer.compare(readFileSync(path.join(folder, ...name.split('/'))), content), name).toBe(0);
    expect(partials(path.dirname(folder))).toEqual([]);
    // A folder that is not empty is refused before anything is drawn, in both languages.
    const refused = await runJobOn(backend, 'posts.bundle', { postIds: ['launch'], zip: false, csv: [], target: id }).then(
      () => null,
      (error: unknown) => error as AfficheCallError,
    );
    expect(formatMessage(refused!.detail as Message, 'en')).toBe(`The folder ${folder} is not empty: choose a new or an empty folder for the bundle.`);
    expect(formatMessage(refused!.detail as Message, 'fr')).toBe(`Le dossier ${folder} n’est pas vide\u00a0: choisissez un dossier nouveau ou vide pour le lot.`);
  }, 120_000);
});

describe('the README in the user’s language', () => {
  it('French: what goes where, with French punctuation', async () => {
    const target = stageTarget(backend, 'fr.zip');
    await runJobOn(backend, 'posts.bundle', { postIds: ['launch'], zip: true, csv: ['publer'], language: 'fr', target: target.id });
    const readme = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(target.path)))['README.txt']);
    expect(readme.split('\n')[0]).toBe('Lot prêt à publier, fait avec Affiche');
    expect(readme).toContain('Un dossier par réseau\u00a0:');
    expect(readme).toContain('caption.txt            le texte à coller en légende (hashtags compris)');
    expect(readme).toContain('publer-instagram.csv, publer-linkedin.csv, publer-x.csv');
    expect(readme).not.toMatch(/ [:;!?]/);
  }, 60_000);
});

describe('cancel and hostile titles', () => {
  it('cancelled while it renders, it leaves nothing at the destination', async () => {
    const target = stageTarget(backend, 'cancelled.zip');
    const controller = new AbortController();
    const outcome = await runJobOn(backend, 'posts.bundle', { postIds: ['launch'], zip: true, csv: [], target: target.id }, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.stage?.key === 'bundle.stage' && progress.stage.params?.done === 2) controller.abort();
      },
    }).then(
      () => 'done',
      (error: unknown) => (error as { code?: string }).code,
    );
    expect(outcome).toBe('cancelled');
    expect(readdirSync(path.dirname(target.path))).toEqual([]);

    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'affiche-bundle-dir-')), 'Annulé');
    const folderController = new AbortController();
    const folderOutcome = await runJobOn(backend, 'posts.bundle', { postIds: ['launch'], zip: false, csv: [], target: backend.staging.target(folder, 'folder').id }, {
      signal: folderController.signal,
      onProgress: (progress) => {
        if (progress.stage?.key === 'bundle.writing') folderController.abort();
      },
    }).then(
      () => 'done',
      (error: unknown) => (error as { code?: string }).code,
    );
    expect(folderOutcome).toBe('cancelled');
    expect(readdirSync(path.dirname(folder))).toEqual([]);
  }, 120_000);

  it('EXP-05/09: hostile titles give folder names safe on every OS, inside the bundle, the texts intact', async () => {
    const titles = [
      '../../etc/passwd',
      'CON',
      'nul.txt',
      'a:b*c?"d<e>f|g\\h/i',
      '-leading dash; 100 % "quoted" \u2019',
      'مرحبا بالعالم RTL',
      '🎉'.repeat(150),
      'x'.repeat(200),
      ' . ',
      'line\nbreak\ttab',
    ];
    const ids = titles.map((_, i) => `hostile${i}`);
    for (const [i, title] of titles.entries()) {
      await callOn(backend, 'posts.save', { ...basePost(), status: 'draft', id: ids[i], title, at: { local: `2027-01-${String(10 + i).padStart(2, '0')}T10:00`, zone: 'Europe/Paris' }, targets: [{ network: 'x', designId: stillId, caption: title }] });
    }
    const target = stageTarget(backend, 'hostile.zip');
    const { result } = await runJobOn(backend, 'posts.bundle', { from: '2027-01-01', to: '2027-01-31', zip: true, csv: ['affiche'], target: target.id });
    expect(result.posts).toBe(titles.length);
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(target.path))));
    const folders = [...new Set(names.filter((name) => name.includes('/')).map((name) => name.split('/')[0]))];
    expect(folders).toHaveLength(titles.length);
    for (const name of names) {
      expect(Buffer.byteLength(name), name).toBeLessThanOrEqual(255);
      for (const part of name.split('/')) {
        expect(part, name).not.toMatch(/^\.|[<>:"\\|?*\u0000-\u001f]|[. ]$/);
        expect(part.replace(/\..*$/, ''), name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        expect(Buffer.byteLength(part), name).toBeLessThanOrEqual(255);
      }
    }
    expect(folders[0]).toBe('2027-01-10-etc-passwd');
    const zip = unzipSync(new Uint8Array(readFileSync(target.path)));
    // The text itself is kept whole in caption.txt.
    expect(new TextDecoder().decode(zip[`${folders[3]}/x/caption.txt`])).toBe('a:b*c?"d<e>f|g\\h/i\n\n#ete #idees');
    expect(statSync(target.path).size).toBeGreaterThan(0);
  }, 120_000);

  /** A range bundle's refusal, as the user reads it in each language. */
  async function rangeRefusal(from: string, to: string): Promise<{ en: string; fr: string }> {
    const error = await runJobOn(backend, 'posts.bundle', { from, to, zip: true, csv: [] }).then(
      () => null,
      (e: unknown) => e as AfficheCallError,
    );
    expect(error).toBeInstanceOf(AfficheCallError);
    const message = error!.detail as Message;
    return { en: formatMessage(message, 'en'), fr: formatMessage(message, 'fr') };
  }

  it('refuses a range with nothing planned, in English and French', async () => {
    expect(await rangeRefusal('2030-01-01', '2030-01-31')).toEqual({
      en: 'No post is planned from 01/01/2030 to 01/31/2030.',
      fr: 'Aucune publication n’est prévue du 01/01/2030 au 31/01/2030.',
    });
  });

  it('refuses a range that ends before it starts, its days written the language\'s way', async () => {
    expect(await rangeRefusal('2030-02-10', '2030-02-03')).toEqual({
      en: 'The range ends (02/03/2030) before it starts (02/10/2030).',
      fr: 'La période finit (03/02/2030) avant de commencer (10/02/2030).',
    });
  });
});
