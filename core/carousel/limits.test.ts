import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slideCap, splitIntoPosts } from './limits';
import { findFormat } from '../formats/catalog';

describe('slide caps from the catalog', () => {
  it('Instagram 20 in the app and 10 by API, TikTok photo 35, LinkedIn document 300 pages, X 4', () => {
    expect(slideCap(findFormat('instagram-carousel'))).toEqual({ max: 20, apiMax: 10, unit: 'slides', network: 'Instagram' });
    expect(slideCap(findFormat('instagram-square'))).toMatchObject({ max: 20, apiMax: 10 });
    expect(slideCap(findFormat('tiktok-photo'))).toEqual({ max: 35, unit: 'slides', network: 'TikTok' });
    expect(slideCap(findFormat('linkedin-document'))).toEqual({ max: 300, unit: 'pages', network: 'LinkedIn' });
    expect(slideCap(findFormat('x-landscape'))).toEqual({ max: 4, unit: 'slides', network: 'X' });
    expect(slideCap(findFormat('youtube-thumbnail'))).toBeNull();
    expect(slideCap(undefined)).toBeNull();
  });
});

describe('splitting a long carousel into posts', () => {
  it('21 slides for Instagram: two posts, 11 and 10, in order', () => {
    expect(splitIntoPosts(21, 20).map((post) => post.length)).toEqual([11, 10]);
    expect(splitIntoPosts(21, 20).flat()).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(splitIntoPosts(20, 20)).toHaveLength(1);
    expect(splitIntoPosts(0, 20)).toEqual([]);
  });
  it('property: every slide once, in order, no post over the cap, posts within one slide of each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 40 }), (count, max) => {
        const posts = splitIntoPosts(count, max);
        expect(posts.flat()).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(posts.length).toBe(Math.ceil(count / max));
        const lengths = posts.map((p) => p.length);
        expect(Math.max(...lengths)).toBeLessThanOrEqual(max);
        expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
