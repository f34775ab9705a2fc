/**
 * The job runner's promises (EXP-01, EXP-04): progress never goes back and reaches 1 exactly once,
 * in the last event of a job that succeeded; at least one event a second; a cancelled, failed or
 * closed job leaves nothing at its destinations; cancelled is never reported as failed.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JobProgress, JobSummary } from '../../../core/api';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';
import { Journal } from '../staging/journal';
import { JobRunner, type JobContext } from './runner';

type Event = { name: 'job.progress'; payload: JobProgress } | { name: 'job.done'; payload: JobSummary };

function setup(options: { heartbeatMs?: number; throttleMs?: number } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-runner-'));
  const journal = new Journal(path.join(dir, 'journal'));
  const events: Event[] = [];
  const runner = new JobRunner({ journal, emit: (name, payload) => events.push({ name, payload } as Event), logError: () => undefined, ...options });
  return { dir, journal, events, runner };
}

const title = msg('archive.title.import');
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A job that waits for its signal (a long step that stops when cancelled). */
function untilCancelled(ctx: JobContext): Promise<never> {
  return new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('stopped'))));
}

describe('job runner', () => {
  it('progress is monotonic, stays below 1 while running, and reaches 1 exactly once, last', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.double({ min: -1, max: 2, noNaN: false }), fc.constant(1), fc.constant(Number.NaN)), { maxLength: 40 }), async (updates) => {
        const { runner, events } = setup({ throttleMs: 0 });
        const job = runner.start({
          type: 'library.importArchive',
          title,
          async run(ctx) {
            for (const fraction of updates) {
              ctx.progress({ fraction, stage: msg('job.cancelled') });
              await tick();
            }
            return 'ok';
          },
        });
        const done = await runner.settled(job.id);
        expect(done.status).toBe('done');
        const fractions = events.filter((e) => e.name === 'job.progress').map((e) => e.payload.fraction);
        for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
        expect(fractions.filter((f) => f === 1)).toHaveLength(1);
        expect(fractions.at(-1)).toBe(1);
        expect(events.at(-1)).toMatchObject({ name: 'job.done', payload: { status: 'done', fraction: 1, result: 'ok' } });
        await runner.close();
      }),
      { numRuns: 60 },
    );
  });

  it('sends its state at least once a second, with a time left once it can tell', async () => {
    const { runner, events } = setup({ heartbeatMs: 200 });
    const job = runner.start({
      type: 'library.importArchive',
      title,
      async run(ctx) {
        ctx.progress({ fraction: 0.1 });
        await new Promise((resolve) => setTimeout(resolve, 1300));
        return null;
      },
    });
    await runner.settled(job.id);
    const progress = events.filter((e) => e.name === 'job.progress');
    expect(progress.length).toBeGreaterThanOrEqual(6);
    expect(progress.some((e) => e.name === 'job.progress' && typeof e.payload.etaMs === 'number' && e.payload.etaMs > 0)).toBe(true);
    await runner.close();
  });

  it('a cancelled job ends cancelled, never 1, and what it wrote beside its destination is gone', async () => {
    const { runner, events, dir, journal } = setup();
    const final = path.join(dir, 'export.zip');
    let halfway!: () => void;
    const halfWritten = new Promise<void>((resolve) => (halfway = resolve));
    const job = runner.start({
      type: 'library.exportArchive',
      title,
      async run(ctx) {
        writeFileSync(await ctx.outputs.create(final), 'half a zip');
        ctx.progress({ fraction: 0.5 });
        halfway();
        return untilCancelled(ctx);
      },
    });
    // Cancelled once it has written half (not after a fixed delay: a loaded machine may not be there yet).
    await halfWritten;
    expect(readdirSync(dir).some((name) => name.endsWith('.partial'))).toBe(true);
    runner.cancel(job.id);
    const done = await runner.settled(job.id);
    expect(done).toMatchObject({ status: 'cancelled', stage: { key: 'job.cancelled' } });
    expect(done.error).toBeUndefined();
    expect(existsSync(final)).toBe(false);
    expect(readdirSync(dir).filter((name) => name !== 'journal')).toEqual([]);
    expect(await journal.sweep()).toEqual([]);
    expect(events.filter((e) => e.name === 'job.progress').every((e) => e.payload.fraction < 1)).toBe(true);
    await runner.close();
  });

  it('a job that finishes after being cancelled still ends cancelled, and nothing is renamed into place', async () => {
    const { runner, dir } = setup();
    const final = path.join(dir, 'late.png');
    const job = runner.start({
      type: 'designs.exportImages',
      title,
      async run(ctx) {
        writeFileSync(await ctx.outputs.create(final), 'pixels');
        await new Promise((resolve) => setTimeout(resolve, 50)); // ignores the signal
        return 'finished anyway';
      },
    });
    await tick();
    runner.cancel(job.id);
    expect((await runner.settled(job.id)).status).toBe('cancelled');
    expect(existsSync(final)).toBe(false);
    await runner.close();
  });

  it('a failing job says why with a message key, and leaves nothing either', async () => {
    const { runner, dir } = setup();
    const final = path.join(dir, 'x.zip');
    const job = runner.start({
      type: 'library.exportArchive',
      title,
      async run(ctx) {
        writeFileSync(await ctx.outputs.create(final), 'x');
        throw new UserError('bad-file', msg('staging.notFound'));
      },
    });
    const done = await runner.settled(job.id);
    expect(done).toMatchObject({ status: 'failed', error: { code: 'bad-file', key: 'staging.notFound' } });
    expect(readdirSync(dir).filter((name) => name !== 'journal')).toEqual([]);
    await runner.close();
  });

  it('a job that succeeds renames its files into place, all together', async () => {
    const { runner, dir } = setup();
    const job = runner.start({
      type: 'designs.exportImages',
      title,
      async run(ctx) {
        for (const name of ['a.png', 'b.png']) writeFileSync(await ctx.outputs.create(path.join(dir, name)), name);
        expect(readdirSync(dir).filter((n) => n.endsWith('.png'))).toEqual([]);
        return null;
      },
    });
    expect((await runner.settled(job.id)).status).toBe('done');
    expect(readdirSync(dir).filter((n) => n !== 'journal').sort()).toEqual(['a.png', 'b.png']);
    expect(runner.writtenPaths(job.id)).toEqual([path.join(dir, 'a.png'), path.join(dir, 'b.png')]);
    await runner.close();
  });

  it('lists running and finished jobs, dismisses finished ones only, and close() cancels what runs', async () => {
    const { runner, dir } = setup();
    const quick = runner.start({ type: 'library.exportArchive', title, run: async () => 1 });
    const slow = runner.start({
      type: 'library.exportArchive',
      title,
      async run(ctx) {
        writeFileSync(await ctx.outputs.create(path.join(dir, 'slow.zip')), 'x');
        return untilCancelled(ctx);
      },
    });
    await runner.settled(quick.id);
    expect(runner.list().map((j) => [j.id, j.status])).toEqual([
      [quick.id, 'done'],
      [slow.id, 'running'],
    ]);
    expect(() => runner.dismiss(slow.id)).toThrow(UserError);
    runner.dismiss(quick.id);
    expect(runner.list().map((j) => j.id)).toEqual([slow.id]);
    await runner.close();
    expect(runner.get(slow.id).status).toBe('cancelled');
    expect(existsSync(path.join(dir, 'slow.zip'))).toBe(false);
    expect(() => runner.start({ type: 'library.exportArchive', title, run: async () => 1 })).toThrow(UserError);
  });
});
