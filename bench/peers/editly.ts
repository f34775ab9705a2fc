/**
 * The editly peer of the video-reel benchmark (bench/README.md): runs ./editly-reel.sh, which
 * installs editly 0.14.2 in a scratch folder outside the repository (first run only) and renders
 * the benchmark reel with Affiche's x264 settings, and reads what it prints. When editly cannot be
 * installed or run here, the result says why: the benchmark then reports B as unavailable, never a
 * made-up figure.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const EDITLY_VERSION = '0.14.2';

/** Where editly is installed: AFFICHE_BENCH_PEERS, else a folder in the system's temp directory. */
export function editlyWorkDir(): string {
  return path.join(process.env.AFFICHE_BENCH_PEERS || path.join(os.tmpdir(), 'affiche-bench-peers'), `editly-${EDITLY_VERSION}`);
}

/** The script's last line: `editly_wall_s <s> editly_cpu_s <s>`; null when absent or not numbers. */
export function parseEditlyOutput(stdout: string): { wallS: number; cpuS: number } | null {
  const lines = stdout.trim().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = /^editly_wall_s\s+(\S+)\s+editly_cpu_s\s+(\S+)\s*$/.exec(lines[i].trim());
    if (!match) continue;
    const [wallS, cpuS] = [Number(match[1]), Number(match[2])];
    return Number.isFinite(wallS) && Number.isFinite(cpuS) && wallS >= 0 && cpuS >= 0 ? { wallS, cpuS } : null;
  }
  return null;
}

export type EditlyRun = { ok: true; wallS: number; cpuS: number; output: string } | { ok: false; reason: string };

/** The reel's media as editly reads them, written into the work folder. */
export interface EditlyMedia {
  photoA: Uint8Array;
  photoB: Uint8Array;
  logo: Uint8Array;
  music: Uint8Array;
}

/** Why a failed run failed, in one line: the script's own message and the end of its log. */
async function failure(code: number | null, stderr: string, workDir: string): Promise<string> {
  const log = code === 2 ? 'install.log' : code === 3 ? 'run.log' : null;
  const tail = log ? (await readFile(path.join(workDir, log), 'utf8').catch(() => '')).trim().split('\n').slice(-3).join(' | ') : '';
  return [stderr.trim().split('\n').slice(-1)[0] || `editly-reel.sh exited with ${code}`, tail].filter(Boolean).join(': ').slice(0, 400);
}

/** One render of the reel by editly (installs it first when missing: that run takes minutes). */
export async function runEditlyReel(media: EditlyMedia, font: string, workDir = editlyWorkDir()): Promise<EditlyRun> {
  await mkdir(workDir, { recursive: true });
  await Promise.all([
    writeFile(path.join(workDir, 'photoA.jpg'), media.photoA),
    writeFile(path.join(workDir, 'photoB.jpg'), media.photoB),
    writeFile(path.join(workDir, 'logo.png'), media.logo),
    writeFile(path.join(workDir, 'music.m4a'), media.music),
  ]);
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('bash', [path.join(here, 'editly-reel.sh'), workDir, font], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('error', (error) => resolve({ code: null, stdout: out, stderr: String(error) }));
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
  });
  if (code !== 0) return { ok: false, reason: await failure(code, stderr, workDir) };
  const parsed = parseEditlyOutput(stdout);
  if (!parsed) return { ok: false, reason: `editly-reel.sh printed no timing line: ${stdout.trim().slice(-200)}` };
  const output = path.join(workDir, 'out.mp4');
  if (!existsSync(output)) return { ok: false, reason: 'editly reported success but wrote no out.mp4' };
  return { ok: true, ...parsed, output };
}
