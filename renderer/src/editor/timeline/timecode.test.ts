import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rulerStep, timecode } from './timecode';

describe('timecode', () => {
  it('minutes, seconds and the frame inside the second', () => {
    expect(timecode(0, 30)).toBe('00:00.00');
    expect(timecode(1000 + 1000 / 30, 30)).toBe('00:01.01');
    expect(timecode(64_400, 30)).toBe('01:04.12');
    expect(timecode(999, 25)).toBe('00:01.00');
  });

  it('property: one frame later reads one frame more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(24, 25, 30, 50, 60), (n, fps) => {
        const read = (s: string) => {
          const [m, rest] = s.split(':');
          const [sec, f] = rest.split('.');
          return (Number(m) * 60 + Number(sec)) * fps + Number(f);
        };
        expect(read(timecode(((n + 1) * 1000) / fps, fps)) - read(timecode((n * 1000) / fps, fps))).toBe(1);
      }),
    );
  });

  it('the ruler keeps its labels apart at any zoom', () => {
    for (const pxPerMs of [0.001, 0.01, 0.05, 0.2, 1]) expect(rulerStep(pxPerMs) * pxPerMs >= 70 || rulerStep(pxPerMs) === 600_000).toBe(true);
  });
});
