/**
 * The swipe preview's motion as pure functions: which slide is shown, how far a drag has moved the
 * strip, where a released drag settles, and when a trackpad's horizontal scroll turns the page.
 * No DOM and no clock of its own (times are passed in), so every rule is unit-tested; the view
 * (SwipeView.tsx) only feeds it pointer and wheel events and draws `trackOffset`.
 *
 * Like the networks' apps, one gesture turns at most one slide, and the strip resists at its ends.
 */

export interface SwipeState {
  /** The slide the strip rests on, 0-based, always inside [0, count - 1]. */
  index: number;
  count: number;
  /** How far a drag has moved the strip from its resting place, in CSS px (negative = towards the next slide). */
  offset: number;
  dragging: boolean;
}

/** A drag past this share of a slide turns the page on release, whatever its speed. */
export const SNAP_FRACTION = 0.5;
/** A flick at least this fast (px per ms) turns the page even when short. */
export const FLICK_SPEED = 0.35;
/** A flick must still move this far (px) to count: a click's tremor is not a swipe. */
export const FLICK_MIN_DISTANCE = 12;
/** Past the first or last slide, the strip follows the pointer this much (a rubber band). */
export const EDGE_RESISTANCE = 0.3;
/** Horizontal wheel travel (px) that turns one slide; trackpads send many small deltas. */
export const WHEEL_THRESHOLD = 40;
/** A pause longer than this between wheel events ends the gesture (its inertia tail included). */
export const WHEEL_GESTURE_GAP_MS = 220;
/** Pointer samples older than this (ms) no longer count for the release speed. */
export const VELOCITY_WINDOW_MS = 100;

export function clampIndex(index: number, count: number): number {
  if (count < 1 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(index)));
}

export function initialSwipe(count: number, index = 0): SwipeState {
  const safeCount = Math.max(0, Math.floor(count));
  return { index: clampIndex(index, safeCount), count: safeCount, offset: 0, dragging: false };
}

/** Straight to a slide (a dot, a key): clamped, any drag dropped. */
export function goTo(state: SwipeState, index: number): SwipeState {
  const next = clampIndex(index, state.count);
  if (next === state.index && state.offset === 0 && !state.dragging) return state;
  return { ...state, index: next, offset: 0, dragging: false };
}

/** One slide forward (+1) or back (-1), stopping at the ends (arrow keys, the viewer's arrows). */
export function step(state: SwipeState, delta: number): SwipeState {
  return goTo(state, state.index + Math.sign(delta));
}

export const canGoBack = (state: SwipeState): boolean => state.index > 0;
export const canGoForward = (state: SwipeState): boolean => state.index < state.count - 1;

/**
 * The strip's offset while the pointer has moved `dx` px since it went down (positive = to the
 * right, towards the previous slide). Past an end the strip lags behind the pointer; it never
 * moves more than one slide (`pitch`: a slide's width plus the gap to the next).
 */
export function dragTo(state: SwipeState, dx: number, pitch: number): SwipeState {
  const pastStart = dx > 0 && !canGoBack(state);
  const pastEnd = dx < 0 && !canGoForward(state);
  const follow = pastStart || pastEnd ? dx * EDGE_RESISTANCE : dx;
  const limit = Math.max(0, pitch);
  const offset = Math.max(-limit, Math.min(limit, follow));
  return { ...state, offset, dragging: true };
}

/**
 * Where a drag settles when the pointer is released at `velocity` px/ms (positive = to the right):
 * one slide on when it went past half a slide or was flicked that way, else back where it was.
 */
export function release(state: SwipeState, velocity: number, pitch: number): SwipeState {
  const { offset } = state;
  const far = pitch > 0 && Math.abs(offset) >= pitch * SNAP_FRACTION;
  const flicked = Math.abs(velocity) >= FLICK_SPEED && Math.abs(offset) >= FLICK_MIN_DISTANCE && Math.sign(velocity) === Math.sign(offset);
  const direction = far || flicked ? -Math.sign(offset) : 0;
  return { ...state, index: clampIndex(state.index + direction, state.count), offset: 0, dragging: false };
}

/** The strip's translation in CSS px: the resting slide at the left edge, plus the drag. */
export function trackOffset(state: SwipeState, pitch: number): number {
  return -state.index * pitch + state.offset;
}

/** A pointer position at a time (ms), as pointer events give them. */
export interface PointerSample {
  t: number;
  x: number;
}

/**
 * The pointer's speed at release, in px/ms: from the oldest sample still inside the last
 * VELOCITY_WINDOW_MS to the newest. 0 with fewer than two samples or no time between them.
 */
export function releaseVelocity(samples: readonly PointerSample[]): number {
  if (samples.length < 2) return 0;
  const last = samples[samples.length - 1];
  let first = last;
  for (let i = samples.length - 2; i >= 0; i--) {
    if (last.t - samples[i].t > VELOCITY_WINDOW_MS) break;
    first = samples[i];
  }
  const dt = last.t - first.t;
  return dt > 0 ? (last.x - first.x) / dt : 0;
}

/** A trackpad gesture in progress: its horizontal travel so far, and whether it already turned a page. */
export interface WheelGesture {
  travel: number;
  /** Time of the gesture's last event (ms). */
  lastAt: number;
  /** A gesture turns one page; the rest of it (the trackpad's inertia) is swallowed. */
  spent: boolean;
}

export const idleWheel: WheelGesture = { travel: 0, lastAt: -Infinity, spent: false };

/**
 * One wheel event: `deltaX`/`deltaY` in px as the browser reports them (positive deltaX = scroll
 * right = the next slide), at time `now` (ms). Vertical scrolls are not swipes (the page may scroll
 * with them). Returns the gesture after it and the slide step it makes (-1, 0 or +1).
 */
export function wheel(gesture: WheelGesture, deltaX: number, deltaY: number, now: number): { gesture: WheelGesture; step: -1 | 0 | 1 } {
  const fresh = now - gesture.lastAt > WHEEL_GESTURE_GAP_MS;
  const current: WheelGesture = fresh ? { travel: 0, lastAt: now, spent: false } : { ...gesture, lastAt: now };
  if (Math.abs(deltaX) <= Math.abs(deltaY)) return { gesture: current, step: 0 };
  if (current.spent) return { gesture: current, step: 0 };
  const travel = current.travel + deltaX;
  if (Math.abs(travel) < WHEEL_THRESHOLD) return { gesture: { ...current, travel }, step: 0 };
  return { gesture: { travel: 0, lastAt: now, spent: true }, step: travel > 0 ? 1 : -1 };
}

/**
 * The dots under a carousel: one per slide up to `max`, else a window of `max` dots that follows
 * the shown slide (kept away from the window's edges while it can be), as the apps' indicators do.
 * Returns the first and last slide index that get a dot.
 */
export function dotWindow(index: number, count: number, max: number): { first: number; last: number } {
  if (count <= max) return { first: 0, last: Math.max(0, count - 1) };
  const first = Math.min(count - max, Math.max(0, index - Math.floor(max / 2)));
  return { first, last: first + max - 1 };
}
