import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORMATS, findFormat } from '../formats/catalog';
import { passes, preflight, type FileFacts } from './preflight';

const bluesky = findFormat('bluesky-square')!;

function byId(facts: FileFacts, formatId: string) {
  return Object.fromEntries(preflight(facts, findFormat(formatId)!).map((rule) => [rule.id, rule]));
}

describe('preflight', () => {
  it('a file at the format’s size, type and weight passes every rule', () => {
    const rules = preflight({ type: 'image/jpeg', bytes: 640_000, width: 2000, height: 2000 }, bluesky);
    expect(rules.map((r) => r.id)).toEqual(['type', 'bytes', 'size', 'ratio', 'width', 'height']);
    expect(passes(rules)).toBe(true);
  });

  it('names the limit and the measured value of each rule', () => {
    const rules = byId({ type: 'image/png', bytes: 1_234_567, width: 2400, height: 2400 }, 'bluesky-square');
    expect(rules.bytes).toMatchObject({ ok: false, limit: '<= 1,000,000 bytes', measured: '1,234,567 bytes', labelKey: 'preflight.rule.bytes', scope: 'network', confidence: 'H' });
    expect(rules.type.ok).toBe(true);
    expect(rules.size).toMatchObject({ ok: false, limit: '2000x2000', measured: '2400x2400', scope: 'preset' });
    expect(rules.ratio).toMatchObject({ ok: true, limit: '1:1', measured: '1:1' });
    expect(rules.width).toMatchObject({ ok: false, limit: '<= 2,000 px', measured: '2,400 px' });
  });

  it('refuses a type the network refuses (TikTok photo posts take no PNG)', () => {
    const rules = byId({ type: 'image/png', bytes: 1000, width: 1080, height: 1920 }, 'tiktok-photo');
    expect(rules.type).toMatchObject({ ok: false, limit: 'image/jpeg, image/webp', measured: 'image/png' });
  });

  it('uses a type-specific cap where there is one (X: GIF 15 MB, others 5 MB)', () => {
    expect(byId({ type: 'image/gif', bytes: 12_000_000, width: 1600, height: 900 }, 'x-landscape').bytes.ok).toBe(true);
    expect(byId({ type: 'image/png', bytes: 12_000_000, width: 1600, height: 900 }, 'x-landscape').bytes.ok).toBe(false);
  });

  it('checks pixel bounds and accepted ratios (Instagram API: width 320..1440, 4:5..1.91:1)', () => {
    const tooNarrow = byId({ type: 'image/jpeg', bytes: 1000, width: 300, height: 375 }, 'instagram-portrait');
    expect(tooNarrow.width).toMatchObject({ ok: false, limit: '320..1,440 px' });
    expect(tooNarrow.ratio.ok).toBe(true);
    const tooTall = byId({ type: 'image/jpeg', bytes: 1000, width: 1080, height: 1920 }, 'instagram-portrait');
    expect(tooTall.aspect).toMatchObject({ ok: false, limit: '0.80..1.91', measured: '0.56' });
    // 1080x566 is 1.908:1, within the quoted 1.91.
    expect(byId({ type: 'image/jpeg', bytes: 1000, width: 1080, height: 566 }, 'instagram-landscape').aspect.ok).toBe(true);
    expect(byId({ type: 'image/jpeg', bytes: 1000, width: 600, height: 800 }, 'pinterest-pin').height).toMatchObject({ ok: false, limit: '900..3,000 px' });
  });

  it('a ratio within 1% counts (1200x630 is a 1.91:1 link image); a different size with the same ratio fails only the size', () => {
    expect(byId({ type: 'image/jpeg', bytes: 1, width: 1200, height: 630 }, 'facebook-link').ratio.ok).toBe(true);
    const double = byId({ type: 'image/jpeg', bytes: 1, width: 2160, height: 2700 }, 'facebook-portrait');
    expect([double.size.ok, double.ratio.ok]).toEqual([false, true]);
  });

  it('checks duration and frame rate for video formats', () => {
    const ok = byId({ type: 'video/mp4', bytes: 5_000_000, width: 1080, height: 1920, durationSeconds: 30, fps: 30 }, 'instagram-reel');
    expect([ok.type.ok, ok.duration.ok, ok.fps.ok]).toEqual([true, true, true]);
    const long = byId({ type: 'video/mp4', bytes: 5_000_000, width: 1080, height: 1920, durationSeconds: 200, fps: 120 }, 'instagram-reel');
    expect(long.duration).toMatchObject({ ok: false, limit: '3..180 s', measured: '200.0 s' });
    expect(long.fps).toMatchObject({ ok: false, limit: '23..60 fps', measured: '120 fps' });
    expect(byId({ type: 'video/mp4', bytes: 5_000_000, width: 1080, height: 1920 }, 'tiktok-video').duration).toMatchObject({ ok: false, measured: 'not measured' });
    expect(byId({ type: 'video/mp4', bytes: 50_000, width: 1080, height: 1920, durationSeconds: 10 }, 'linkedin-video')['min-bytes'].ok).toBe(false);
  });

  it('skips rules the catalog has no figure for (Facebook states no accepted types)', () => {
    const rules = byId({ type: 'image/webp', bytes: 1000, width: 1080, height: 1080 }, 'facebook-square');
    expect(rules.type).toBeUndefined();
    expect(rules.bytes.limit).toBe('<= 10,000,000 bytes');
  });

  it('every format passes a file made exactly to its own limits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), (format) => {
        const type = format.limits.types?.[0] ?? (format.kind === 'video' ? 'video/mp4' : 'image/jpeg');
        const facts: FileFacts = {
          type,
          bytes: format.limits.minBytes ?? 1000,
          width: format.width,
          height: format.height,
          durationSeconds: format.limits.durationSeconds?.min ?? format.limits.durationSeconds?.max,
          fps: format.limits.fps?.min,
        };
        return passes(preflight(facts, format));
      }),
      { numRuns: FORMATS.length * 2 },
    );
  });
});
