import { describe, expect, it } from 'vitest';
import { createDesign, createPage } from '../../../core/schema/factory';
import type { Design, FormatRef } from '../../../core/schema/design';
import { SCREEN_WIDTH, previewPlan, profileGridCrop, slideBox, slideSource } from './previewPlan';

function carousel(format: FormatRef, pages = 5): Design {
  const design = createDesign({ name: 'Tips', format, kind: 'carousel' });
  return { ...design, pages: Array.from({ length: pages }, () => createPage()) };
}

const slide = { preset: 'instagram-carousel', width: 1080, height: 1350 };

describe('the frame of a design', () => {
  it('follows the network of the catalog format', () => {
    expect(previewPlan(carousel(slide)).frame).toBe('instagram');
    expect(previewPlan(carousel({ preset: 'linkedin-document', width: 1080, height: 1350 })).frame).toBe('linkedin');
    expect(previewPlan(carousel({ preset: 'tiktok-photo', width: 1080, height: 1920 })).frame).toBe('tiktok');
    const threads = previewPlan(carousel({ preset: 'threads-portrait', width: 1080, height: 1350 }));
    expect(threads).toMatchObject({ frame: 'generic', network: 'threads', peek: true });
    expect(previewPlan(carousel({ preset: null, width: 1000, height: 1000 }))).toMatchObject({ frame: 'generic', network: null, peek: false });
    expect(previewPlan(carousel({ preset: 'user:abc', width: 1000, height: 1000 })).network).toBeNull();
  });

  it('counts a carousel’s pages as its slides, each page from the left edge', () => {
    const design = carousel(slide, 8);
    expect(previewPlan(design).slides).toEqual({ count: 8, width: 1080, height: 1350, panorama: false });
    expect(slideSource(design, 3)).toEqual({ page: 3, x: 0 });
  });

  it('cuts a panorama’s wide page at its seams, framed by the slide’s network', () => {
    const design: Design = { ...carousel({ preset: null, width: 3240, height: 1350 }, 1), panorama: { slides: 3, slide, seamMargin: 0 } };
    const plan = previewPlan(design);
    expect(plan.frame).toBe('instagram');
    expect(plan.slides).toEqual({ count: 3, width: 1080, height: 1350, panorama: true });
    expect([0, 1, 2].map((i) => slideSource(design, i))).toEqual([
      { page: 0, x: 0 },
      { page: 0, x: 1080 },
      { page: 0, x: 2160 },
    ]);
  });
});

describe('the slide in the phone', () => {
  it('is as wide as the screen at the slide’s ratio in Instagram’s feed, cropped beyond 3:4', () => {
    expect(slideBox(previewPlan(carousel(slide)))).toEqual({ width: SCREEN_WIDTH, height: 375, pitch: SCREEN_WIDTH, inset: 0, fit: 'cover' });
    const story = slideBox(previewPlan(carousel({ preset: 'instagram-story', width: 1080, height: 1920 })));
    expect(story.height).toBe(400);
  });

  it('fills a full-height 9:16 frame on TikTok', () => {
    const box = slideBox(previewPlan(carousel({ preset: 'tiktok-photo', width: 1080, height: 1920 })));
    expect(box.height / box.width).toBeCloseTo(16 / 9, 2);
    expect(box.fit).toBe('contain');
  });

  it('leaves room for the next card where the app shows it peeking', () => {
    const box = slideBox(previewPlan(carousel({ preset: 'facebook-square', width: 1080, height: 1080 })));
    expect(box.width).toBeLessThan(SCREEN_WIDTH);
    expect(box.inset + box.pitch).toBeLessThan(SCREEN_WIDTH);
    expect(box.pitch).toBeGreaterThan(box.width);
  });
});

describe('the profile grid tile', () => {
  it('is the catalog’s centre 3:4 of a 4:5 slide', () => {
    const crop = profileGridCrop(slide);
    expect(crop.height).toBe(1350);
    expect(crop.width).toBeCloseTo(1012.5);
    expect(crop.x).toBeCloseTo(33.75);
    expect(crop.y).toBe(0);
  });

  it('is the centre 3:4 too where the catalog gives none (a story, a custom size)', () => {
    expect(profileGridCrop({ preset: 'instagram-story', width: 1080, height: 1920 })).toEqual({ x: 0, y: 240, width: 1080, height: 1440 });
    const square = profileGridCrop({ preset: null, width: 1200, height: 1200 });
    expect(square.width / square.height).toBeCloseTo(3 / 4);
    expect(square.x + square.width / 2).toBeCloseTo(600);
  });
});
