/**
 * CPU accounting of child processes (bench/cpu.ts): the /proc stat line is read past a command name
 * holding spaces and ")", and the CPU a child (and its own child) burned is counted once they exit.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuSnapshot, measureCpu, parseProcStat } from './cpu';

describe('parseProcStat', () => {
  it('reads utime, stime, cutime and cstime (fields 14-17), whatever the command name holds', () => {
    // A real line's layout: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    const tail = 'S 1 2 3 0 -1 4194560 1500 2500 3 4 1234 56 7890 12 20 0 9 0 100';
    expect(parseProcStat(`4242 (node) ${tail}`)).toEqual({ utime: 1234, stime: 56, cutime: 7890, cstime: 12 });
    expect(parseProcStat(`4242 (my prog) (x) ${tail}`)).toEqual({ utime: 1234, stime: 56, cutime: 7890, cstime: 12 });
    expect(() => parseProcStat('garbage')).toThrow();
    expect(() => parseProcStat('1 (x) S 1 2')).toThrow();
  });
});

/** Runs `bash -c 'node -e <burn>'` (a grandchild burning ~0.3 s of CPU) and returns the CPU seconds it says it used. */
function burnInGrandchild(): Promise<number> {
  const burn = 'const s=process.cpuUsage();while(process.cpuUsage(s).user<300000);const u=process.cpuUsage();console.log((u.user+u.system)/1e6)';
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `"${process.execPath}" -e '${burn}'`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`exit ${code}`))));
  });
}

describe.runIf(process.platform === 'linux')('measureCpu', () => {
  it('counts the CPU time of a grandchild once it has exited, and not the parent’s when told not to', async () => {
    const measured = await measureCpu(burnInGrandchild, { self: false, children: true });
    expect(measured.childrenCounted).toBe(true);
    expect(measured.result).toBeGreaterThanOrEqual(0.3);
    // At least what the grandchild measured of itself, to the clock tick (10 ms) either side.
    expect(measured.childrenS!).toBeGreaterThanOrEqual(measured.result - 0.02);
    expect(measured.selfS).toBe(0);
    expect(measured.cpuS).toBe(measured.childrenS);
  });

  it('counts this process’s own work in selfS', async () => {
    const measured = await measureCpu(async () => {
      const start = process.cpuUsage();
      while (process.cpuUsage(start).user < 100_000);
    });
    expect(measured.selfS).toBeGreaterThanOrEqual(0.1);
    expect(measured.cpuS).toBeGreaterThanOrEqual(measured.selfS);
    expect(cpuSnapshot().children).not.toBeNull();
  });
});
