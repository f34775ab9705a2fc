/**
 * Motion, written once (docs/architecture.md, "Video"): easings, a layer's in and out animations
 * and a picture's Ken Burns move, each as a value at a time (for the editor's player and the
 * timeline) and as an ffmpeg expression of a time variable (for the export's filter graph).
 * Both come from the same numbers, so what plays is what exports; motion.test.ts evaluates the
 * expressions and checks them against the values.
 */
import type { Animation, Easing, Element, FormatRef } from '../schema/design';
import { layerWindow } from './timeline';

/** The eased fraction of a progress `p` in 0..1. */
export function ease(easing: Easing, p: number): number {
  const x = Math.max(0, Math.min(1, p));
  switch (easing) {
    case 'linear':
      return x;
    case 'easeIn':
      return x * x * x;
    case 'easeOut':
      return 1 - Math.pow(1 - x, 3);
    case 'easeInOut':
      return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
    case 'back':
      return 1 + BACK_C3 * Math.pow(x - 1, 3) + BACK_C1 * Math.pow(x - 1, 2);
  }
}

const BACK_C1 = 1.70158;
const BACK_C3 = BACK_C1 + 1;

/** The same curve as an ffmpeg expression of `p` (itself an expression already clipped to 0..1). */
export function easeExpr(easing: Easing, p: string): string {
  switch (easing) {
    case 'linear':
      return `(${p})`;
    case 'easeIn':
      return `pow(${p},3)`;
    case 'easeOut':
      return `(1-pow(1-(${p}),3))`;
    case 'easeInOut':
      return `if(lt(${p},0.5),4*pow(${p},3),1-pow(-2*(${p})+2,3)/2)`;
    case 'back':
      return `(1+${BACK_C3}*pow((${p})-1,3)+${BACK_C1}*pow((${p})-1,2))`;
  }
}

/** Where a layer is drawn at a moment, relative to where the design puts it. */
export interface LayerState {
  opacity: number;
  /** Offset of the box, in pixels of the format. */
  dx: number;
  dy: number;
  /** Scale about the box's centre. */
  scale: number;
}

export const POP_FROM = 0.6;
const NUMBER = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(6).replace(/0+$/, ''));

type Box = Pick<Element, 'x' | 'y' | 'width' | 'height' | 'timing'>;

/**
 * How far a slide moves: its `distance`, or far enough to start (or end) just outside the page
 * in its direction. `kind` names the direction of the movement, in and out alike.
 */
export function slideOffset(animation: Animation, box: Box, format: Pick<FormatRef, 'width' | 'height'>, phase: 'in' | 'out'): { dx: number; dy: number } {
  const d = animation.distance;
  // Coming in, the layer starts on the side it moves away from; going out, it ends on the side it moves to.
  const sign = phase === 'in' ? -1 : 1;
  switch (animation.kind) {
    case 'slideUp':
      return { dx: 0, dy: sign * -(d ?? (phase === 'in' ? format.height - box.y : box.y + box.height)) };
    case 'slideDown':
      return { dx: 0, dy: sign * (d ?? (phase === 'in' ? box.y + box.height : format.height - box.y)) };
    case 'slideLeft':
      return { dx: sign * -(d ?? (phase === 'in' ? format.width - box.x : box.x + box.width)), dy: 0 };
    case 'slideRight':
      return { dx: sign * (d ?? (phase === 'in' ? box.x + box.width : format.width - box.x)), dy: 0 };
    default:
      return { dx: 0, dy: 0 };
  }
}

const fades = (a: Animation) => a.kind === 'fade' || a.fade === true;
const popFrom = (a: Animation) => a.scale ?? POP_FROM;

/** The layer's state at `localMs` into its scene, or null when it is not shown then. */
export function layerStateAt(box: Box, format: Pick<FormatRef, 'width' | 'height'>, sceneMs: number, localMs: number): LayerState | null {
  const { inMs, outMs } = layerWindow(box, sceneMs);
  if (localMs < inMs || localMs >= outMs) return null;
  const state: LayerState = { opacity: 1, dx: 0, dy: 0, scale: 1 };
  const { animationIn, animationOut } = box.timing ?? {};
  if (animationIn) {
    const e = ease(animationIn.easing, (localMs - inMs) / animationIn.durationMs);
    const off = slideOffset(animationIn, box, format, 'in');
    state.dx += off.dx * (1 - e);
    state.dy += off.dy * (1 - e);
    if (fades(animationIn)) state.opacity *= Math.max(0, Math.min(1, e));
    if (animationIn.kind === 'pop') state.scale *= popFrom(animationIn) + (1 - popFrom(animationIn)) * e;
  }
  if (animationOut) {
    const e = ease(animationOut.easing, (localMs - (outMs - animationOut.durationMs)) / animationOut.durationMs);
    const off = slideOffset(animationOut, box, format, 'out');
    state.dx += off.dx * e;
    state.dy += off.dy * e;
    if (fades(animationOut)) state.opacity *= Math.max(0, Math.min(1, 1 - e));
    if (animationOut.kind === 'pop') state.scale *= 1 - (1 - popFrom(animationOut)) * e;
  }
  return state;
}


/** ffmpeg expressions of the time variable `t` (ms inside the scene = t * 1000) for a layer's state; null where it never changes. */
export interface LayerExprs {
  dx: string | null;
  dy: string | null;
  opacity: string | null;
  scale: string | null;
  /** When it shows, for the `enable` option: between(t, in, out). */
  enable: string;
}

export function layerExprs(box: Box, format: Pick<FormatRef, 'width' | 'height'>, sceneMs: number, t = 't'): LayerExprs {
  const { inMs, outMs } = layerWindow(box, sceneMs);
  const { animationIn, animationOut } = box.timing ?? {};
  const dx: string[] = [];
  const dy: string[] = [];
  const opacity: string[] = [];
  const scale: string[] = [];
  const progress = (startMs: number, durationMs: number) => `clip((${t}-${NUMBER(startMs / 1000)})/${NUMBER(durationMs / 1000)},0,1)`;
  if (animationIn) {
    const e = easeExpr(animationIn.easing, progress(inMs, animationIn.durationMs));
    const off = slideOffset(animationIn, box, format, 'in');
    if (off.dx) dx.push(`${NUMBER(off.dx)}*(1-${e})`);
    if (off.dy) dy.push(`${NUMBER(off.dy)}*(1-${e})`);
    if (fades(animationIn)) opacity.push(`clip(${e},0,1)`);
    if (animationIn.kind === 'pop') scale.push(`(${NUMBER(popFrom(animationIn))}+${NUMBER(1 - popFrom(animationIn))}*${e})`);
  }
  if (animationOut) {
    const e = easeExpr(animationOut.easing, progress(outMs - animationOut.durationMs, animationOut.durationMs));
    const off = slideOffset(animationOut, box, format, 'out');
    if (off.dx) dx.push(`${NUMBER(off.dx)}*${e}`);
    if (off.dy) dy.push(`${NUMBER(off.dy)}*${e}`);
    if (fades(animationOut)) opacity.push(`clip(1-${e},0,1)`);
    if (animationOut.kind === 'pop') scale.push(`(1-${NUMBER(1 - popFrom(animationOut))}*${e})`);
  }
  const join = (parts: string[], op: string) => (parts.length ? parts.join(op) : null);
  return {
    dx: join(dx, '+'),
    dy: join(dy, '+'),
    opacity: join(opacity, '*'),
    scale: join(scale, '*'),
    enable: `gte(${t},${NUMBER(inMs / 1000)})*lt(${t},${NUMBER(outMs / 1000)})`,
  };
}

/**
 * Ken Burns at progress `p` (0..1 over the layer's time, linear so a tracked point never steps
 * back): the zoom (>= 1) of the picture inside its frame and where the zoomed window sits, as the
 * fraction (0..1) of the room it has to move in each direction (0.5: centred).
 */
export interface KenBurnsState {
  zoom: number;
  fx: number;
  fy: number;
}

export function kenBurnsAt(kenBurns: { kind: string; amount: number }, p: number): KenBurnsState {
  const x = Math.max(0, Math.min(1, p));
  const full = 1 + kenBurns.amount;
  switch (kenBurns.kind) {
    case 'zoomIn':
      return { zoom: 1 + kenBurns.amount * x, fx: 0.5, fy: 0.5 };
    case 'zoomOut':
      return { zoom: full - kenBurns.amount * x, fx: 0.5, fy: 0.5 };
    case 'panLeft':
      return { zoom: full, fx: 1 - x, fy: 0.5 };
    case 'panRight':
      return { zoom: full, fx: x, fy: 0.5 };
    case 'panUp':
      return { zoom: full, fx: 0.5, fy: 1 - x };
    case 'panDown':
      return { zoom: full, fx: 0.5, fy: x };
    default:
      return { zoom: 1, fx: 0.5, fy: 0.5 };
  }
}

/** The same as ffmpeg expressions of `p` (an expression already clipped to 0..1). */
export function kenBurnsExprs(kenBurns: { kind: string; amount: number }, p: string): { zoom: string; fx: string; fy: string } {
  const a = NUMBER(kenBurns.amount);
  const full = NUMBER(1 + kenBurns.amount);
  switch (kenBurns.kind) {
    case 'zoomIn':
      return { zoom: `(1+${a}*${p})`, fx: '0.5', fy: '0.5' };
    case 'zoomOut':
      return { zoom: `(${full}-${a}*${p})`, fx: '0.5', fy: '0.5' };
    case 'panLeft':
      return { zoom: full, fx: `(1-${p})`, fy: '0.5' };
    case 'panRight':
      return { zoom: full, fx: `(${p})`, fy: '0.5' };
    case 'panUp':
      return { zoom: full, fx: '0.5', fy: `(1-${p})` };
    case 'panDown':
      return { zoom: full, fx: '0.5', fy: `(${p})` };
    default:
      return { zoom: '1', fx: '0.5', fy: '0.5' };
  }
}
