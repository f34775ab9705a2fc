import { describe, expect, it } from 'vitest';
import { DESIGN_KINDS } from '../../../core/schema/constants';
import type { Design } from '../../../core/schema/design';
import { designKindParts } from './designKindParts';

const pages = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `p${i}`, background: { fill: '#ffffff' }, elements: [] })) as Design['pages'];

describe('designKindParts', () => {
  it('a video of several scenes shows the timeline and no carousel part', () => {
    expect(designKindParts({ kind: 'video', pages: pages(3) })).toEqual({ bottom: 'timeline', slideSections: false, panorama: false, video: true });
  });

  it('a carousel shows its slides, alt text and the panorama conversion; a one-page still shows the page arrows', () => {
    expect(designKindParts({ kind: 'carousel', pages: pages(1) })).toEqual({ bottom: 'slides', slideSections: true, panorama: true, video: false });
    expect(designKindParts({ kind: 'still', pages: pages(1) })).toMatchObject({ bottom: 'pageNav', slideSections: false });
    expect(designKindParts({ kind: 'still', pages: pages(2) })).toMatchObject({ bottom: 'slides', slideSections: true });
    expect(designKindParts({ kind: 'carousel', pages: pages(1), panorama: { slide: { preset: null, width: 1080, height: 1350 }, slides: 3, seamMargin: 40 } })).toMatchObject({ bottom: 'pageNav', slideSections: false, panorama: true });
  });

  it('answers for every design kind, and only a video gets the video parts', () => {
    for (const kind of DESIGN_KINDS) expect(designKindParts({ kind, pages: pages(2) }).video).toBe(kind === 'video');
  });
});
