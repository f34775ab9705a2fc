/**
 * `video-reel` (bench/README.md; issue 13, Bench): the benchmark reel (assets/examples/benchmark-reel.affiche,
 * 15 s, 1080x1920, 30 fps, 3 scenes) measured in one run, CPU seconds, medians of 3:
 *
 * - A: Affiche's final export as a user runs it: the command `affiche render <file> --out DIR
 *   --quality final` (bin/affiche.mjs, a child process: bench/ may not import electron/cli), its
 *   CPU time and its ffmpeg children's (bench/cpu.ts), the command's start-up included (the note
 *   gives `affiche --help`'s, measured in the same run);
 * - C: A's frames decoded to raw yuv420p in memory (not measured), then encoded alone from a pipe
 *   with the final export's own x264 and AAC settings (core/video/graph.ts): the encoder's CPU time
 *   only, the floor any exporter pays;
 * - B: editly 0.14.2 on the same reel and media (bench/peers/editly-reel.sh).
 *
 * Budgets: A/C <= 1.5 (what composing and drawing add to the encode) and B/A >= 3. Also the CPU
 * seconds per video second of a 60 s reel (the reel's scenes four times) and a GIF of the reel
 * against X's 15 MB cap. What this build cannot run (the MP4 and GIF exports land with the video
 * export's work, editly where it cannot be installed) is reported as unavailable with the reason,
 * never as a number.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIF_LIMITS } from '../core/formats/videoLimits';
import type { Design, Element, ImageElement } from '../core/schema';
import { audioEncoderArgs, videoEncoderArgs } from '../core/video/graph';
import { videoTimeline } from '../core/video/timeline';
import { ffmpegInputArgs } from '../electron/services/ffmpeg/args';
import { locateFfmpeg } from '../electron/services/ffmpeg/locate';
import { runFfmpeg } from '../electron/services/ffmpeg/run';
import { packDesign, readPortable } from '../electron/services/portable';
import { probeVideoFile } from '../electron/services/video/probe';
import { measureCpu } from './cpu';
import type { BenchResult } from './editorFps';
import { runEditlyReel, EDITLY_VERSION } from './peers/editly';
import { median } from './stats';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REEL = path.join(repo, 'assets/examples/benchmark-reel.affiche');
const RUNS = 3;

export const VIDEO_REEL_IDS = ['video-reel-export-vs-encode', 'video-reel-editly-vs-export', 'video-reel-60s-cpu-per-video-second', 'video-reel-gif-vs-x-cap'] as const;

/** The final export's encoder settings (core/video/graph.ts): C encodes A's frames with exactly these. */
export const finalVideoArgs = (fps: number) => videoEncoderArgs({ fps, quality: 'final' });
export const FINAL_AAC = audioEncoderArgs('final');

type Available<T> = ({ ok: true } & T) | { ok: false; reason: string };

/** One measured run: CPU seconds (self + children) and wall seconds. */
interface Run {
  cpuS: number;
  wallS: number;
}

const medianRun = (runs: readonly Run[]): Run => ({ cpuS: median(runs.map((r) => r.cpuS)), wallS: median(runs.map((r) => r.wallS)) });
const seconds = (s: number) => `${s.toFixed(1)} s`;
const describe = (run: Run) => `${seconds(run.cpuS)} CPU (${seconds(run.wallS)} wall)`;

/** `affiche ...` as a child process (bin/affiche.mjs), as a user runs it; what it printed. */
function cli(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repo, 'bin/affiche.mjs'), ...argv], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk).slice(-20_000)));
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
    child.on('error', (error) => resolve({ code: -1, out: [], err: [String(error)] }));
    // Progress lines ("[ 40 %] ...") are not messages.
    child.on('close', (code) => resolve({ code: code ?? -1, out: lines(out), err: lines(err.replace(/\r/g, '\n')).filter((line) => !/^\[\s*\d+ %\]/.test(line)) }));
  });
}

/**
 * The command as an install leaves it: its bundle built (scripts/build-cli.mjs, what `npm install`
 * runs), not measured. Says how A's runs start: from the bundle, or from the sources through tsx.
 */
function buildCommand(): string {
  const build = spawnSync(process.execPath, [path.join(repo, 'scripts/build-cli.mjs')], { cwd: repo, encoding: 'utf8' });
  return build.status === 0 ? 'the command run from its bundle (out/cli)' : `the command run from its sources through tsx (the build failed: ${build.stderr.trim().split('\n').pop()})`;
}

/** CPU seconds of the command starting and stopping (`affiche --help`), median of RUNS: what A's figure includes besides the export. */
async function commandStartUp(): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const measured = await measureCpu(() => cli(['--help']), { self: false, children: true });
    runs.push({ cpuS: measured.cpuS, wallS: measured.wallS });
  }
  return medianRun(runs);
}

/** Files of `type` that a render run wrote (the paths it printed, else what is in the folder). */
async function written(out: string[], dir: string, ext: string): Promise<string[]> {
  const printed = out.filter((line) => line.toLowerCase().endsWith(ext));
  if (printed.length) return printed;
  const names = existsSync(dir) ? await readdir(dir) : [];
  return names.filter((name) => name.toLowerCase().endsWith(ext)).map((name) => path.join(dir, name));
}

/**
 * One export of a .affiche video with the command's render (A). Unavailable, with the command's
 * own words, while this build has no video export (`--quality` unknown, or no MP4 written).
 */
async function exportOnce(file: string, outDir: string, extra: string[], ext: string): Promise<Available<{ run: Run; file: string }>> {
  const measured = await measureCpu(() => cli(['render', file, '--out', outDir, ...extra]), { self: false, children: true });
  const { code, out, err } = measured.result;
  const command = `affiche render ${path.basename(file)} ${extra.join(' ')}`;
  if (code !== 0) return { ok: false, reason: `${command} failed: ${err.slice(-1)[0] ?? `exit ${code}`}` };
  const files = await written(out, outDir, ext);
  if (files.length === 0) return { ok: false, reason: `${command} wrote no ${ext} file` };
  if (!measured.childrenCounted) return { ok: false, reason: 'the CPU time of ffmpeg children cannot be read on this system (/proc/self/stat)' };
  return { ok: true, run: { cpuS: measured.cpuS, wallS: measured.wallS }, file: files[0] };
}

async function exportRuns(file: string, tmp: string, label: string, extra: string[], ext: string): Promise<Available<{ runs: Run[]; file: string }>> {
  const runs: Run[] = [];
  let last = '';
  for (let i = 0; i < RUNS; i++) {
    const outDir = path.join(tmp, `${label}-${i}`);
    const result = await exportOnce(file, outDir, extra, ext);
    if (!result.ok) return result;
    runs.push(result.run);
    last = result.file;
  }
  return { ok: true, runs, file: last };
}

/**
 * C: `mp4`'s frames decoded to raw yuv420p in memory and its sound to PCM (not measured), then
 * encoded alone with the final export's own encoder settings (finalVideoArgs + FINAL_AAC) from a pipe,
 * RUNS times; only the encoder's CPU counts.
 */
async function encodeAlone(mp4: string, tmp: string): Promise<Available<{ runs: Run[]; frames: number }>> {
  const ffmpeg = locateFfmpeg().found?.path;
  if (!ffmpeg) return { ok: false, reason: 'no ffmpeg found' };
  const probe = await probeVideoFile(mp4);
  if (!probe.video) return { ok: false, reason: `${path.basename(mp4)} has no video stream` };
  const { width, height, fps } = probe.video;
  if (!fps) return { ok: false, reason: `ffprobe cannot tell the frame rate of ${path.basename(mp4)}` };
  const frameBytes = (width * height * 3) / 2;
  // Room for every frame: from the count the container gives, else from the duration.
  const frames = probe.video.frames ?? Math.ceil((probe.durationMs / 1000) * fps);
  const decoded = await runFfmpeg([...ffmpegInputArgs(mp4), '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'yuv420p', 'pipe:1'], {
    timeoutMs: 600_000,
    maxStdoutBytes: frameBytes * (frames + 2),
  });
  const raw = decoded.stdout;
  const count = Math.floor(raw.length / frameBytes);
  const wav = path.join(tmp, 'encode-alone.wav');
  const hasAudio = probe.audio !== null;
  if (hasAudio) await runFfmpeg(['-v', 'error', '-nostdin', '-y', ...ffmpegInputArgs(mp4), '-map', '0:a:0', '-c:a', 'pcm_s16le', '-ar', '48000', '-ac', '2', wav], { timeoutMs: 120_000 });
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = path.join(tmp, `encode-alone-${i}.mp4`);
    const args = [
      '-v', 'error', '-y',
      ...ffmpegInputArgs('pipe:0', ['-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-s', `${width}x${height}`, '-r', String(fps)]),
      ...(hasAudio ? ffmpegInputArgs(wav) : []),
      '-map', '0:v', ...(hasAudio ? ['-map', '1:a'] : []),
      ...finalVideoArgs(fps), ...(hasAudio ? FINAL_AAC : []), '-movflags', '+faststart', out,
    ];
    // The encoder's CPU only: this process writing the pipe is not the encode.
    const measured = await measureCpu(() => pipeInto(ffmpeg, args, raw, frameBytes), { self: false, children: true });
    if (!measured.childrenCounted) return { ok: false, reason: 'the CPU time of ffmpeg children cannot be read on this system (/proc/self/stat)' };
    runs.push({ cpuS: measured.cpuS, wallS: measured.wallS });
    const check = await probeVideoFile(out);
    if (check.video?.frames !== count) return { ok: false, reason: `the encode alone wrote ${check.video?.frames} frames, not ${count}` };
  }
  return { ok: true, runs, frames: count };
}

/** Runs ffmpeg (not through the product's runner: it has no stdin for data) with `data` on its stdin, a frame at a time. */
function pipeInto(ffmpeg: string, args: string[], data: Buffer, chunk: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (text: Buffer) => (stderr = (stderr + text).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`encode alone failed (${code}): ${stderr}`))));
    child.stdin.on('error', () => undefined); // a failed encoder closes its stdin: the close handler says why
    let offset = 0;
    const write = () => {
      while (offset < data.length) {
        const end = Math.min(offset + chunk, data.length);
        const more = child.stdin.write(data.subarray(offset, end));
        offset = end;
        if (!more) return void child.stdin.once('drain', write);
      }
      child.stdin.end();
    };
    write();
  });
}

/** B: editly on the reel's own media and font, RUNS times. */
async function editlyRuns(design: Design, blobs: Map<string, Uint8Array>): Promise<Available<{ runs: Run[]; file: string }>> {
  const image = (id: string) => blobs.get((design.pages.flatMap((p) => p.elements).find((el) => el.id === id) as ImageElement).assetId)!;
  const media = { photoA: image('reel-photo-a'), photoB: image('reel-photo-b'), logo: image('reel-logo'), music: blobs.get(design.audio!.assetId)! };
  const font = path.join(repo, 'assets/fonts/Inter/Inter_700Bold.ttf');
  const runs: Run[] = [];
  let file = '';
  for (let i = 0; i < RUNS; i++) {
    const run = await runEditlyReel(media, font);
    if (!run.ok) return run;
    runs.push({ cpuS: run.cpuS, wallS: run.wallS });
    file = run.output;
  }
  return { ok: true, runs, file };
}

/** The reel's three scenes four times over (60 s), ids made unique, the music looped. */
export function sixtySecondReel(design: Design): Design {
  const suffix = (el: Element, n: number): Element => ({ ...el, id: `${el.id}-${n}`, ...(el.type === 'group' ? { children: el.children.map((child) => suffix(child, n)) } : {}) }) as Element;
  const pages = [0, 1, 2, 3].flatMap((n) => design.pages.map((page) => ({ ...page, id: `${page.id}-${n}`, elements: page.elements.map((el) => suffix(el, n)) })));
  return { ...design, id: `${design.id}-60s`, name: `${design.name} (60 s)`, pages, ...(design.audio ? { audio: { ...design.audio, fit: 'loop' as const } } : {}) };
}

const unavailable = (id: string, budget: number, kind: 'max' | 'min', unit: string, note: string): BenchResult => ({ id, value: null, unit, budget, kind, note: `not available: ${note}` });

export async function videoReelBenchmarks(tmp: string): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(tmp, 'video-reel-'));
  const { design, blobs } = await readPortable(REEL, 'benchmark-reel.affiche');
  const reelS = videoTimeline(design).durationMs / 1000;

  const command = buildCommand();
  const a = await exportRuns(REEL, dir, 'a', ['--quality', 'final'], '.mp4');
  const b = await editlyRuns(design, blobs);
  // C is A's frames; while A is unavailable, editly's (the same reel drawn by editly) stand in, said in the note.
  const cSource = a.ok ? { file: a.file, from: `A's output` } : b.ok ? { file: b.file, from: `editly's output (A unavailable)` } : null;
  const c = cSource ? await encodeAlone(cSource.file, dir) : ({ ok: false, reason: 'no reel was exported (A and B unavailable)' } as const);

  const A = a.ok ? medianRun(a.runs) : null;
  const B = b.ok ? medianRun(b.runs) : null;
  const C = c.ok ? medianRun(c.runs) : null;
  const startUp = A ? await commandStartUp() : null;
  const parts = [
    A && startUp ? `A export ${describe(A)}, of which the command's start-up ${describe(startUp)} (${command})` : `A ${a.ok ? '' : a.reason}`,
    C && cSource ? `C encode alone of the ${c.ok ? c.frames : 0} frames of ${cSource.from} ${describe(C)}` : `C ${c.ok ? '' : c.reason}`,
    B ? `B editly ${EDITLY_VERSION} ${describe(B)}` : `B editly ${EDITLY_VERSION} unavailable: ${b.ok ? '' : b.reason}`,
  ];
  const context = `${reelS} s reel, medians of ${RUNS}; ${parts.join('; ')}`;
  const results: BenchResult[] = [];
  results.push(
    A && C
      ? { id: VIDEO_REEL_IDS[0], value: A.cpuS / C.cpuS, unit: 'x', budget: 1.5, kind: 'max', note: `A/C in CPU seconds (wall ${(A.wallS / C.wallS).toFixed(2)}x); ${context}` }
      : unavailable(VIDEO_REEL_IDS[0], 1.5, 'max', 'x', context),
  );
  results.push(
    A && B
      ? { id: VIDEO_REEL_IDS[1], value: B.cpuS / A.cpuS, unit: 'x', budget: 3, kind: 'min', note: `B/A in CPU seconds (wall ${(B.wallS / A.wallS).toFixed(2)}x); ${context}` }
      : unavailable(VIDEO_REEL_IDS[1], 3, 'min', 'x', context),
  );

  // 60 s: only once A runs at all.
  if (a.ok) {
    const long = sixtySecondReel(design);
    const longS = videoTimeline(long).durationMs / 1000;
    const file = path.join(dir, 'reel-60s.affiche');
    await writeFile(file, await packDesign(long, async (id) => blobs.get(id) ?? null));
    const runs = await exportRuns(file, dir, 'a60', ['--quality', 'final'], '.mp4');
    results.push(
      runs.ok
        ? { id: VIDEO_REEL_IDS[2], value: medianRun(runs.runs).cpuS / longS, unit: 'CPU s/s', budget: 1.5, kind: 'max', note: `${longS} s reel (the scenes 4 times), final export ${describe(medianRun(runs.runs))}, median of ${RUNS}` }
        : unavailable(VIDEO_REEL_IDS[2], 1.5, 'max', 'CPU s/s', runs.reason),
    );
  } else results.push(unavailable(VIDEO_REEL_IDS[2], 1.5, 'max', 'CPU s/s', a.reason));

  // GIF: `render --type gif` (the reel's format has no GIF target of its own: X's, the one the
  // export aims at, core/formats/videoLimits.ts gifTarget) against X's 15 MB cap.
  const cap = GIF_LIMITS.x!.maxBytes;
  const gifDir = path.join(dir, 'gif');
  await mkdir(gifDir, { recursive: true });
  const gif = await exportOnce(REEL, gifDir, ['--type', 'gif'], '.gif');
  if (gif.ok) {
    const bytes = (await stat(gif.file)).size;
    const probed = await probeVideoFile(gif.file).catch(() => null);
    const made = probed?.video ? `${probed.video.width}x${probed.video.height}${probed.video.frames ? `, ${probed.video.frames} frames` : ''}` : 'size unread';
    results.push({ id: VIDEO_REEL_IDS[3], value: bytes / cap, unit: 'x', budget: 1, kind: 'max', note: `${(bytes / 1e6).toFixed(1)} MB GIF (${made}) of the ${reelS} s reel against X's ${cap / 1e6} MB cap, the MP4 pass and the GIF encode ${describe(gif.run)}` });
  } else results.push(unavailable(VIDEO_REEL_IDS[3], 1, 'max', 'x', gif.reason));
  return results;
}
