/**
 * The `designs.exportVideo` job (docs/architecture.md, "Video"; issue 13 "Export"): a video
 * design as one MP4, all or nothing.
 *
 * 1. What does not move is drawn once (./renderPlan.ts), the first few percent of the progress.
 * 2. The sound is planned (./audioMix.ts: the soundtrack and the clips' sound, ducked, measured
 *    in a first pass and brought to the loudness target; a silent stereo track of the exact length
 *    when nothing makes a sound), the captions written for libass (./captionsBurn.ts).
 * 3. One ffmpeg run does the motion, the clips, the transitions, the sound, the burned-in captions
 *    and the encode; its progress is read against the known duration.
 * 4. The file, written under a temp name beside its destination, is checked with ffprobe (codec,
 *    profile, pixel format, size, frame rate, duration, audio, index first), then renamed. A
 *    cancel or a failure leaves nothing at the destination (EXP-01).
 *
 * A format's limits shape the file: its duration cap refuses a longer video (a trimmed reel would
 * cut its end silently: the user chooses what to shorten), its bytes cap becomes a bitrate cap.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { safeFileStem } from '../../../core/files/names';
import { resolveFormat, type AnyFormat, type UserFormatInput } from '../../../core/formats/userFormats';
import { msg, type Message } from '../../../core/messages';
import type { Design } from '../../../core/schema';
import { buildVideoGraph, encoderArgs, filterComplex, INLINE_GRAPH_MAX, unknownTransitions, type VideoGraph, type VideoQuality } from '../../../core/video/graph';
import { parseXfadeTransitions } from '../../../core/video/transitions';
import { frameCount, videoTimeline } from '../../../core/video/timeline';
import { UserError } from '../errors';
import { loadSource } from '../export/exportImages';
import { designForFormat, shownFormat } from '../export/plan';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfmpeg, type RunOptions } from '../ffmpeg/run';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobContext, JobDefinition } from '../jobs/runner';
import { planAudio, soundtrackPath, type AudioInputs } from './audioMix';
import { burnCaptions } from './captionsBurn';
import { displayedSize, probeVideoFile, type VideoFileInfo } from './probe';
import { buildRenderPlan } from './renderPlan';

type Args = JobParsedArgsOf<'designs.exportVideo'>;
type Result = JobResultOf<'designs.exportVideo'>;

/** Share of the progress bar the drawing of the layers takes; the encode takes the rest up to CHECK_AT. */
const DRAW_SHARE = 0.08;
/** The sound's measuring pass (when there is a sound to measure). */
const SOUND_SHARE = 0.04;
const CHECK_AT = 0.97;
const AUDIO_BITRATE = { draft: 128_000, final: 192_000 } as const;

export function exportVideoJob(deps: JobDeps, args: Args): JobDefinition<Result> {
  const name = 'id' in args.design ? (deps.library.listDesigns({}).find((d) => d.id === (args.design as { id: string }).id)?.name ?? '') : '';
  return { type: 'designs.exportVideo', title: msg('videoExport.title', { name }), run: (ctx) => runExportVideo(deps, args, ctx) };
}

let installed: Promise<string[]> | null = null;

/** The xfade transitions of the installed ffmpeg, read once per process. */
export function installedTransitions(options: Pick<RunOptions, 'binary'> = {}): Promise<string[]> {
  installed ??= runFfmpeg(['-hide_banner', '-nostdin', '-h', 'filter=xfade'], { timeoutMs: 20_000, ...options })
    .then((result) => parseXfadeTransitions(result.stdout.toString('utf8')))
    .catch((error: unknown) => {
      installed = null;
      throw error;
    });
  return installed;
}

/** The design as it is exported, and the format whose limits apply. */
function exportedDesign(design: Design, formatId: string | undefined, userFormats: readonly UserFormatInput[]): { design: Design; format: AnyFormat | undefined } {
  if (!formatId) {
    const shown = shownFormat(design, null, userFormats);
    return { design: shown.design, format: shown.catalog };
  }
  const format = resolveFormat(formatId, userFormats);
  if (!format) throw new UserError('invalid-args', msg('preflight.unknownFormat', { id: formatId }));
  const target = designForFormat(design, format);
  return { design: target.design, format };
}

async function runExportVideo(deps: JobDeps, args: Args, ctx: JobContext): Promise<Result> {
  const quality: VideoQuality = args.quality ?? 'final';
  const source = await loadSource(deps, args, ctx);
  if (source.design.kind !== 'video') throw new UserError('invalid-args', msg('videoExport.notVideo', { name: source.design.name }));
  const { design, format } = exportedDesign(source.design, args.formatId, deps.library.listFormats());
  const timeline = videoTimeline(design);
  const notes: Message[] = [];

  // Refusals come before anything is drawn or written.
  const unknown = unknownTransitions(timeline, await installedTransitions());
  if (unknown.length > 0) throw new UserError('invalid-args', msg('videoExport.unknownTransition', { name: unknown[0].name, scene: unknown[0].scene + 1 }));
  const maxSeconds = format?.limits?.durationSeconds?.max;
  if (maxSeconds !== undefined && timeline.durationMs > maxSeconds * 1000) {
    throw new UserError('invalid-args', msg('videoExport.tooLong', { seconds: Math.round(timeline.durationMs / 100) / 10, format: formatLabel(format!), max: maxSeconds }));
  }
  const maxBytes = format?.limits?.maxBytes;
  // 95 % of the bytes the network takes, less the sound's share, spread over the video's length.
  const maxBitrate = maxBytes ? Math.max(200_000, (maxBytes * 8 * 0.95) / (timeline.durationMs / 1000) - AUDIO_BITRATE[quality]) : null;

  const fileName = `${safeFileStem(design.name)}.mp4`;
  const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: [{ name: msg('videoExport.fileType'), extensions: ['mp4'] }] });
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'affiche-video-'));
  ctx.onFinish(() => rm(workDir, { recursive: true, force: true }));

  // 1. The layers, drawn once.
  const inputFiles = new Map<string, string>();
  const mediaFile = async (assetId: string): Promise<string> => {
    const known = inputFiles.get(assetId);
    if (known) return known;
    const onDisk = source.render.assetFile?.(assetId) ?? null;
    let file = onDisk;
    if (!file) {
      const bytes = await source.render.readAsset(assetId);
      if (!bytes) throw new UserError('not-found', msg('videoExport.missingMedia'));
      file = path.join(workDir, `media-${inputFiles.size}`);
      await writeFile(file, bytes);
    }
    inputFiles.set(assetId, file);
    return file;
  };
  // Each clip's file probed once: its picture size (its crop) and whether it has a sound (the mix).
  const probes = new Map<string, Promise<VideoFileInfo>>();
  const probeOnce = (file: string): Promise<VideoFileInfo> => {
    let probe = probes.get(file);
    if (!probe) probes.set(file, (probe = probeVideoFile(file, { signal: ctx.signal })));
    return probe;
  };
  const clipSource = async (file: string) => {
    const { video } = await probeOnce(file);
    if (!video) throw new UserError('bad-file', msg('videoExport.clipWithoutPicture'));
    return displayedSize(video);
  };
  ctx.progress({ fraction: 0, stage: msg('videoExport.draw', { done: 0, total: 1 }) });
  const plan = await buildRenderPlan(design, timeline, {
    render: source.render,
    workDir,
    clipFile: mediaFile,
    clipSource,
    signal: ctx.signal,
    onDrawn: (done, total) => ctx.progress({ fraction: (DRAW_SHARE * done) / total, stage: msg('videoExport.draw', { done, total }) }),
  });
  ctx.throwIfCancelled();

  // 2. The graph: picture, captions, sound.
  const captions = await burnCaptions({ design, format: design.format, workDir });
  const graph = buildVideoGraph(plan, { captionFilter: captions?.filter ?? null });
  const inputArgs = graph.inputs.flatMap((input) => ffmpegInputArgs(input.file, input.options));
  const audioInputs: AudioInputs = { clips: [] };
  let nextInput = graph.inputs.length;
  for (const clip of graph.clips) {
    const info = await probeOnce(graph.inputs[clip.index].file);
    audioInputs.clips.push({ ...clip, path: graph.inputs[clip.index].file, hasAudio: info.audio !== null });
  }
  if (design.audio) {
    // From the library, a sound that is gone or not a sound is refused by name; a .affiche carries its own.
    const music = source.render.assetFile ? soundtrackPath(design, { get: (id) => deps.library.getAsset(id), path: (id) => deps.library.assetPath(id) })! : await mediaFile(design.audio.assetId);
    audioInputs.music = { index: nextInput++, path: music };
    inputArgs.push(...ffmpegInputArgs(music));
  }
  ctx.progress({ fraction: DRAW_SHARE, stage: msg('videoExport.sound') });
  const audio = await planAudio({
    design,
    timeline,
    inputs: audioInputs,
    signal: ctx.signal,
    onProgress: (fraction) => ctx.progress({ fraction: DRAW_SHARE + SOUND_SHARE * Math.min(1, fraction), stage: msg('videoExport.sound') }),
  });
  const audioFilters = audio ? audio.filters : [silence(graph.durationMs)];
  const audioLabel = audio ? audio.output : 'a';
  const script = filterComplex(graph, audioFilters);
  const graphArgs = await graphArgsOf(script, workDir);

  // 3. One ffmpeg run, progress against the known duration.
  const out = await outputPath(ctx, destination);
  const encodeFrom = DRAW_SHARE + SOUND_SHARE;
  ctx.progress({ fraction: encodeFrom, stage: msg('videoExport.encode') });
  await runFfmpeg(
    ['-hide_banner', '-y', ...inputArgs, ...graphArgs, '-map', `[${graph.video}]`, '-map', `[${audioLabel}]`, ...encoderArgs({ fps: graph.fps, durationMs: graph.durationMs, quality, maxBitrate }), out],
    {
      signal: ctx.signal,
      durationMs: graph.durationMs,
      timeoutMs: Math.max(300_000, graph.durationMs * 120),
      onProgress: (p) => ctx.progress({ fraction: encodeFrom + (CHECK_AT - encodeFrom) * Math.min(1, p.fraction) * 0.999, stage: msg('videoExport.encode') }),
    },
  );

  // 4. Checked before it is renamed into place.
  ctx.throwIfCancelled();
  ctx.progress({ fraction: CHECK_AT, stage: msg('videoExport.check') });
  const info = await probeVideoFile(out, { signal: ctx.signal });
  const problem = mp4Problem(info, graph);
  if (problem) throw new UserError('bad-file', msg('videoExport.badFile', { problem }));
  if (destination.kind === 'download') deps.staging.renameDownload(destination.id, fileName);
  return {
    ...written(destination, fileName, info.bytes),
    width: graph.width,
    height: graph.height,
    fps: graph.fps,
    durationMs: graph.durationMs,
    frames: frameCount(graph.durationMs, graph.fps),
    quality,
    format: format?.id ?? null,
    notes,
  };
}

function formatLabel(format: AnyFormat): string {
  return typeof format.name === 'string' ? format.name : `${format.network} ${format.name.en}`;
}

/** A silent stereo track of the video's exact length, when nothing is mixed. */
export function silence(durationMs: number): string {
  return `anullsrc=channel_layout=stereo:sample_rate=48000,atrim=duration=${durationMs / 1000}[a]`;
}

/** `-filter_complex` inline when short, else a script file (the Windows command line stops at 32,767 characters). */
export async function graphArgsOf(script: string, workDir: string): Promise<string[]> {
  if (script.length <= INLINE_GRAPH_MAX) return ['-filter_complex', script];
  const file = path.join(workDir, 'graph.txt');
  await writeFile(file, script, 'utf8');
  return ['-filter_complex_script', file];
}

/** What is wrong with an exported MP4 (EXP-03), or null when it is as specified. */
export function mp4Problem(info: VideoFileInfo, graph: Pick<VideoGraph, 'width' | 'height' | 'fps' | 'durationMs'>): string | null {
  const v = info.video;
  const a = info.audio;
  const frameMs = 1000 / graph.fps;
  if (!v) return 'no video stream';
  if (v.codec !== 'h264') return `video codec ${v.codec}`;
  if (v.profile !== 'High') return `H.264 profile ${v.profile}`;
  if (v.pixFmt !== 'yuv420p') return `pixel format ${v.pixFmt}`;
  if (v.width !== graph.width || v.height !== graph.height) return `size ${v.width}x${v.height}`;
  if (v.fps === null || Math.abs(v.fps - graph.fps) > 0.01 || !v.constantFps) return `frame rate ${v.fps}`;
  if (v.durationMs !== null && Math.abs(v.durationMs - graph.durationMs) > frameMs) return `duration ${v.durationMs} ms`;
  if (!a || a.codec !== 'aac' || a.sampleRate !== 48000 || a.channels !== 2) return 'no AAC 48 kHz stereo track';
  if (info.faststart !== true) return 'index after the data';
  return null;
}
