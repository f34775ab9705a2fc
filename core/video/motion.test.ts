import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EASINGS, type Animation, type Easing } from '../schema/design';
import { ease, easeExpr, kenBurnsAt, kenBurnsExprs, layerExprs, layerStateAt } from './motion';
import { orderTransitions, parseXfadeTransitions } from './transitions';

/** Evaluates the ffmpeg expression functions motion.ts writes (clip, pow, if, lt, gte), at t seconds. */
function evaluate(expr: string, vars: Record<string, number>): number {
  const fns = {
    clip: (x: number, a: number, b: number) => Math.max(a, Math.min(b, x)),
    pow: Math.pow,
    lt: (a: number, b: number) => (a < b ? 1 : 0),
    gte: (a: number, b: number) => (a >= b ? 1 : 0),
    if_: (c: number, a: number, b: number) => (c ? a : b),
  };
  const names = [...Object.keys(fns), ...Object.keys(vars)];
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const f = new Function(...names, `return ${expr.replace(/\bif\(/g, 'if_(')};`) as (...args: unknown[]) => number;
  return f(...Object.values(fns), ...Object.values(vars));
}

const format = { width: 1080, height: 1920 };
const box = (timing: { inMs: number; outMs?: number; animationIn?: Animation; animationOut?: Animation }) => ({ x: 90, y: 1300, width: 900, height: 200, timing });

describe('motion', () => {
  it('every easing starts at 0 and ends at 1, and its expression gives the same values', () => {
    for (const easing of EASINGS) {
      expect(ease(easing, 0)).toBeCloseTo(0, 9);
      expect(ease(easing, 1)).toBeCloseTo(1, 9);
      for (const p of [0.1, 0.25, 0.5, 0.77, 0.9]) expect(evaluate(easeExpr(easing, 'p'), { p })).toBeCloseTo(ease(easing, p), 9);
    }
  });

  it('the reel title fades in and slides up 80 px between 0.3 and 0.7 s (ease-out cubic)', () => {
    const title = box({ inMs: 300, animationIn: { kind: 'slideUp', durationMs: 400, easing: 'easeOut', distance: 80, fade: true } });
    expect(layerStateAt(title, format, 5500, 299)).toBeNull();
    expect(layerStateAt(title, format, 5500, 300)).toEqual({ opacity: 0, dx: 0, dy: 80, scale: 1 });
    const mid = layerStateAt(title, format, 5500, 500)!;
    expect(mid.dy).toBeCloseTo(80 * Math.pow(0.5, 3), 6);
    expect(mid.opacity).toBeCloseTo(1 - Math.pow(0.5, 3), 6);
    expect(layerStateAt(title, format, 5500, 700)).toEqual({ opacity: 1, dx: 0, dy: 0, scale: 1 });
  });

  it('a slide without a distance starts outside the page, on the side it comes from', () => {
    const pill = box({ inMs: 800, animationIn: { kind: 'slideRight', durationMs: 500, easing: 'easeOut' } });
    expect(layerStateAt(pill, format, 5000, 800)!.dx).toBe(-(90 + 900));
    const leaving = box({ inMs: 0, outMs: 2000, animationOut: { kind: 'slideDown', durationMs: 500, easing: 'easeIn' } });
    expect(layerStateAt(leaving, format, 5000, 1999.999)!.dy).toBeCloseTo(1920 - 1300, 1);
  });

  it('property: the expressions give the player\'s values at every time, for any animation', () => {
    const animation = fc.record({
      kind: fc.constantFrom('fade', 'slideUp', 'slideDown', 'slideLeft', 'slideRight', 'pop') as fc.Arbitrary<Animation['kind']>,
      durationMs: fc.integer({ min: 1, max: 2000 }),
      easing: fc.constantFrom(...EASINGS) as fc.Arbitrary<Easing>,
      distance: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      fade: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.option(animation, { nil: undefined }), fc.option(animation, { nil: undefined }), fc.integer({ min: 0, max: 6000 }), (inMs, animationIn, animationOut, at) => {
        const layer = box({ inMs, outMs: inMs + 3000, animationIn: animationIn as Animation, animationOut: animationOut as Animation });
        const state = layerStateAt(layer, format, 6000, at);
        const exprs = layerExprs(layer, format, 6000);
        const vars = { t: at / 1000 };
        expect(evaluate(exprs.enable, vars)).toBe(state ? 1 : 0);
        if (!state) return;
        expect(exprs.dx ? evaluate(exprs.dx, vars) : 0).toBeCloseTo(state.dx, 4);
        expect(exprs.dy ? evaluate(exprs.dy, vars) : 0).toBeCloseTo(state.dy, 4);
        expect(exprs.opacity ? evaluate(exprs.opacity, vars) : 1).toBeCloseTo(state.opacity, 6);
        expect(exprs.scale ? evaluate(exprs.scale, vars) : 1).toBeCloseTo(state.scale, 6);
      }),
    );
  });

  it('Ken Burns moves steadily: the zoom and the window never step back, and the expressions agree', () => {
    for (const kind of ['zoomIn', 'zoomOut', 'panLeft', 'panRight', 'panUp', 'panDown']) {
      const kb = { kind, amount: 0.15 };
      let previous = kenBurnsAt(kb, 0);
      for (let i = 1; i <= 150; i++) {
        const p = i / 150;
        const state = kenBurnsAt(kb, p);
        for (const key of ['zoom', 'fx', 'fy'] as const) {
          expect(Math.sign(state[key] - previous[key])).toBe(Math.sign(kenBurnsAt(kb, 1)[key] - kenBurnsAt(kb, 0)[key]));
          expect(evaluate(kenBurnsExprs(kb, 'p')[key], { p })).toBeCloseTo(state[key], 9);
        }
        previous = state;
      }
    }
  });
});

describe('transitions', () => {
  it('reads the installed ffmpeg\'s xfade list (5.1: 46 named besides custom), common ones first', () => {
    const names = parseXfadeTransitions(readFileSync(new URL('./fixtures/xfade-5.1.txt', import.meta.url), 'utf8'));
    expect(names.length).toBe(46);
    expect(names.slice(0, 3)).toEqual(['fade', 'wipeleft', 'wiperight']);
    expect(names).not.toContain('custom');
    expect(orderTransitions(names).slice(0, 4)).toEqual(['fade', 'fadeblack', 'fadewhite', 'slideleft']);
    expect(parseXfadeTransitions('Unknown filter xfade')).toEqual([]);
  });
});
