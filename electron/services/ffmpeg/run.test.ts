/**
 * The runner against the real ffmpeg (Debian's on the build machines) and small shell scripts that
 * misbehave on purpose: progress with a looped input (EXP-04), cancel that leaves a playable file
 * or none and no process (EXP-01), timeouts, exit codes, hostile file names (EXP-05).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { ffmpegInputArgs } from './args';
import { findOnPath, locateFfprobe } from './locate';
import { debugLogger, FfmpegFailure, FfmpegTimeout, runFfmpeg, runFfprobe, setRunLogger, type FfmpegProgress, type RunLogEntry } from './run';

const FFMPEG = findOnPath('ffmpeg');
const FFPROBE = locateFfprobe(FFMPEG);
const describeReal = describe.skipIf(!FFMPEG || !FFPROBE);

let tmp: string;
let picture: string;
const file = (name: string) => path.join(tmp, name);
function script(name: string, body: string): string {
  const target = file(name);
  writeFileSync(target, `#!/bin/sh\n${body}\n`);
  chmodSync(target, 0o755);
  return target;
}

/** Every log entry of the runs in one test. */
let logged: RunLogEntry[] = [];
beforeAll(() => {
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'affiche-run-')));
  if (FFMPEG) {
    picture = file('picture.png');
    execFileSync(FFMPEG, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=1280x720', '-frames:v', '1', picture]);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  setRunLogger((entry) => logged.push(entry));
  return () => setRunLogger(null);
});
afterEach(() => {
  logged = [];
});

function processGone(pid: number | undefined): boolean {
  expect(pid, 'the run was started').toBeTypeOf('number');
  try {
    process.kill(pid!, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
const startOf = (line?: string) => logged.find((e) => e.event === 'start' && (line === undefined || e.commandLine === line));
const endOf = () => logged.find((e) => e.event !== 'start');

/**
 * `-loop 1 -i picture.png -t <seconds>` encoded to H.264 at 30 fps, 640x360. Moving grain makes
 * every frame different, so the encode takes a few seconds like a real one (a still repeated is
 * almost free to encode).
 */
function loopedEncode(out: string, seconds: number, input = picture): string[] {
  const encode = ['-vf', 'scale=640:360,noise=alls=20:allf=t', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-r', '30'];
  return ['-hide_banner', '-v', 'error', '-y', ...ffmpegInputArgs(input, ['-loop', '1']), '-t', String(seconds), ...encode, out];
}

/** ffprobe reads it and a full decode with -xerror exits 0 (EXP-03's validity check). */
function playable(video: string): { probed: boolean; decoded: boolean; seconds: number } {
  const probe = spawnSync(FFPROBE!, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', video], { encoding: 'utf8' });
  const decode = spawnSync(FFMPEG!, ['-v', 'error', '-xerror', '-i', video, '-f', 'null', '-'], { encoding: 'utf8' });
  return { probed: probe.status === 0, decoded: decode.status === 0, seconds: Number(probe.stdout.trim()) };
}

describeReal('progress (EXP-04)', () => {
  it('a looped picture to a 4 s MP4: monotonic, 1 exactly once at the end, at least one update per second', async () => {
    const updates: FfmpegProgress[] = [];
    const started = Date.now();
    const result = await runFfmpeg(loopedEncode(file('looped.mp4'), 4), { durationMs: 4000, timeoutMs: 120_000, onProgress: (p) => updates.push(p) });
    const elapsedSeconds = (Date.now() - started) / 1000;

    const fractions = updates.map((u) => u.fraction);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(fractions.filter((f) => f === 1)).toHaveLength(1);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.some((f) => f > 0 && f < 1), 'intermediate progress').toBe(true);
    expect(updates.length).toBeGreaterThanOrEqual(Math.floor(elapsedSeconds));
    expect(updates.some((u) => u.speed !== undefined && u.outTimeMs !== undefined && u.frame !== undefined)).toBe(true);
    // -progress takes stdout; the command line logged says so, for a user to reproduce.
    expect(result.stdout.length).toBe(0);
    expect(result.commandLine).toMatch(/^\S+ffmpeg -progress pipe:1 -nostats -hide_banner/);
    const check = playable(file('looped.mp4'));
    expect(check).toMatchObject({ probed: true, decoded: true });
    expect(Math.abs(check.seconds - 4)).toBeLessThan(0.1);
  });

  it('the installed ffmpeg writes what the parser expects (out_time_ms in microseconds, progress=end last)', () => {
    const out = spawnSync(FFMPEG!, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x64:rate=25', '-t', '1', '-progress', 'pipe:1', '-nostats', '-f', 'null', '-'], {
      encoding: 'utf8',
    });
    const blocks = out.stdout.trim().split(/(?<=^progress=\w+)\n/m);
    expect(blocks.at(-1)).toMatch(/progress=end$/);
    for (const block of blocks) {
      const us = /^out_time_us=(.*)$/m.exec(block)?.[1];
      expect(/^out_time_ms=(.*)$/m.exec(block)?.[1]).toBe(us);
      expect(block).toMatch(/^out_time=-?\d+:\d\d:\d\d\.\d+$/m);
      expect(block).toMatch(/^speed=/m);
    }
  });
});

describeReal('cancel (EXP-01)', () => {
  it('mid-encode: q is sent, ffmpeg finishes the file and exits by itself, the run rejects as cancelled, no process is left', async () => {
    const out = file('cancelled.mp4');
    const controller = new AbortController();
    const reason = new Error('cancelled by the test');
    const updates: FfmpegProgress[] = [];
    const run = runFfmpeg(loopedEncode(out, 600), {
      durationMs: 600_000,
      timeoutMs: 120_000,
      signal: controller.signal,
      graceMs: 30_000,
      onProgress: (p) => {
        updates.push(p);
        if ((p.outTimeMs ?? 0) > 500) controller.abort(reason);
      },
    });
    await expect(run).rejects.toBe(reason);

    const end = endOf();
    // Stopped by `q` (exit 0, no signal), not by the kill at the end of the grace period.
    expect(end).toMatchObject({ event: 'cancelled', exitCode: 0, signal: null });
    expect(processGone(startOf()?.pid)).toBe(true);
    expect(updates.every((u) => u.fraction < 1)).toBe(true);
    // ffmpeg wrote its index on `q`: the part encoded before the cancel plays to the end.
    const check = playable(out);
    expect(check).toMatchObject({ probed: true, decoded: true });
    expect(check.seconds).toBeGreaterThan(0.5);
  });

  it('rejects with an AbortError when the signal has no reason of its own', async () => {
    const controller = new AbortController();
    const run = runFfmpeg(loopedEncode(file('cancelled-2.mp4'), 600), {
      timeoutMs: 120_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(processGone(startOf()?.pid)).toBe(true);
  });

  it('an abort before the start spawns nothing', async () => {
    const marker = file('started.txt');
    const fake = script('marker-ffmpeg', `echo started > "${marker}"`);
    const controller = new AbortController();
    controller.abort('gone');
    await expect(runFfmpeg(['-version'], { binary: fake, timeoutMs: 5000, signal: controller.signal })).rejects.toBe('gone');
    expect(existsSync(marker)).toBe(false);
    expect(logged).toEqual([]);
  });

  it('an ffmpeg that ignores q is killed after the grace period', async () => {
    const got = file('stdin.txt');
    // Reads what the runner sends, then goes on as if nothing happened.
    const fake = script('deaf-ffmpeg', `trap '' INT TERM\nhead -c 1 > "${got}"\nexec sleep 30`);
    const controller = new AbortController();
    const graceMs = 300;
    setRunLogger((entry) => {
      logged.push(entry);
      if (entry.event === 'start') setTimeout(() => controller.abort(), 50);
    });
    try {
      let abortedAt = 0;
      controller.signal.addEventListener('abort', () => (abortedAt = Date.now()));
      await expect(runFfmpeg(['-hide_banner'], { binary: fake, timeoutMs: 60_000, signal: controller.signal, graceMs })).rejects.toMatchObject({ name: 'AbortError' });
      expect(Date.now() - abortedAt).toBeGreaterThanOrEqual(graceMs);
    } finally {
      setRunLogger((entry) => logged.push(entry));
    }
    expect(readFileSync(got, 'utf8')).toBe('q');
    expect(endOf()).toMatchObject({ event: 'cancelled', signal: 'SIGKILL' });
    expect(processGone(startOf()?.pid)).toBe(true);
  });

  it('ffprobe, and ffmpeg told -nostdin, are killed at once (they cannot hear q)', async () => {
    const fake = script('hanging-tool', `trap '' INT TERM\nexec sleep 30`);
    for (const run of [
      (signal: AbortSignal) => runFfprobe(['-v', 'error'], { binary: fake, timeoutMs: 60_000, signal, graceMs: 60_000 }),
      (signal: AbortSignal) => runFfmpeg(['-nostdin'], { binary: fake, timeoutMs: 60_000, signal, graceMs: 60_000 }),
    ]) {
      logged = [];
      const controller = new AbortController();
      const pending = run(controller.signal);
      controller.abort();
      // Settles long before the 60 s grace period would end: the test timeout would catch it.
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      expect(endOf()).toMatchObject({ event: 'cancelled', signal: 'SIGKILL' });
      expect(processGone(startOf()?.pid)).toBe(true);
    }
  });
});

describe('failures', () => {
  it('a timeout kills a hanging program and says how to reproduce the run', async () => {
    const fake = script('hanging-ffmpeg', 'exec sleep 30');
    const error = await runFfmpeg(ffmpegInputArgs('in put.mp4'), { binary: fake, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegTimeout);
    const timeout = error as FfmpegTimeout;
    expect(timeout.timeoutMs).toBe(300);
    expect(timeout.commandLine).toBe(`${fake} -protocol_whitelist file,pipe -i 'in put.mp4'`);
    expect(timeout.message).toBe(`${fake} did not finish within 0.3 s and was stopped. To reproduce: ${timeout.commandLine}`);
    expect(formatMessage(timeout.detail, 'fr')).toBe(`${fake} n’a pas terminé en 0,3\u00a0s et a été arrêté. Pour reproduire\u00a0: ${timeout.commandLine}`);
    expect(endOf()).toMatchObject({ event: 'timeout', signal: 'SIGKILL' });
    expect(processGone(startOf()?.pid)).toBe(true);
  });

  it('reports the exit code and the end of stderr', async () => {
    const fake = script('failing-ffmpeg', 'echo "first line" >&2\necho "Unknown encoder nosuch" >&2\nexit 3');
    const error = (await runFfmpeg(['-c:v', 'nosuch'], { binary: fake, timeoutMs: 10_000 }).catch((e: unknown) => e)) as FfmpegFailure;
    expect(error).toBeInstanceOf(FfmpegFailure);
    expect(error.reason).toEqual({ kind: 'exit', exitCode: 3 });
    expect([error.exitCode, error.signal]).toEqual([3, null]);
    expect(error.stderrTail).toBe('first line\nUnknown encoder nosuch\n');
    expect(error.message).toBe(`${fake} failed with exit code 3 (first line | Unknown encoder nosuch). To reproduce: ${fake} -c:v nosuch`);
    expect(formatMessage(error.detail, 'fr')).toContain('a échoué avec le code de sortie 3');
    expect(endOf()).toMatchObject({ event: 'failed', exitCode: 3 });
  });

  it('reports a program killed by a signal, and keeps only the tail of a long stderr', async () => {
    const fake = script('crashing-ffmpeg', 'i=0\nwhile [ $i -lt 2000 ]; do echo "noise line $i" >&2; i=$((i+1)); done\necho "last words" >&2\nkill -SEGV $$');
    const error = (await runFfmpeg([], { binary: fake, timeoutMs: 30_000, stderrTailBytes: 1024 }).catch((e: unknown) => e)) as FfmpegFailure;
    expect(error.reason).toEqual({ kind: 'signal', signal: 'SIGSEGV' });
    expect(error.stderrTail.length).toBeLessThanOrEqual(1024);
    expect(error.stderrTail).toMatch(/noise line 1999\nlast words\n$/);
    expect(error.message).toMatch(/was stopped by SIGSEGV \(noise line 1998 \| noise line 1999 \| last words\)/);
  });

  it('the real ffmpeg on a missing input: exit code and its own words', async () => {
    if (!FFMPEG) return;
    const missing = file('missing.mp4');
    const error = (await runFfmpeg(['-v', 'error', ...ffmpegInputArgs(missing), '-f', 'null', '-'], { binary: FFMPEG, timeoutMs: 30_000 }).catch((e: unknown) => e)) as FfmpegFailure;
    expect(error).toBeInstanceOf(FfmpegFailure);
    expect(error.exitCode).not.toBe(0);
    expect(error.exitCode).toBeTypeOf('number');
    expect(error.stderrTail).toContain('No such file or directory');
    expect(error.message).toContain(`To reproduce: ${FFMPEG} -v error -protocol_whitelist file,pipe -i ${missing} -f null -`);
  });

  it('caps stdout', async () => {
    const fake = script('chatty-ffprobe', 'yes | head -c 1000000');
    const error = (await runFfprobe([], { binary: fake, timeoutMs: 30_000, maxStdoutBytes: 1000 }).catch((e: unknown) => e)) as FfmpegFailure;
    expect(error.reason).toEqual({ kind: 'too-much-output', limitBytes: 1000 });
    expect(processGone(startOf()?.pid)).toBe(true);
  });

  it('a program that cannot start', async () => {
    const error = (await runFfprobe([], { binary: file('no-such-ffprobe'), timeoutMs: 1000 }).catch((e: unknown) => e)) as FfmpegFailure;
    expect(error.reason).toEqual({ kind: 'not-started', errno: 'ENOENT' });
  });

  it('refuses an input without -protocol_whitelist file,pipe before it, and runs nothing', async () => {
    const marker = file('unguarded.txt');
    const fake = script('unguarded-ffmpeg', `echo ran > "${marker}"`);
    const args = [...ffmpegInputArgs('a.png'), '-i', 'http://example.com/b.png', '-f', 'null', '-'];
    await expect(runFfmpeg(args, { binary: fake, timeoutMs: 1000 })).rejects.toThrow(/the input http:\/\/example.com\/b.png has no -protocol_whitelist file,pipe/);
    expect(existsSync(marker)).toBe(false);
  });

  it('an onProgress that throws stops the run with its error', async () => {
    if (!FFMPEG) return;
    const oops = new Error('oops');
    const run = runFfmpeg(loopedEncode(file('throwing.mp4'), 600), {
      timeoutMs: 60_000,
      onProgress: () => {
        throw oops;
      },
    });
    await expect(run).rejects.toBe(oops);
    expect(processGone(startOf()?.pid)).toBe(true);
  });
});

describeReal('command lines a user can paste (EXP-05 names)', () => {
  it('hostile names work, and the logged command line reproduces the run in a shell', async () => {
    const dir = file(`dir with 'quotes' "and" ;`);
    mkdirSync(dir);
    const input = path.join(dir, `-lead 'it''s' "q" ;rm -rf ~ $(id) 🎬.png`);
    const output = path.join(dir, `-out ; 'émoji' 🎬 \`id\`.mp4`);
    writeFileSync(input, readFileSync(picture));
    const result = await runFfmpeg(loopedEncode(output, 0.5, input), { binary: FFMPEG!, timeoutMs: 60_000 });
    expect(playable(output)).toMatchObject({ probed: true, decoded: true });
    expect(startOf()?.commandLine).toBe(result.commandLine);
    expect(result.commandLine).toContain(`'${input.replace(/'/g, `'\\''`)}'`);

    // Pasted into a terminal, the same command makes the same file again.
    rmSync(output);
    const again = spawnSync('/bin/sh', ['-c', result.commandLine], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(playable(output)).toMatchObject({ probed: true, decoded: true });
  });
});

describe('the default logger', () => {
  it('writes to stderr only when AFFICHE_DEBUG is set', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const saved = process.env.AFFICHE_DEBUG;
    try {
      delete process.env.AFFICHE_DEBUG;
      debugLogger({ event: 'start', commandLine: "ffmpeg -i 'a b.mp4'" });
      expect(write).not.toHaveBeenCalled();
      process.env.AFFICHE_DEBUG = '1';
      debugLogger({ event: 'start', commandLine: "ffmpeg -i 'a b.mp4'" });
      debugLogger({ event: 'failed', commandLine: 'ffmpeg -x', exitCode: 1, signal: null, elapsedMs: 12 });
      expect(write.mock.calls.map((c) => c[0])).toEqual(["[ffmpeg] start: ffmpeg -i 'a b.mp4'\n", '[ffmpeg] failed (exit 1, 12 ms): ffmpeg -x\n']);
    } finally {
      if (saved === undefined) delete process.env.AFFICHE_DEBUG;
      else process.env.AFFICHE_DEBUG = saved;
      write.mockRestore();
    }
  });
});
