import { describe, expect, it } from 'vitest';
import { gifTarget, GIF_LIMITS } from './videoLimits';

describe('gifTarget', () => {
  it('a network with a GIF target gets its own; any other network or none gets X’s; a caller’s bytes replace the network’s', () => {
    expect(gifTarget('linkedin')).toEqual({ limits: GIF_LIMITS.linkedin, network: 'linkedin' });
    expect(gifTarget('x')).toEqual({ limits: GIF_LIMITS.x, network: 'x' });
    for (const other of ['instagram', 'tiktok', 'custom', undefined, null]) expect(gifTarget(other)).toEqual({ limits: GIF_LIMITS.x, network: 'x' });
    expect(gifTarget('x', 2_000_000)).toEqual({ limits: { ...GIF_LIMITS.x, maxBytes: 2_000_000 }, network: null });
    expect(gifTarget('linkedin').limits.maxBytes).toBe(5_000_000);
    expect(gifTarget(undefined).limits).toMatchObject({ maxBytes: 15_000_000, maxWidth: 1280, maxHeight: 1080, maxFrames: 350 });
  });
});
