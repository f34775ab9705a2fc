/**
 * One run of ffprobe or ffmpeg with a hard time limit. No shell (arguments are an array), output
 * capped, and on timeout the process is killed with SIGKILL: a hostile file may make a demuxer
 * spin, and an import must end with an answer (EXP-06: no hang).
 */
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

export class RunTimeout extends Error {
  constructor(readonly program: string, readonly timeoutMs: number) {
    super(`${program} did not finish within ${timeoutMs / 1000} s`);
    this.name = 'RunTimeout';
  }
}

export function runTool(program: string, args: readonly string[], options: { timeoutMs: number; maxStdout?: number }): Promise<RunResult> {
  const maxStdout = options.maxStdout ?? 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new RunTimeout(program, options.timeoutMs)));
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxStdout) {
        child.kill('SIGKILL');
        finish(() => reject(new Error(`${program} wrote more than ${maxStdout} bytes`)));
        return;
      }
      out.push(chunk);
    });
    // Only the tail matters for a message; keep memory bounded on chatty failures.
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString('utf8')).slice(-8192);
    });
    child.on('error', (error) => finish(() => reject(error)));
    child.on('close', (code) => finish(() => resolve({ code, stdout: Buffer.concat(out), stderr: err })));
  });
}
