import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_FONTS, DEFAULT_FONT } from '../../../core/render';

const here = path.dirname(fileURLToPath(import.meta.url));

/** FontFace as far as loadFonts uses it: each load() resolves when the test says so. */
class FakeFontFace {
  static started: FakeFontFace[] = [];
  resolve!: () => void;
  loaded = false;
  private loading?: Promise<FakeFontFace>;
  constructor(
    readonly family: string,
    readonly source: string,
  ) {}
  load(): Promise<FakeFontFace> {
    this.loading ??= new Promise((resolve) => {
      FakeFontFace.started.push(this);
      this.resolve = () => {
        this.loaded = true;
        resolve(this);
      };
    });
    return this.loading;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('loadFonts', () => {
  beforeEach(() => {
    vi.resetModules();
    FakeFontFace.started = [];
    vi.stubGlobal('FontFace', FakeFontFace);
    vi.stubGlobal('document', { fonts: { add: () => undefined } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('index.html preloads exactly the faces of the default font, at the URLs loadFonts asks for', async () => {
    const { fontUrl } = await import('./loadFonts');
    const html = readFileSync(path.join(here, '../../index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="preload" as="font" type="font\/ttf" crossorigin href="\/([^"]+)"/g)].map((m) => m[1]);
    const inter = BUNDLED_FONTS.find((family) => family.family === DEFAULT_FONT)!;
    expect(preloaded.sort()).toEqual(inter.faces.map((face) => fontUrl(face.file)).sort());
  });

  it('loads the whole collection a few faces at a time, and never queues a face the editor asks for', async () => {
    const { loadBundledFonts, loadFontFamilies } = await import('./loadFonts');
    const all = BUNDLED_FONTS.flatMap((family) => family.faces.map(() => family.family));
    let done = false;
    const report = loadBundledFonts().then((result) => {
      done = true;
      return result;
    });
    await settle();
    expect(FakeFontFace.started).toHaveLength(2);

    // Asked for while queued: started now, not after the faces ahead of it.
    const last = BUNDLED_FONTS[BUNDLED_FONTS.length - 1].family;
    let lastLoaded = false;
    void loadFontFamilies([last]).then(() => (lastLoaded = true));
    await settle();
    expect(FakeFontFace.started.map((face) => face.family)).toContain(last);
    FakeFontFace.started.filter((face) => face.family === last).forEach((face) => face.resolve());
    await settle();
    expect(lastLoaded).toBe(true);

    // The rest follows, still two at a time, until every face has loaded once.
    while (!done) {
      const inFlight = FakeFontFace.started.filter((face) => !face.loaded);
      expect(inFlight.length).toBeGreaterThan(0);
      expect(inFlight.length).toBeLessThanOrEqual(2);
      inFlight.forEach((face) => face.resolve());
      await settle();
    }
    expect((await report).loaded).toBe(all.length);
    expect(new Set(FakeFontFace.started).size).toBe(all.length);
  });
});
