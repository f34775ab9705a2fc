/**
 * The filter graph as text (core/video/graph.ts): one input per drawn picture or clip, file names
 * never inside the graph, scenes joined by xfade at the timeline's offsets or by concat for a cut,
 * transitions checked against the installed list, encoder options as issue 13 asks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPage, createShapeElement, createVideoElement } from '../schema/factory';
import type { Page } from '../schema/design';
import { buildVideoGraph, encoderArgs, evenSize, unknownTransitions, type RenderPlan } from './graph';
import { videoTimeline } from './timeline';
import { parseXfadeTransitions } from './transitions';

const here = path.dirname(fileURLToPath(import.meta.url));
const installed = parseXfadeTransitions(readFileSync(path.join(here, 'fixtures', 'xfade-5.1.txt'), 'utf8'));

function planOf(pages: Page[], format = { width: 270, height: 480 }, fps: 24 | 25 | 30 | 50 | 60 = 30): RenderPlan {
  const timeline = videoTimeline({ pages, video: { fps } });
  return {
    format,
    timeline,
    scenes: pages.map((_, s) => ({
      layers: [
        { kind: 'plate' as const, file: `/x/'quote:${s}';[a].png` },
        { kind: 'moving' as const, file: `/x/m${s}.png`, element: createShapeElement({ shape: 'rect', x: 10, y: 10, width: 20, height: 20, timing: { inMs: 100, animationIn: { kind: 'slideUp', durationMs: 300, easing: 'easeOut', fade: true } } }), box: { x: 10, y: 10, width: 20, height: 20 } },
      ],
    })),
  };
}

const page = (durationMs: number, transitionOut?: Page['transitionOut']): Page => ({ ...createPage(), durationMs, ...(transitionOut ? { transitionOut } : {}) });

describe('video graph', () => {
  it('one input per picture, file names only in the inputs, xfade at the next scene start, concat for a cut', () => {
    const pages = [page(2000, { kind: 'fade', durationMs: 500 }), page(3000, { kind: 'cut', durationMs: 0 }), page(1000)];
    const graph = buildVideoGraph(planOf(pages));
    expect(graph.inputs).toHaveLength(6);
    const text = graph.filters.join(';');
    expect(text).not.toContain('quote');
    expect(text).toContain('xfade=transition=fade:duration=0.5:offset=1.5');
    expect(text).toContain('concat=n=2:v=1:a=0');
    expect(graph.durationMs).toBe(5500);
    expect(text.endsWith(`trim=duration=5.5,format=yuv420p[v]`)).toBe(true);
  });

  it('a cropped clip is cut to its even source pixels before it is fitted; an uncropped one is not cut', () => {
    const clipPlan = (crop?: { x: number; y: number; width: number; height: number }): RenderPlan => {
      const plan = planOf([page(1000)]);
      const element = createVideoElement({ assetId: 'a'.repeat(64), x: 0, y: 0, width: 100, height: 100, ...(crop ? { crop } : {}) });
      plan.scenes[0].layers.push({ kind: 'clip', file: '/x/clip.mp4', element, box: { x: 0, y: 0, width: 100, height: 100 }, source: { width: 641, height: 361 } });
      return plan;
    };
    const chainOf = (plan: RenderPlan) => buildVideoGraph(plan).filters.find((f) => f.startsWith('[2:v]'))!;
    expect(chainOf(clipPlan({ x: 0.25, y: 0.5, width: 0.5, height: 0.5 }))).toMatch(/^\[2:v\]crop=320:180:160:180,setpts=/);
    expect(chainOf(clipPlan())).toMatch(/^\[2:v\]setpts=/);
  });

  it('the caption filter goes at the very end of the picture', () => {
    const graph = buildVideoGraph(planOf([page(1000)]), { captionFilter: "ass=f='subs.ass'" });
    expect(graph.filters[graph.filters.length - 1]).toMatch(/,ass=f='subs\.ass',format=yuv420p\[v\]$/);
  });

  it('odd sizes are cut to even ones', () => {
    const graph = buildVideoGraph(planOf([page(1000)], { width: 271, height: 481 }));
    expect([graph.width, graph.height]).toEqual([270, 480]);
    expect(graph.filters.join(';')).toContain('crop=270:480:0:0');
    fc.assert(fc.property(fc.integer({ min: 1, max: 10000 }), (n) => evenSize(n) % 2 === 0 && evenSize(n) <= Math.max(2, n) && evenSize(n) >= n - 1));
  });

  it('names the transitions the installed ffmpeg lacks', () => {
    expect(installed).toContain('fade');
    const timeline = videoTimeline({ pages: [page(2000, { kind: 'fade', durationMs: 400 }), page(2000, { kind: 'warpdrive', durationMs: 400 }), page(2000)] });
    expect(unknownTransitions(timeline, installed)).toEqual([{ scene: 1, name: 'warpdrive' }]);
  });

  it('encodes H.264 High yuv420p with a closed GOP of 2 s, AAC 48 kHz stereo, the index first', () => {
    const args = encoderArgs({ fps: 25, durationMs: 4000, quality: 'final', maxBitrate: 3_000_000 }).join(' ');
    for (const part of ['-profile:v high', '-pix_fmt yuv420p', '-g 50', '-keyint_min 50', '-sc_threshold 0', '-flags +cgop', '-ar 48000', '-ac 2', '-movflags +faststart', '-t 4', '-maxrate 3000000', '-bufsize 6000000']) {
      expect(args).toContain(part);
    }
    expect(encoderArgs({ fps: 30, durationMs: 1000, quality: 'draft' }).join(' ')).toContain('-preset superfast -crf 26');
  });
});
