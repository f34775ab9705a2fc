/**
 * Exports in other formats (issue "Sized for every network"): every catalog entry renders at its
 * exact pixel size and passes its own preflight, and the smart resize of the examples is
 * pinned by snapshots so a change to core/variants' layout shows up as a reviewed diff.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, findFormat, type Format } from '../../../core/formats';
import { passes, preflight } from '../../../core/preflight';
import type { Design, Element } from '../../../core/schema';
import { readPortable } from '../portable';
import { measureImage } from '../preflight/measure';
import { renderChecked } from './checkedImage';
import { designForFormat, exportTargets } from './plan';

const examplesDir = path.resolve(__dirname, '../../../assets/examples');

function loadExample(file: string) {
  return readPortable(path.join(examplesDir, file), file);
}

describe('every catalog entry: an example rendered at that format', () => {
  // One small example (shapes and text, no photos) and one render per format keep this to seconds;
  // fonts are registered once by the shared node renderer.
  let example: Awaited<ReturnType<typeof loadExample>>;
  beforeAll(async () => {
    example = await loadExample('webinar-linkedin.affiche');
  });
  const readAsset = async (id: string) => example.blobs.get(id) ?? null;

  const images = FORMATS.filter((f) => f.kind === 'image');
  const others = FORMATS.filter((f) => f.kind !== 'image');

  it.each(images.map((f) => [f.id, f] as const))('%s: exact pixel size, passes its own preflight', async (_id, format: Format) => {
    const target = designForFormat(example.design, format);
    expect(target.design.format).toMatchObject({ width: format.width, height: format.height });
    const image = await renderChecked(target, 0, 'png', { readAsset }, format.id);
    expect(image.problems).toEqual([]);
    // Measured again from the bytes, not taken from renderChecked's own report.
    const facts = await measureImage(image.bytes);
    expect([facts.width, facts.height]).toEqual([format.width, format.height]);
    const rules = preflight(facts, format);
    expect(rules.filter((rule) => !rule.ok)).toEqual([]);
    expect(passes(rules)).toBe(true);
  });

  it.each(others.map((f) => [f.id, f.kind, f] as const))('%s (%s format: a still of the page at its size, size checked only)', async (_id, _kind, format: Format) => {
    const image = await renderChecked(designForFormat(example.design, format), 0, 'png', { readAsset }, format.id);
    expect(image.unchecked).toBe('not-image');
    const facts = await measureImage(image.bytes);
    expect([facts.width, facts.height]).toEqual([format.width, format.height]);
  });

  it('the catalog has formats of each kind covered above', () => {
    expect(images.length).toBeGreaterThanOrEqual(20);
    expect(others.some((f) => f.kind === 'video')).toBe(true);
    expect(others.some((f) => f.kind === 'document')).toBe(true);
  });
});

describe('exportTargets', () => {
  it('all-variants: the master then each saved variant; an id already covered is not exported twice', async () => {
    const { design } = await loadExample('soldes-ete-instagram.affiche');
    const withVariants: Design = {
      ...design,
      variants: [{ id: 'vstory01', format: { preset: 'instagram-story', width: 1080, height: 1920 }, overrides: {} }],
    };
    const targets = exportTargets(withVariants, { ids: ['instagram-story', 'x-landscape'], allVariants: true }, []);
    expect(targets.map((t) => [t.format.preset, t.source])).toEqual([
      ['instagram-portrait', 'master'],
      ['instagram-story', 'variant'],
      ['x-landscape', 'resized'],
    ]);
    // Resizing happens in memory: the design itself gains no variant.
    expect(withVariants.variants).toHaveLength(1);
  });
});

/** Rounded geometry of the elements as a format shows them (the snapshot's content). */
function geometry(elements: readonly Element[]): unknown[] {
  const r = (n: number) => Math.round(n * 10) / 10;
  return elements.map((el) => ({
    id: el.id,
    type: el.type,
    x: r(el.x),
    y: r(el.y),
    width: r(el.width),
    height: r(el.height),
    rotation: r(el.rotation),
    ...(el.type === 'text' ? { fontSize: r(el.fontSize) } : {}),
    ...(el.hidden ? { hidden: true } : {}),
    ...(el.type === 'group' ? { children: geometry(el.children) } : {}),
  }));
}

/** One format per shape of page: tall 9:16, wide 1.91:1, square, Pinterest's 2:3. */
const REPRESENTATIVE = ['instagram-story', 'instagram-landscape', 'instagram-square', 'pinterest-pin'];

describe('a panorama in another format', () => {
  it('is refused, saying it is cut into its own slides (a template filled at another size too)', async () => {
    const { design } = await readPortable(path.join(examplesDir, 'panorama-calanques.affiche'), 'panorama-calanques.affiche');
    expect(() => designForFormat(design, findFormat('instagram-story')!)).toThrow(/panorama/i);
  });
});

describe('smart resize of the examples (snapshots)', () => {
  // A panorama is never resized: it is cut into its slides (core/carousel/panorama.ts, export refuses other formats).
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.affiche') && !f.startsWith('panorama-')).sort();

  it('covers the twelve examples that are not panoramas (three of them videos)', () => {
    expect(files).toHaveLength(12);
  });

  it.each(files)('%s in story, landscape, square and pin formats', async (file) => {
    const { design } = await loadExample(file);
    const resized = Object.fromEntries(
      REPRESENTATIVE.map((id) => {
        const target = designForFormat(design, findFormat(id)!);
        const { width, height } = target.design.format;
        return [id, { size: `${width}x${height}`, source: target.source, pages: target.design.pages.map((page) => geometry(page.elements)) }];
      }),
    );
    expect(resized).toMatchSnapshot();
  });
});
