import { describe, expect, it } from 'vitest';
import { NETWORKS } from '../formats/constants';
import { findFormat } from '../formats/catalog';
import { formatForNetwork, usualFormatProblems, USUAL_FORMATS } from './targetFormat';

const ref = (preset: string | null, width: number, height: number) => ({ preset, width, height });

describe('the format a post uses on a network', () => {
  it('lists only catalog formats of the right network, a video one for videos', () => {
    expect(usualFormatProblems()).toEqual([]);
    for (const network of NETWORKS) {
      for (const id of USUAL_FORMATS[network].video) if (network !== 'pinterest') expect(findFormat(id)?.kind).toBe('video');
    }
  });
  it('the design own format, then its variant, then the nearest usual format', () => {
    const design = { kind: 'still' as const, format: ref('instagram-portrait', 1080, 1350), variants: [{ id: 'v1', format: ref('x-landscape', 1600, 900), overrides: {} }] };
    expect(formatForNetwork(design, 'instagram')).toEqual({ formatId: 'instagram-portrait', source: 'design' });
    expect(formatForNetwork(design, 'x')).toEqual({ formatId: 'x-landscape', source: 'variant', variantId: 'v1' });
    expect(formatForNetwork(design, 'linkedin')).toEqual({ formatId: 'linkedin-portrait', source: 'resized' });
    const square = { kind: 'still' as const, format: ref(null, 1000, 1000) };
    expect(formatForNetwork(square, 'linkedin').formatId).toBe('linkedin-square');
    expect(formatForNetwork({ kind: 'video' as const, format: ref('instagram-reel', 1080, 1920) }, 'tiktok').formatId).toBe('tiktok-video');
    expect(formatForNetwork({ kind: 'carousel' as const, format: ref('instagram-carousel', 1080, 1350) }, 'linkedin').formatId).toBe('linkedin-document');
  });
});
