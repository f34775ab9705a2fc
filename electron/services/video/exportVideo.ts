/**
 * The `designs.exportVideo` job (docs/architecture.md, "Video"; issue 13 "Export", "Cover"): a
 * video design as one MP4 (and its cover pictures), a GIF or an animated WebP, all or nothing.
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
 * 5. An MP4 gets its cover beside it (unless `cover: false`): the frame at the cover time taken
 *    from the MP4 itself and its 3:4 crop (./cover.ts), written and renamed with the MP4. A GIF or
 *    WebP (`type`) is encoded from the checked MP4 (silent, in the work folder) under its size
 *    target (./gif.ts), the MP4 pass half of the progress bar.
 *
 * A format's limits shape the file: its duration cap refuses a longer video (a trimmed reel would
 * cut its end silently: the user chooses what to shorten), its bytes cap becomes a bitrate cap.
 * A GIF or WebP follows the GIF target of the format's network instead
 * (core/formats/videoLimits.ts gifTarget).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import type { VideoFileType } from '../../../core/api/names';
import { safeFileStem } from '../../../core/files/names';
import { resolveFormat, type AnyFormat, type UserFormatInput } from '../../../core/formats/userFormats';
import { msg, type Message } from '../../../core/messages';
import type { Design } from '../../../core/schema';
import { buildVideoGraph, encoderArgs, filterComplex, INLINE_GRAPH_MAX, unknownTransitions, type VideoGraph, type VideoQuality } from '../../../core/video/graph';
import { parseXfadeTransitions } from '../../../core/video/transitions';
import { frameCount, videoTimeline } from '../../../core/video/timeline';
import { coverFrame } from '../../../core/video/cover';
import { gifTarget } from '../../../core/formats/videoLimits';
import { UserError } from '../errors';
import { loadSource } from '../export/exportImages';
import { designForFormat, shownFormat } from '../export/plan';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfmpeg, type RunOptions } from '../ffmpeg/run';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written, type Destination } from '../jobs/destination';
import type { JobContext, JobDefinition } from '../jobs/runner';
import { planAudio, soundtrackPath, type AudioInputs } from './audioMix';
import { burnCaptions } from './captionsBurn';
import { coverPictures } from './cover';
import { mbMessage } from './fix';
import { encodeGif, encodeWebp } from './gif';
import { displayedSize, probeVideoFile, type VideoFileInfo } from './probe';
import { buildRenderPlan } from './renderPlan';
import { renderCacheKey, renderCacheOf } from './renderCache';
import type { NodeRenderOptions } from '../render/nodeRenderer';

type Args = JobParsedArgsOf<'designs.exportVideo'>;
type Result = JobResultOf<'designs.exportVideo'>;

/** Share of the progress bar the drawing of the layers takes; the encode takes the rest up to CHECK_AT. */
const DRAW_SHARE = 0.08;
/** The sound's measuring pass (when there is a sound to measure). */
const SOUND_SHARE = 0.04;
const CHECK_AT = 0.97;
/** The cover pictures, after the MP4's check. */
const COVER_AT = 0.98;
/** A GIF or WebP: the MP4 pass takes this share of the bar, the size-target encodes the rest. */
const ANIMATED_MP4_SHARE = 0.5;
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
export function exportedDesign(design: Design, formatId: string | undefined, userFormats: readonly UserFormatInput[]): { design: Design; format: AnyFormat | undefined } {
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
  const type: VideoFileType = args.type ?? 'mp4';
  const source = await loadSource(deps, args, ctx);
  if (source.design.kind !== 'video') throw new UserError('invalid-args', msg('videoExport.notVideo', { name: source.design.name }));
  const { design, format } = exportedDesign(source.design, args.formatId, deps.library.listFormats());
  const notes: Message[] = [];
  const video = await prepareVideo(design, format, type);
  const animatedTarget = type === 'mp4' ? null : gifTarget(format?.network, args.maxBytes);

  const fileName = `${safeFileStem(design.name)}.${type}`;
  const fileType = type === 'mp4' ? msg('videoExport.fileType') : msg(`videoExport.fileType.${type}`);
  const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: [{ name: fileType, extensions: [type] }] });
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'affiche-video-'));
  ctx.onFinish(() => rm(workDir, { recursive: true, force: true }));
  // The share of the bar up to the end of the MP4's check: a GIF or WebP then takes the rest.
  const share = type === 'mp4' ? 1 : ANIMATED_MP4_SHARE;
  const out = type === 'mp4' ? await outputPath(ctx, destination) : path.join(workDir, 'rendered.mp4');
  const { graph, info } = await renderVideoFile(deps, source.render, video, {
    quality,
    withSound: type === 'mp4',
    out,
    workDir,
    signal: ctx.signal,
    throwIfCancelled: () => ctx.throwIfCancelled(),
    progress: (fraction, stage) => ctx.progress({ fraction: fraction * share, stage }),
  });
  // A checked MP4 is kept in the library's render cache, where a post's bundle finds it (./renderCache.ts).
  if (type === 'mp4') await renderCacheOf(deps.library).store(renderCacheKey(design, format?.id ?? null, quality), out);

  const common = {
    width: graph.width,
    height: graph.height,
    fps: graph.fps,
    durationMs: graph.durationMs,
    frames: frameCount(graph.durationMs, graph.fps),
    quality,
    format: format?.id ?? null,
    type,
    notes,
  };
  if (animatedTarget) {
    // 5. A GIF or WebP from that MP4, under its size target; over it, encodeGif's keyed refusal.
    const file = await outputPath(ctx, destination);
    const typeName = type.toUpperCase();
    const stage = msg('videoExport.animate', { type: typeName, target: mbMessage(animatedTarget.limits.maxBytes) });
    ctx.progress({ fraction: share, stage });
    const encode = type === 'gif' ? encodeGif : encodeWebp;
    const { limits } = animatedTarget;
    const animated = await encode({
      input: out,
      out: file,
      maxBytes: limits.maxBytes,
      ...(limits.maxWidth !== undefined ? { maxWidth: limits.maxWidth } : {}),
      ...(limits.maxHeight !== undefined ? { maxHeight: limits.maxHeight } : {}),
      ...(limits.maxFrames !== undefined ? { maxFrames: limits.maxFrames } : {}),
      signal: ctx.signal,
      onProgress: (fraction) => ctx.progress({ fraction: share + (0.99 - share) * Math.min(1, fraction), stage }),
    });
    ctx.throwIfCancelled();
    if (destination.kind === 'download') deps.staging.renameDownload(destination.id, fileName);
    return {
      ...written(destination, fileName, animated.bytes),
      ...common,
      animated: {
        width: animated.width,
        height: animated.height,
        fps: animated.fps,
        colors: animated.colors,
        quality: animated.quality,
        frames: animated.frames,
        maxBytes: limits.maxBytes,
        network: animatedTarget.network,
        summary: msg('videoExport.animatedSummary', { type: typeName, width: animated.width, fps: animated.fps, size: mbMessage(animated.bytes), target: mbMessage(limits.maxBytes) }),
      },
    };
  }

  // 5. The cover beside the video, from the MP4 itself: all or nothing with it (EXP-08).
  const cover = args.cover === false ? undefined : await writeCovers(deps, ctx, destination, { video: out, design, fps: graph.fps, durationMs: graph.durationMs, workDir });
  if (destination.kind === 'download') deps.staging.renameDownload(destination.id, fileName);
  return { ...written(destination, fileName, info.bytes), ...common, ...(cover ? { cover } : {}) };
}

/** `<stem>-cover.jpg` and `<stem>-cover-3x4.jpg` beside the video: files in its folder, or more downloads. */
async function writeCovers(
  deps: JobDeps,
  ctx: JobContext,
  destination: Destination,
  options: { video: string; design: Design; fps: number; durationMs: number; workDir: string },
): Promise<NonNullable<Result['cover']>> {
  ctx.progress({ fraction: COVER_AT, stage: msg('videoExport.cover') });
  const { index, atMs } = coverFrame(options.design.video?.coverMs, options.durationMs, options.fps);
  const pictures = await coverPictures({ video: options.video, index, fps: options.fps, workDir: options.workDir, signal: ctx.signal });
  ctx.throwIfCancelled();
  // Beside a chosen file, its own stem ("Mon reel (2).mp4" -> "Mon reel (2)-cover.jpg"); a download, the design's.
  const stem = destination.kind === 'download' ? safeFileStem(options.design.name) : path.basename(destination.path, path.extname(destination.path));
  const files: NonNullable<Result['cover']>['files'] = [];
  for (const [crop, suffix, picture] of [['frame', '-cover.jpg', pictures.frame], ['grid', '-cover-3x4.jpg', pictures.grid]] as const) {
    const name = `${stem}${suffix}`;
    const place = await besideOutput(deps, ctx, destination, name);
    await writeFile(place.path, picture.bytes);
    files.push({ fileName: name, bytes: picture.bytes.length, width: picture.width, height: picture.height, crop, ...(place.downloadId ? { downloadId: place.downloadId } : {}) });
  }
  return { atMs, files };
}

/** Where a file that goes with the job's main output is written: beside it (renamed with it), or its own download. */
async function besideOutput(deps: JobDeps, ctx: JobContext, destination: Destination, name: string): Promise<{ path: string; downloadId?: string }> {
  if (destination.kind === 'download') {
    const download = await deps.staging.reserveDownload(name);
    ctx.onFinish((status) => (status === 'done' ? download.ready() : deps.staging.release(download.id)));
    return { path: download.path, downloadId: download.id };
  }
  const folder = destination.kind === 'folder' ? destination.path : path.dirname(destination.path);
  return { path: await ctx.outputs.create(path.join(folder, name)) };
}

/** A video design in the format it is exported at, refused before anything is drawn when it cannot be. */
export interface PreparedVideo {
  design: Design;
  format: AnyFormat | undefined;
  timeline: ReturnType<typeof videoTimeline>;
}

export async function prepareVideo(design: Design, format: AnyFormat | undefined, type: VideoFileType = 'mp4'): Promise<PreparedVideo> {
  const timeline = videoTimeline(design);
  const unknown = unknownTransitions(timeline, await installedTransitions());
  if (unknown.length > 0) throw new UserError('invalid-args', msg('videoExport.unknownTransition', { name: unknown[0].name, scene: unknown[0].scene + 1 }));
  const maxSeconds = format?.limits?.durationSeconds?.max;
  if (type === 'mp4' && maxSeconds !== undefined && timeline.durationMs > maxSeconds * 1000) {
    throw new UserError('invalid-args', msg('videoExport.tooLong', { seconds: Math.round(timeline.durationMs / 100) / 10, format: formatLabel(format!), max: maxSeconds }));
  }
  return { design, format, timeline };
}

export interface VideoFileOptions {
  quality: VideoQuality;
  /** The design's sound (an MP4); a GIF's or WebP's source pass stays silent. */
  withSound: boolean;
  /** Where the MP4 is written (a job's temp output, a work file, a render cache's temp). */
  out: string;
  workDir: string;
  signal: AbortSignal;
  throwIfCancelled(): void;
  /** 0..CHECK_AT of the MP4's making. */
  progress(fraction: number, stage: Message): void;
}

/**
 * Steps 1 to 4: the layers drawn once, the sound planned, one ffmpeg run, the file checked. The
 * export job and a post's bundle (electron/services/posts) both make their MP4s here.
 */
export async function renderVideoFile(
  deps: Pick<JobDeps, 'library'>,
  render: NodeRenderOptions,
  video: PreparedVideo,
  options: VideoFileOptions,
): Promise<{ graph: VideoGraph; info: VideoFileInfo }> {
  const { design, format, timeline } = video;
  const { quality, workDir, out } = options;
  const maxBytes = options.withSound ? format?.limits?.maxBytes : undefined;
  // 95 % of the bytes the network takes, less the sound's share, spread over the video's length.
  const maxBitrate = maxBytes ? Math.max(200_000, (maxBytes * 8 * 0.95) / (timeline.durationMs / 1000) - AUDIO_BITRATE[quality]) : null;

  // 1. The layers, drawn once.
  const inputFiles = new Map<string, string>();
  const mediaFile = async (assetId: string): Promise<string> => {
    const known = inputFiles.get(assetId);
    if (known) return known;
    const onDisk = render.assetFile?.(assetId) ?? null;
    let file = onDisk;
    if (!file) {
      const bytes = await render.readAsset(assetId);
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
    if (!probe) probes.set(file, (probe = probeVideoFile(file, { signal: options.signal })));
    return probe;
  };
  const clipSource = async (file: string) => {
    const { video: stream } = await probeOnce(file);
    if (!stream) throw new UserError('bad-file', msg('videoExport.clipWithoutPicture'));
    return displayedSize(stream);
  };
  options.progress(0, msg('videoExport.draw', { done: 0, total: 1 }));
  const plan = await buildRenderPlan(design, timeline, {
    render,
    workDir,
    clipFile: mediaFile,
    clipSource,
    signal: options.signal,
    onDrawn: (done, total) => options.progress((DRAW_SHARE * done) / total, msg('videoExport.draw', { done, total })),
  });
  options.throwIfCancelled();

  // 2. The graph: picture, captions, sound (a GIF or WebP has none: its MP4 pass stays silent).
  const captions = await burnCaptions({ design, format: design.format, workDir });
  const graph = buildVideoGraph(plan, { captionFilter: captions?.filter ?? null });
  const inputArgs = graph.inputs.flatMap((input) => ffmpegInputArgs(input.file, input.options));
  let audioFilters = [silence(graph.durationMs)];
  let audioLabel = 'a';
  let soundShare = 0;
  if (options.withSound) {
    const audioInputs: AudioInputs = { clips: [] };
    let nextInput = graph.inputs.length;
    for (const clip of graph.clips) {
      const info = await probeOnce(graph.inputs[clip.index].file);
      audioInputs.clips.push({ ...clip, path: graph.inputs[clip.index].file, hasAudio: info.audio !== null });
    }
    if (design.audio) {
      // From the library, a sound that is gone or not a sound is refused by name; a .affiche carries its own.
      const music = render.assetFile ? soundtrackPath(design, { get: (id) => deps.library.getAsset(id), path: (id) => deps.library.assetPath(id) })! : await mediaFile(design.audio.assetId);
      audioInputs.music = { index: nextInput++, path: music };
      inputArgs.push(...ffmpegInputArgs(music));
    }
    options.progress(DRAW_SHARE, msg('videoExport.sound'));
    const audio = await planAudio({
      design,
      timeline,
      inputs: audioInputs,
      signal: options.signal,
      onProgress: (fraction) => options.progress(DRAW_SHARE + SOUND_SHARE * Math.min(1, fraction), msg('videoExport.sound')),
    });
    if (audio) {
      audioFilters = audio.filters;
      audioLabel = audio.output;
    }
    soundShare = SOUND_SHARE;
  }
  const script = filterComplex(graph, audioFilters);
  const graphArgs = await graphArgsOf(script, workDir);

  // 3. One ffmpeg run, progress against the known duration.
  const encodeFrom = DRAW_SHARE + soundShare;
  options.progress(encodeFrom, msg('videoExport.encode'));
  await runFfmpeg(
    ['-hide_banner', '-y', ...inputArgs, ...graphArgs, '-map', `[${graph.video}]`, '-map', `[${audioLabel}]`, ...encoderArgs({ fps: graph.fps, durationMs: graph.durationMs, quality, maxBitrate }), out],
    {
      signal: options.signal,
      durationMs: graph.durationMs,
      timeoutMs: Math.max(300_000, graph.durationMs * 120),
      onProgress: (p) => options.progress(encodeFrom + (CHECK_AT - encodeFrom) * Math.min(1, p.fraction) * 0.999, msg('videoExport.encode')),
    },
  );

  // 4. Checked before it is renamed into place.
  options.throwIfCancelled();
  options.progress(CHECK_AT, msg('videoExport.check'));
  const info = await probeVideoFile(out, { signal: options.signal });
  const problem = mp4Problem(info, graph);
  if (problem) throw new UserError('bad-file', msg('videoExport.badFile', { problem }));
  return { graph, info };
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
