/**
 * How busy the machine was during a bench run, so two runs can be compared (bench/README.md,
 * "Reading a run"):
 *
 * - the 1-, 5- and 15-minute load averages at the start and at the end of the run, and the CPU count;
 * - two yardsticks timed in the same run, at its start and at its end: a fixed sharp JPEG encode of
 *   a generated 2000x2000 picture (native code on libvips' threads, like exports and imports) and a
 *   fixed pure-JS loop (one thread, like the editor's main thread). Each is the median of several
 *   runs; the run's yardstick is the median of the start and end samples together.
 *
 * A busy or slower machine makes the yardsticks longer in proportion, so a budget's value divided
 * by the yardstick ("per yardstick") is what to compare between two runs.
 */
import os from 'node:os';
import sharp from 'sharp';
import { noisyPixels } from '../electron/services/preflight/testImages';

export type LoadAverages = [number, number, number];

export interface YardstickSample {
  /** Milliseconds of each sharp encode (2000x2000 RGB, grainy gradient -> JPEG quality 80). */
  sharpMs: number[];
  /** Milliseconds of each pure-JS loop (fixed integer work, one thread). */
  jsMs: number[];
}

export interface MachineContext {
  /** ISO time the run started. */
  startedAt: string;
  cpus: number;
  cpuModel: string;
  /** os.loadavg() when the run started and when it ended. */
  loadStart: LoadAverages;
  loadEnd: LoadAverages;
  /** Median of all samples (start and end) of each yardstick, in ms. */
  yardstick: { sharpMs: number; jsMs: number; start: { sharpMs: number; jsMs: number }; end: { sharpMs: number; jsMs: number } };
}

const SIZE = 2000;
const RUNS = 7;
const JS_ITERATIONS = 40_000_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function loadAverages(): LoadAverages {
  const [one, five, fifteen] = os.loadavg();
  return [one, five, fifteen].map((v) => Math.round(v * 100) / 100) as LoadAverages;
}

let pixels: { data: Buffer; channels: 3 | 4 } | null = null;

/** A fixed amount of integer work the JIT cannot skip (the result is returned and checked). */
function jsLoop(): number {
  let hash = 2166136261;
  for (let i = 0; i < JS_ITERATIONS; i++) {
    hash ^= i & 0xff;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

/** Times both yardsticks RUNS times each, after untimed warm-ups (the loop's first runs are not yet optimised). */
export async function sampleYardstick(): Promise<YardstickSample> {
  pixels ??= noisyPixels(SIZE, SIZE, { seed: 7, noise: 60 });
  const { data, channels } = pixels;
  const encode = () => sharp(data, { raw: { width: SIZE, height: SIZE, channels } }).jpeg({ quality: 80 }).toBuffer();
  await encode();
  let sink = jsLoop() ^ jsLoop();
  const sample: YardstickSample = { sharpMs: [], jsMs: [] };
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await encode();
    sample.sharpMs.push(performance.now() - start);
    start = performance.now();
    sink ^= jsLoop();
    sample.jsMs.push(performance.now() - start);
  }
  if (sink === 0.5) console.log(sink); // never true: keeps the loop's result alive
  return sample;
}

export function machineContext(startedAt: Date, loadStart: LoadAverages, start: YardstickSample, end: YardstickSample, loadEnd: LoadAverages): MachineContext {
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    startedAt: startedAt.toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    loadStart,
    loadEnd,
    yardstick: {
      sharpMs: round(median([...start.sharpMs, ...end.sharpMs])),
      jsMs: round(median([...start.jsMs, ...end.jsMs])),
      start: { sharpMs: round(median(start.sharpMs)), jsMs: round(median(start.jsMs)) },
      end: { sharpMs: round(median(end.sharpMs)), jsMs: round(median(end.jsMs)) },
    },
  };
}

/**
 * A value in yardsticks: a duration divided by the sharp yardstick (how many yardsticks long), a
 * rate multiplied by it (how many per yardstick). Either way a machine twice as slow or twice as
 * busy gives about the same number.
 */
export function perYardstick(value: number, unit: string, yardstickMs: number): number {
  return unit === 'ms' ? value / yardstickMs : value * (yardstickMs / 1000);
}

export function describeMachine(context: MachineContext): string {
  const load = (l: LoadAverages) => l.map((v) => v.toFixed(2)).join(' / ');
  const y = context.yardstick;
  return [
    `machine: ${context.cpus} CPUs (${context.cpuModel}); load average 1 / 5 / 15 min: start ${load(context.loadStart)}, end ${load(context.loadEnd)}`,
    `yardstick: sharp encode ${y.sharpMs.toFixed(1)} ms (start ${y.start.sharpMs.toFixed(1)}, end ${y.end.sharpMs.toFixed(1)}), JS loop ${y.jsMs.toFixed(1)} ms (start ${y.start.jsMs.toFixed(1)}, end ${y.end.jsMs.toFixed(1)})`,
  ].join('\n');
}
