/**
 * A still of a video for the Node renderer (core/render's `loadVideoFrame`): until video export
 * exists, an image of a page shows each video's first frame (docs/architecture.md, the render
 * path), as the editor does. One ffmpeg run through the one runner, on the file as the library
 * keeps it or on a temporary copy of its bytes (an .affiche file's), with the demuxer forced from
 * the sniffed type as imports do, so the bytes can never pass for a playlist (docs/architecture.md,
 * Media and ffmpeg).
 */
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfmpeg } from '../ffmpeg/run';
import { DEMUXER } from '../library/mediaImport/probe';
import { MEDIA_LIMITS } from '../library/mediaImport/limits';
import { sniff } from '../library/sniff';

/** Frames are drawn at most this many pixels a side (an 8K video's frame, scaled down, is still sharper than any page side needs). */
const MAX_SIDE = 4096;
/** What sniffing needs of a file's start. */
const HEAD_BYTES = 4096;

/** Where the video is: its file on disk, or its bytes. */
export type VideoSource = { file: string } | { bytes: Uint8Array };

async function head(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

async function framePng(file: string, demuxer: string, atMs: number, binary?: string): Promise<Buffer> {
  const scale = `scale='min(${MAX_SIDE},iw)':'min(${MAX_SIDE},ih)':force_original_aspect_ratio=decrease`;
  const result = await runFfmpeg(
    ['-v', 'error', '-nostdin', '-ss', (atMs / 1000).toFixed(3), ...ffmpegInputArgs(file, ['-f', demuxer]), '-an', '-vf', scale, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'],
    { timeoutMs: MEDIA_LIMITS.thumbnailTimeoutMs, maxStdoutBytes: 128 * 1024 * 1024, binary },
  );
  return result.stdout;
}

/**
 * The video's frame at `atMs` (its first frame when `atMs` lies past its end) as PNG bytes, or null
 * when the source is not a video Affiche takes, or ffmpeg is missing, fails or times out: the
 * caller then draws the placeholder box.
 */
export async function videoFramePng(source: VideoSource, atMs: number, options: { binary?: string } = {}): Promise<Buffer | null> {
  let temp: string | null = null;
  try {
    const sniffed = sniff('file' in source ? await head(source.file) : source.bytes.subarray(0, HEAD_BYTES));
    if (sniffed.kind !== 'video') return null;
    let file: string;
    if ('file' in source) file = source.file;
    else {
      temp = await mkdtemp(path.join(os.tmpdir(), 'affiche-frame-'));
      file = path.join(temp, 'video');
      await writeFile(file, source.bytes);
    }
    const demuxer = DEMUXER[sniffed.mime];
    const at = await framePng(file, demuxer, Math.max(0, atMs), options.binary);
    if (at.length > 0 || atMs <= 0) return at.length > 0 ? at : null;
    const first = await framePng(file, demuxer, 0, options.binary);
    return first.length > 0 ? first : null;
  } catch {
    return null;
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}
