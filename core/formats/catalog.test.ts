import { describe, expect, it } from 'vitest';
import { FORMATS, NETWORKS, findFormat, formatsByNetwork, ratioLabel, ratioValue } from './catalog';
import { cropInPixels, safeZoneInPixels } from './geometry';
import { formatSchema, type Format, type Rect } from './schema';

/** Ids designs already store (design.format.preset): renaming one would orphan user designs. */
const STORED_IDS = [
  'instagram-portrait', 'instagram-square', 'instagram-tall', 'instagram-landscape', 'instagram-story', 'instagram-reel',
  'facebook-portrait', 'facebook-square', 'facebook-link', 'facebook-cover', 'facebook-story', 'facebook-reel',
  'linkedin-landscape', 'linkedin-square', 'linkedin-portrait', 'linkedin-document', 'x-landscape', 'x-portrait',
  'tiktok-video', 'tiktok-photo', 'youtube-short', 'youtube-thumbnail', 'pinterest-pin', 'threads-portrait',
  'threads-square', 'bluesky-square', 'bluesky-landscape',
];

const EPS = 1e-9;

function inside(rect: Rect, width: number, height: number): boolean {
  return rect.x >= -EPS && rect.y >= -EPS && rect.x + rect.width <= width + EPS && rect.y + rect.height <= height + EPS;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > EPS && h > EPS ? w * h : 0;
}

function positiveNumbers(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (!(Number.isFinite(value) && value > 0)) out.push(`${path} = ${value}`);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) positiveNumbers(inner, `${path}.${key}`, out);
  }
}

describe('format catalog', () => {
  it('every entry matches the schema', () => {
    for (const format of FORMATS) {
      const parsed = formatSchema.safeParse(format);
      expect(parsed.success, `${format.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('has at least 30 formats, unique ids, and every network', () => {
    expect(FORMATS.length).toBeGreaterThanOrEqual(30);
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const network of NETWORKS) expect(FORMATS.some((f) => f.network === network), network).toBe(true);
    expect(formatsByNetwork().map((g) => g.network)).toEqual([...NETWORKS]);
  });

  it('keeps every id that designs already store, at the same size', () => {
    for (const id of STORED_IDS) expect(findFormat(id), id).toBeDefined();
    expect([findFormat('instagram-portrait')!.width, findFormat('instagram-portrait')!.height]).toEqual([1080, 1350]);
    expect([findFormat('bluesky-square')!.width, findFormat('bluesky-square')!.height]).toEqual([2000, 2000]);
  });

  it('each id starts with its network', () => {
    for (const format of FORMATS) expect(format.id.startsWith(`${format.network}-`), format.id).toBe(true);
  });

  it('the written ratio agrees with the pixel size (within 1%)', () => {
    for (const format of FORMATS) {
      const actual = format.width / format.height;
      expect(Math.abs(actual / ratioValue(format.ratio) - 1), `${format.id} ${format.ratio} vs ${format.width}x${format.height}`).toBeLessThan(0.01);
    }
  });

  it('every limit is a positive number and every range is ordered', () => {
    const bad: string[] = [];
    for (const format of FORMATS) {
      const { limits, text } = format;
      positiveNumbers({ ...limits, confidence: undefined, source: undefined, note: undefined }, `${format.id}.limits`, bad);
      positiveNumbers({ caption: text.caption, title: text.title, hashtags: text.hashtags, altText: text.altText }, `${format.id}.text`, bad);
    }
    expect(bad).toEqual([]);
  });

  it('the preset itself passes its own file limits', () => {
    for (const format of FORMATS) {
      const { width, height, aspect } = format.limits;
      const r = format.width / format.height;
      if (width) expect(format.width >= (width.min ?? 0) && format.width <= (width.max ?? Infinity), format.id).toBe(true);
      if (height) expect(format.height >= (height.min ?? 0) && format.height <= (height.max ?? Infinity), format.id).toBe(true);
      if (aspect) expect(r >= (aspect.min ?? 0) - 0.005 && r <= (aspect.max ?? Infinity) + 0.005, format.id).toBe(true);
    }
  });

  it('image formats accept an image type and video formats a video type, when types are known', () => {
    const family = (f: Format) => (f.kind === 'image' ? 'image/' : f.kind === 'video' ? 'video/' : 'application/pdf');
    for (const format of FORMATS) {
      for (const type of format.limits.types ?? []) expect(type.startsWith(family(format)), `${format.id} ${type}`).toBe(true);
    }
  });

  it('safe zones leave a non-empty frame, overlays sit inside the frame and outside the safe area', () => {
    const withZones = FORMATS.filter((f) => f.safeZone);
    expect(withZones.map((f) => f.id)).toEqual(
      expect.arrayContaining(['instagram-story', 'instagram-reel', 'facebook-story', 'facebook-reel', 'tiktok-video', 'tiktok-photo', 'youtube-short']),
    );
    for (const format of withZones) {
      const zone = safeZoneInPixels(format.safeZone!, format.width, format.height);
      expect(zone.safe.width, format.id).toBeGreaterThan(format.width / 2);
      expect(zone.safe.height, format.id).toBeGreaterThan(format.height / 3);
      expect(inside(zone.safe, format.width, format.height), format.id).toBe(true);
      for (const overlay of zone.overlays) {
        expect(inside(overlay.rect, format.width, format.height), `${format.id} ${overlay.id}`).toBe(true);
        expect(overlapArea(overlay.rect, zone.safe), `${format.id} ${overlay.id}`).toBe(0);
      }
      // The zone was measured on a frame of this ratio: reusing it on another would misplace it.
      expect(Math.abs(format.width / format.height - format.safeZone!.reference.width / format.safeZone!.reference.height)).toBeLessThan(0.01);
    }
  });

  it('Reels, Stories, TikTok and Shorts draw the platform UI; official and approximate are labelled', () => {
    expect(findFormat('instagram-reel')!.safeZone!.overlays.map((o) => o.id)).toEqual(['header', 'buttons', 'caption']);
    expect(findFormat('instagram-story')!.safeZone!.overlays.map((o) => o.id)).toEqual(['header', 'reply-bar']);
    expect(findFormat('instagram-reel')!.safeZone!.status).toBe('official');
    expect(findFormat('tiktok-video')!.safeZone!.status).toBe('approximate');
    expect(findFormat('youtube-short')!.safeZone!.status).toBe('approximate');
    // Meta's 35% bottom at 1920 px is networks.md's "~672 px".
    expect(safeZoneInPixels(findFormat('facebook-reel')!.safeZone!, 1080, 1920).insets.bottom).toBeCloseTo(672, 0);
    // Measured ranges keep the wide end as the inset.
    const tiktok = findFormat('tiktok-video')!.safeZone!;
    for (const side of ['top', 'right', 'bottom', 'left'] as const) expect(tiktok.insets[side]).toBe(tiktok.ranges![side]![1]);
  });

  it('crops are inside the frame (Instagram grid 3:4, Facebook cover on mobile 16:9)', () => {
    for (const format of FORMATS) {
      for (const crop of format.crops ?? []) {
        const rect = cropInPixels(crop.rect, format.width, format.height);
        expect(inside(rect, format.width, format.height), `${format.id} ${crop.id}`).toBe(true);
      }
    }
    const grid = cropInPixels(findFormat('instagram-portrait')!.crops![0].rect, 1080, 1350);
    expect(grid.width / grid.height).toBeCloseTo(3 / 4, 5);
    expect(grid.height).toBeCloseTo(1350, 5);
    const mobile = cropInPixels(findFormat('facebook-cover')!.crops![0].rect, 1640, 624);
    expect(mobile.width / mobile.height).toBeCloseTo(16 / 9, 5);
  });

  it('carries the figures of networks.md', () => {
    expect(findFormat('bluesky-square')!.limits.maxBytes).toBe(1_000_000);
    expect(findFormat('x-landscape')!.limits.maxBytes).toBe(5_000_000);
    expect(findFormat('x-landscape')!.limits.maxBytesByType?.['image/gif']).toBe(15_000_000);
    expect(findFormat('tiktok-photo')!.limits.types).toEqual(['image/jpeg', 'image/webp']);
    expect(findFormat('instagram-portrait')!.limits.aspect).toEqual({ min: 0.8, max: 1.91 });
    expect(findFormat('instagram-portrait')!.text.hashtags?.max).toBe(5);
    expect(findFormat('bluesky-square')!.text.caption).toMatchObject({ max: 300, unit: 'graphemes', maxBytes: 3000 });
    expect(findFormat('linkedin-square')!.text.altText).toEqual({ confirmed: false });
    expect(findFormat('pinterest-pin')!.limits.height).toEqual({ min: 900, max: 3000 });
    for (const format of FORMATS) expect(format.checked).toBe('2026-11');
  });

  it('keeps the ratio labels the new-design dialog shows', () => {
    expect(ratioLabel(1080, 1350)).toBe('4:5');
    expect(ratioLabel(1080, 1920)).toBe('9:16');
    expect(ratioValue('1.91:1')).toBeCloseTo(1.91);
  });
});
