/**
 * When design thumbnails are drawn (thumbnails.ts), on a fake clock: at most `quietMs` after the
 * last save, at least every `maxWaitMs` while saves keep coming, one render at a time, each design
 * at most once in line.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRenderScheduler, THUMBNAIL_TIMING, type ThumbnailQueue } from './thumbnails';

const { quietMs, maxWaitMs } = THUMBNAIL_TIMING;

interface Render {
  id: string;
  start: number;
  end?: number;
}

/** A scheduler whose renders take `renderMs` of the fake clock and are recorded. */
function harness(renderMs = 200, fail: (id: string) => boolean = () => false) {
  const renders: Render[] = [];
  const errors: string[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const queue: ThumbnailQueue = createRenderScheduler(
    async (id) => {
      const render: Render = { id, start: Date.now() };
      renders.push(render);
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((resolve) => setTimeout(resolve, renderMs));
      concurrent--;
      render.end = Date.now();
      if (fail(id)) throw new Error(`render of ${id} failed`);
    },
    (id) => errors.push(id),
  );
  return { queue, renders, errors, maxConcurrent: () => maxConcurrent };
}

const T0 = Date.parse('2026-01-01T00:00:00Z');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

const elapsed = () => Date.now() - T0;

describe('design thumbnail scheduling', () => {
  it('draws a design once, quietMs after its last save', async () => {
    const { queue, renders } = harness();
    queue.schedule('a');
    await vi.advanceTimersByTimeAsync(1000);
    queue.schedule('a');
    await vi.advanceTimersByTimeAsync(quietMs - 1);
    expect(renders).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(renders.map((r) => [r.id, r.start - T0])).toEqual([['a', 1000 + quietMs]]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(renders).toHaveLength(1);
  });

  it('saves every second for two minutes: a render at least every maxWaitMs, and one quietMs after the last save', async () => {
    const { queue, renders, maxConcurrent } = harness(300);
    // The old queue (quiet only) drew nothing until the saves stopped.
    for (let t = 0; t < 120_000; t += 1000) {
      queue.schedule('a');
      await vi.advanceTimersByTimeAsync(1000);
    }
    const lastSave = 119_000;
    await vi.advanceTimersByTimeAsync(10_000);
    const starts = renders.map((r) => r.start - T0);
    expect(starts[0]).toBeLessThanOrEqual(maxWaitMs);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeLessThanOrEqual(maxWaitMs + 1000);
    // The last save is drawn, within quietMs (here sooner: its run of saves reached maxWaitMs).
    expect(starts.at(-1)).toBeGreaterThan(lastSave);
    expect(starts.at(-1)).toBeLessThanOrEqual(lastSave + quietMs);
    // No pile: about one render per maxWaitMs, never two at once.
    expect(renders.length).toBeLessThanOrEqual(120_000 / maxWaitMs + 2);
    expect(maxConcurrent()).toBe(1);
  });

  it('renders slower than the saves never pile up: one at a time, each design once in line', async () => {
    const { queue, renders, maxConcurrent } = harness(4000);
    for (let t = 0; t < 60_000; t += 500) {
      for (const id of ['a', 'b', 'c']) queue.schedule(id);
      await vi.advanceTimersByTimeAsync(500);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(maxConcurrent()).toBe(1);
    // Each render starts when the previous ends: the line never holds a design twice.
    for (let i = 1; i < renders.length; i++) expect(renders[i].start).toBeGreaterThanOrEqual(renders[i - 1].end!);
    for (const id of ['a', 'b', 'c']) {
      const own = renders.filter((r) => r.id === id).map((r) => r.start);
      for (let i = 1; i < own.length; i++) expect(own[i] - own[i - 1]).toBeGreaterThanOrEqual(4000);
    }
    // Every design is drawn after its last save (at 59.5 s).
    for (const id of ['a', 'b', 'c']) expect(Math.max(...renders.filter((r) => r.id === id).map((r) => r.start - T0))).toBeGreaterThan(59_500);
    await queue.idle();
  });

  it('a new design is drawn at once (delay 0); designs are drawn in the order they came due', async () => {
    const { queue, renders } = harness(100);
    queue.schedule('new', 0);
    queue.schedule('other', 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(renders.map((r) => r.id)).toEqual(['new']);
    await vi.advanceTimersByTimeAsync(100);
    expect(renders.map((r) => [r.id, r.start - T0])).toEqual([
      ['new', 0],
      ['other', 100],
    ]);
  });

  it('a failed render is reported and the line goes on; idle resolves once all is drawn', async () => {
    const { queue, renders, errors } = harness(100, (id) => id === 'bad');
    queue.schedule('bad', 0);
    queue.schedule('good', 0);
    let idle = false;
    void queue.idle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(150);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(renders.map((r) => r.id)).toEqual(['bad', 'good']);
    expect(errors).toEqual(['bad']);
    expect(idle).toBe(true);
  });

  it('close drops what waits, lets the running render end, and schedules nothing more', async () => {
    const { queue, renders } = harness(1000);
    queue.schedule('a', 0);
    queue.schedule('b');
    await vi.advanceTimersByTimeAsync(10);
    const closed = queue.close();
    await vi.advanceTimersByTimeAsync(1000);
    await closed;
    queue.schedule('c', 0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(renders.map((r) => r.id)).toEqual(['a']);
  });

  it('for any pattern of saves: the last save is drawn within quietMs plus the renders before it, no save waits past maxWaitMs plus that, one render at a time (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Gaps mostly shorter than quietMs (an editing session), some longer (pauses).
        fc.array(
          fc.record({
            id: fc.oneof({ arbitrary: fc.constant('a'), weight: 5 }, { arbitrary: fc.constant('b'), weight: 1 }),
            gap: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 1400 }), weight: 12 }, { arbitrary: fc.integer({ min: 1500, max: 6000 }), weight: 1 }),
          }),
          { minLength: 1, maxLength: 120, size: 'max' },
        ),
        fc.integer({ min: 10, max: 1000 }),
        async (saves, renderMs) => {
          vi.setSystemTime(T0);
          const { queue, renders, maxConcurrent } = harness(renderMs);
          const saved: Array<{ id: string; at: number }> = [];
          for (const save of saves) {
            await vi.advanceTimersByTimeAsync(save.gap);
            queue.schedule(save.id);
            saved.push({ id: save.id, at: elapsed() });
          }
          await vi.advanceTimersByTimeAsync(maxWaitMs + 10 * renderMs);
          await queue.idle();
          expect(maxConcurrent()).toBe(1);
          // Each save is covered by a render that starts after it, soon enough.
          const slack = 2 * renderMs;
          for (const { id, at } of saved) {
            const cover = renders.find((r) => r.id === id && r.start - T0 >= at);
            expect(cover, `${id} saved at ${at}`).toBeDefined();
            expect(cover!.start - T0 - at).toBeLessThanOrEqual(maxWaitMs + slack);
          }
          for (const id of ['a', 'b']) {
            const last = saved.filter((s) => s.id === id).at(-1);
            if (!last) continue;
            const cover = renders.find((r) => r.id === id && r.start - T0 >= last.at)!;
            expect(cover.start - T0 - last.at).toBeLessThanOrEqual(quietMs + slack);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
