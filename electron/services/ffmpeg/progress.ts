/**
 * ffmpeg's `-progress pipe:1` output, read as data (no imports: tested without spawning anything).
 *
 * ffmpeg writes one block of `key=value` lines per report (every 0.5 s by default), each block
 * ending with `progress=continue`, and the last one with `progress=end`:
 *
 *   frame=102  fps=0.00  bitrate=N/A  out_time_us=1733398  out_time_ms=1733398
 *   out_time=00:00:01.733398  speed=3.39x  progress=continue
 *
 * What ffmpeg 5.1 really prints, and what this parser copes with:
 * - `out_time_ms` is in microseconds, like `out_time_us` (a long-standing ffmpeg bug): it is read
 *   only when the other two are missing, and read as microseconds.
 * - At the start, `out_time` can be negative (`-00:00:00.066602` when the first packets of a
 *   stream with B-frames have negative timestamps) and `speed`, `bitrate`, `total_size` are `N/A`.
 * - Progress is measured against a duration the caller knows (the output's): an input's own
 *   duration means nothing for a looped picture (`-loop 1`) or a looped clip (EXP-04).
 */

/** One report, as ffmpeg gave it; a field ffmpeg left out or wrote as `N/A` is absent. */
export interface ProgressBlock {
  /** Output time written so far, in ms (never negative: a negative start reads as 0). */
  outTimeMs?: number;
  /** Encoding speed as a multiple of real time (`speed=3.39x` -> 3.39). */
  speed?: number;
  /** Frames encoded per second. */
  fps?: number;
  /** Frames written so far. */
  frame?: number;
  /** `progress=end`: the last report of the run. */
  end: boolean;
}

/** A report measured against the known output duration. */
export interface ProgressUpdate extends Omit<ProgressBlock, 'end'> {
  /** 0..1, never going down, 1 only for the last report of a run that succeeded. */
  fraction: number;
}

/**
 * The highest fraction a report can give before the run has ended: the last reports of an encode
 * routinely stop a frame short of the duration (3.900065 s of 4 s), or pass it by a frame, so
 * "1" is kept for the end of a successful run and said exactly once.
 */
export const FRACTION_BEFORE_END = 0.999;

/** `00:01:02.500000` or `-00:00:00.066602` -> ms (negatives and junk: undefined). */
export function parseClock(text: string): number | undefined {
  const match = /^(-?)(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return undefined;
  const ms = (Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4])) * 1000;
  return match[1] === '-' ? -ms : ms;
}

/** A number, or undefined for `N/A`, empty or junk. Trailing units (`3.39x`) are allowed. */
function parseNumber(text: string | undefined, unit = ''): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const body = unit && trimmed.endsWith(unit) ? trimmed.slice(0, -unit.length).trim() : trimmed;
  if (body === '' || body === 'N/A') return undefined;
  const value = Number(body);
  return Number.isFinite(value) ? value : undefined;
}

function outTimeMs(fields: ReadonlyMap<string, string>): number | undefined {
  const us = parseNumber(fields.get('out_time_us'));
  if (us !== undefined) return us / 1000;
  const clock = fields.get('out_time');
  const fromClock = clock === undefined ? undefined : parseClock(clock);
  if (fromClock !== undefined) return fromClock;
  // Microseconds despite its name (see above).
  const msNamed = parseNumber(fields.get('out_time_ms'));
  return msNamed === undefined ? undefined : msNamed / 1000;
}

/** The lines of one block (up to and including its `progress=` line) as a ProgressBlock. */
export function parseProgressBlock(lines: readonly string[]): ProgressBlock {
  const fields = new Map<string, string>();
  for (const line of lines) {
    const equals = line.indexOf('=');
    if (equals > 0) fields.set(line.slice(0, equals).trim(), line.slice(equals + 1));
  }
  const block: ProgressBlock = { end: fields.get('progress')?.trim() === 'end' };
  const time = outTimeMs(fields);
  if (time !== undefined) block.outTimeMs = Math.max(0, time);
  const speed = parseNumber(fields.get('speed'), 'x');
  if (speed !== undefined) block.speed = speed;
  const fps = parseNumber(fields.get('fps'));
  if (fps !== undefined) block.fps = fps;
  const frame = parseNumber(fields.get('frame'));
  if (frame !== undefined) block.frame = frame;
  return block;
}

/**
 * Text arriving in chunks of any size -> complete blocks. Lines may be split across chunks, and
 * end with `\n` or `\r\n` (Windows builds).
 */
export class ProgressReader {
  private pending = '';
  private lines: string[] = [];

  push(chunk: string): ProgressBlock[] {
    const blocks: ProgressBlock[] = [];
    const parts = (this.pending + chunk).split('\n');
    this.pending = parts.pop() ?? '';
    for (const raw of parts) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === '') continue;
      this.lines.push(line);
      if (line.startsWith('progress=')) {
        blocks.push(parseProgressBlock(this.lines));
        this.lines = [];
      }
      // A stream that is not progress output must not grow without bound.
      if (this.lines.length > 200) this.lines = this.lines.slice(-100);
    }
    if (this.pending.length > 4096) this.pending = '';
    return blocks;
  }
}

/**
 * The fraction done after `block`, given the fraction already reported: out time against the
 * known duration, held below 1 until the end (FRACTION_BEFORE_END) and never going down. Without
 * a known duration it stays where it was. The end block gives 1 only when `succeeded` (a run
 * stopped with `q` also ends with `progress=end`).
 */
export function nextFraction(previous: number, block: ProgressBlock, durationMs: number | undefined, succeeded = false): number {
  if (block.end && succeeded) return 1;
  if (!durationMs || durationMs <= 0 || block.outTimeMs === undefined) return previous;
  const measured = Math.min(FRACTION_BEFORE_END, block.outTimeMs / durationMs);
  return Math.max(previous, measured);
}
