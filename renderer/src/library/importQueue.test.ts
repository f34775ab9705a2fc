import { describe, expect, it } from 'vitest';
import { runImportQueue, throttle, type ImportOutcome } from './importQueue';

/** An importer whose calls finish only when the test says so. */
function controlledImporter() {
  const pending: Array<{ name: string; resolve: (o: ImportOutcome) => void; reject: (e: unknown) => void }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const started: string[] = [];
  const importOne = (name: string) =>
    new Promise<ImportOutcome>((resolve, reject) => {
      started.push(name);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => inFlight--;
      pending.push({
        name,
        resolve: (o) => (done(), resolve(o)),
        reject: (e) => (done(), reject(e)),
      });
    });
  return { importOne, pending, started, maxInFlight: () => maxInFlight };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('import queue', () => {
  it('runs at most two at a time and counts every outcome', async () => {
    const files = ['a.png', 'b.png', 'c.png', 'd.txt', 'e.png'];
    const importer = controlledImporter();
    const queue = runImportQueue(files, importer.importOne, { nameOf: (f) => f });
    const outcomes: Record<string, () => void> = {
      'a.png': () => importer.pending.find((p) => p.name === 'a.png')!.resolve({ status: 'imported', id: 'A' }),
      'b.png': () => importer.pending.find((p) => p.name === 'b.png')!.resolve({ status: 'duplicate', id: 'B' }),
      'c.png': () => importer.pending.find((p) => p.name === 'c.png')!.resolve({ status: 'imported', id: 'C' }),
      'd.txt': () => importer.pending.find((p) => p.name === 'd.txt')!.reject(new Error('not a file Affiche can import')),
      'e.png': () => importer.pending.find((p) => p.name === 'e.png')!.resolve({ status: 'imported', id: 'E' }),
    };
    await tick();
    expect(importer.started).toEqual(['a.png', 'b.png']);
    for (const name of files) {
      outcomes[name]();
      await tick();
    }
    const result = await queue.done;
    expect(importer.maxInFlight()).toBe(2);
    expect(result).toMatchObject({ total: 5, done: 5, imported: 3, duplicates: 1, cancelled: false, finished: true });
    expect(result.refused).toEqual([{ name: 'd.txt', reason: 'not a file Affiche can import' }]);
    expect(result.importedIds).toEqual(['A', 'C', 'E']);
    expect(result.duplicateNames).toEqual(['b.png']);
  });

  it('cancel stops the files not started; the ones in flight still finish', async () => {
    const files = Array.from({ length: 60 }, (_, i) => `f${i}.png`);
    const importer = controlledImporter();
    const queue = runImportQueue(files, importer.importOne, { nameOf: (f) => f });
    await tick();
    importer.pending[0].resolve({ status: 'imported', id: 'x0' });
    await tick();
    expect(importer.started).toHaveLength(3);
    queue.cancel();
    for (const p of importer.pending.slice(1)) p.resolve({ status: 'imported', id: p.name });
    const result = await queue.done;
    expect(importer.started).toHaveLength(3);
    expect(result).toMatchObject({ total: 60, done: 3, imported: 3, cancelled: true, finished: true });
  });

  it('an empty list finishes at once', async () => {
    const result = await runImportQueue([], async () => ({ status: 'imported', id: 'x' }), { nameOf: String }).done;
    expect(result).toMatchObject({ total: 0, done: 0, finished: true, cancelled: false });
  });
});

describe('throttle', () => {
  function fakeTimers() {
    let now = 0;
    const timers: Array<{ at: number; cb: () => void; id: number }> = [];
    let nextId = 1;
    return {
      now: () => now,
      setTimeout: (cb: () => void, ms: number) => {
        const id = nextId++;
        timers.push({ at: now + ms, cb, id });
        return id;
      },
      clearTimeout: (id: unknown) => {
        const i = timers.findIndex((t) => t.id === id);
        if (i >= 0) timers.splice(i, 1);
      },
      advance(ms: number) {
        now += ms;
        for (const t of timers.filter((t) => t.at <= now)) {
          timers.splice(timers.indexOf(t), 1);
          t.cb();
        }
      },
    };
  }

  it('delivers the first value at once, then at most one per interval, and the last one always', () => {
    const timers = fakeTimers();
    const seen: number[] = [];
    const th = throttle((v: number) => seen.push(v), 100, timers);
    for (let i = 1; i <= 1000; i++) {
      th.call(i);
      timers.advance(1);
    }
    timers.advance(200);
    // 1,000 calls over one second: about ten deliveries, ending with the last value.
    expect(seen.length).toBeLessThanOrEqual(12);
    expect(seen[0]).toBe(1);
    expect(seen[seen.length - 1]).toBe(1000);
  });

  it('flush delivers the pending value now; cancel drops it', () => {
    const timers = fakeTimers();
    const seen: string[] = [];
    const th = throttle((v: string) => seen.push(v), 100, timers);
    th.call('a');
    th.call('b');
    th.flush();
    th.call('c');
    th.cancel();
    timers.advance(500);
    expect(seen).toEqual(['a', 'b']);
  });
});
