/**
 * CPU time of work that runs partly in child processes (ffmpeg, editly), for the video benchmarks
 * (bench/README.md, video-reel).
 *
 * `process.cpuUsage()` counts this process's threads only. A child's CPU time is added to its
 * parent's `cutime`/`cstime` (fields 16 and 17 of /proc/self/stat, in clock ticks) when the parent
 * reaps it, and a child's own reaped children are added to the child first: Node reaps every
 * child it spawns as soon as it exits, so the growth of those two fields across a piece of work is
 * the CPU time of all the processes it started that have ended, grandchildren included (what
 * `/usr/bin/time` reports for a command). So a measure = this process's own CPU time (all its
 * threads) + the growth of cutime + cstime, taken when every child has exited.
 * Linux only (where the benchmarks run); elsewhere the children are not counted and `childrenCounted` is false.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcStatTimes {
  /** This process, in clock ticks. */
  utime: number;
  stime: number;
  /** Its reaped children (and theirs), in clock ticks. */
  cutime: number;
  cstime: number;
}

/**
 * The CPU fields of a /proc/<pid>/stat line. The second field, the command name in parentheses,
 * may hold spaces and ")", so fields are counted from the last ")".
 */
export function parseProcStat(line: string): ProcStatTimes {
  const close = line.lastIndexOf(')');
  if (close < 0) throw new Error(`not a /proc stat line: ${line.slice(0, 80)}`);
  // Field 3 (state) is the first after the name; fields 14-17 are utime, stime, cutime, cstime.
  const fields = line.slice(close + 2).trim().split(/\s+/);
  const at = (field: number) => {
    const value = Number(fields[field - 3]);
    if (!Number.isFinite(value)) throw new Error(`/proc stat field ${field} is not a number: ${line.slice(0, 80)}`);
    return value;
  };
  return { utime: at(14), stime: at(15), cutime: at(16), cstime: at(17) };
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** Seconds of CPU used so far by this process (all threads) and by its ended children. */
export function cpuSnapshot(): { self: number; children: number | null } {
  const usage = process.cpuUsage();
  const self = (usage.user + usage.system) / 1e6;
  try {
    const stat = parseProcStat(readFileSync('/proc/self/stat', 'utf8'));
    return { self, children: (stat.cutime + stat.cstime) / clockTicks() };
  } catch {
    return { self, children: null };
  }
}

export interface CpuMeasure<T> {
  result: T;
  wallS: number;
  /** CPU seconds of this process during the work. */
  selfS: number;
  /** CPU seconds of the child processes the work started (and theirs), null where they cannot be read. */
  childrenS: number | null;
  /** selfS + childrenS (selfS alone where children cannot be read). */
  cpuS: number;
  childrenCounted: boolean;
}

/** Runs `work` and measures its wall time and CPU time (see above). Call it with no other work in flight. */
export async function measureCpu<T>(work: () => Promise<T>, options: { children: boolean; self: boolean } = { children: true, self: true }): Promise<CpuMeasure<T>> {
  const before = cpuSnapshot();
  const start = performance.now();
  const result = await work();
  const wallS = (performance.now() - start) / 1000;
  const after = cpuSnapshot();
  const selfS = options.self ? after.self - before.self : 0;
  const childrenS = options.children && after.children !== null && before.children !== null ? after.children - before.children : options.children ? null : 0;
  return { result, wallS, selfS, childrenS, cpuS: selfS + (childrenS ?? 0), childrenCounted: childrenS !== null };
}
