/**
 * Library schema v3, media metadata on asset records (assetMedia.ts). REL-09: the v2 fixture opens
 * through the identity step unchanged; the v3 fixture carries metadata; bad values are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, parseLibrary } from './library';
import { SchemaError } from './migrate';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readFixture = (name: string) => JSON.parse(fs.readFileSync(path.join(fixturesDir, name), 'utf8')) as Record<string, unknown>;

describe('library schema v3 (asset media metadata)', () => {
  it('is version 3, reached from 2 by the identity step "asset metadata and organisation"', () => {
    expect(LIBRARY_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    const step = LIBRARY_MIGRATIONS.find((m) => m.from === 2)!;
    expect(step.name).toBe('asset metadata and organisation');
    const v2 = readFixture('library.v2.json');
    expect(step.up(structuredClone(v2))).toEqual(v2);
    expect(parseLibrary(v2).library.assets).toEqual(parseLibrary(readFixture('library.v2.json')).library.assets);
  });

  it('the v3 fixture has a video with codecs, fps, duration, colours and a font with its names', () => {
    const { library } = parseLibrary(readFixture('library.v3.json'));
    const assets = Object.values(library.assets);
    expect(assets.find((a) => a.kind === 'video')).toMatchObject({ durationMs: 14980, videoCodec: 'h264', audioCodec: 'aac', fps: 29.97, colors: ['#1a1a2e', '#e94560'] });
    expect(assets.find((a) => a.kind === 'font')).toMatchObject({ fontFamily: 'Open Sans', fontStyle: 'Bold' });
  });

  it.each([
    ['a negative duration', { durationMs: -1 }],
    ['a colour that is not #rrggbb', { colors: ['red'] }],
    ['too many colours', { colors: Array(9).fill('#000000') }],
    ['an empty codec', { videoCodec: '' }],
    ['a zero fps', { fps: 0 }],
  ])('refuses %s', (_what, props) => {
    const lib = readFixture('library.v3.json');
    const [id, asset] = Object.entries(lib.assets as Record<string, object>)[0];
    const bad = { ...lib, assets: { ...(lib.assets as object), [id]: { ...asset, ...props } } };
    expect(() => parseLibrary(bad)).toThrow(SchemaError);
  });
});
