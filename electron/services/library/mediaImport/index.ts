/**
 * Every import goes through here: magic bytes pick the kind, the kind's byte limit is checked, then
 * its header (sharp metadata, ffprobe, our font parser, the SVG sanitiser) before any full decode.
 * Each refusal is a UserError('bad-file') that names the file and the reason (EXP-06).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { msg, type Message } from '../../../../core/messages';
import { UserError } from '../../errors';
import { displayName, notRecognised, prepareImage, wholeMegabytes } from '../imageImport';
import { sniff, type MediaMime } from '../sniff';
import { findTruncation, findTruncationIn } from './containers';
import { FontRefused, readFont } from './font';
import { MEDIA_LIMITS, type MediaKind } from './limits';
import { DEMUXER, locateTools, probeMedia, type Tools } from './probe';
import { Slots } from './slots';
import { offLoop } from '../../parse';
import { SvgRefused } from './svg';
import { audioWaveform, fontSpecimen, videoPoster } from './thumbs';
import { animatedToMp4 } from './animated';

export interface PreparedMedia {
  kind: MediaKind;
  mime: MediaMime;
  /**
   * What is stored: the input bytes (the sanitised text for an SVG); absent for a video or sound
   * prepared from a file (prepareMediaFile), which is stored from that file.
   */
  bytes?: Uint8Array;
  thumbnail: Buffer;
  width?: number;
  height?: number;
  durationMs?: number;
  videoCodec?: string;
  audioCodec?: string;
  fps?: number;
  colors?: string[];
  fontFamily?: string;
  fontStyle?: string;
}

const KIND_LABEL: Record<MediaKind | 'svg', Message> = {
  image: msg('asset.kind.image'),
  svg: msg('asset.kind.svg'),
  video: msg('asset.kind.video'),
  audio: msg('asset.kind.audio'),
  font: msg('asset.kind.font'),
};

/** A temp copy for ffprobe/ffmpeg/Pango, which read files; always removed. */
async function withTempFile<T>(bytes: Uint8Array, suffix: string, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'affiche-import-'));
  const file = path.join(dir, `media${suffix}`);
  try {
    await fs.writeFile(file, bytes);
    return await use(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function prepareSvg(name: string, bytes: Uint8Array): Promise<PreparedMedia> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('bad-file', msg('asset.svgNotText', { name }));
  }
  let clean: string;
  try {
    // On a worker thread, with time and memory limits: a hostile drawing never stalls other calls.
    clean = (await offLoop.svg(text)).text;
  } catch (error) {
    if (error instanceof SvgRefused) throw new UserError('bad-file', msg('asset.svgInvalid', { name, why: error.detail }));
    throw error;
  }
  // The sanitised text is what we store and what the id (sha256) is computed from: the blob then
  // always hashes to its name (integrity checks and bundle de-duplication keep working), and the
  // unsafe original is never on disk. Re-importing the same original sanitises to the same bytes,
  // so it is still recognised as a duplicate (assetStore checks both hashes).
  const stored = Buffer.from(clean, 'utf8');
  const image = await prepareImage(name, stored, { svg: true });
  return { kind: 'image', bytes: stored, ...image, mime: 'image/svg+xml' };
}

function sizeText(bytes: number): Message {
  return bytes >= 1024 * 1024 ? msg('unit.megabytes', { value: Number((bytes / 1024 / 1024).toFixed(1)) }) : msg('unit.kilobytes', { value: Math.ceil(bytes / 1024) });
}

async function prepareAv(name: string, bytes: Uint8Array, kind: 'video' | 'audio', mime: keyof typeof DEMUXER, tools: Tools): Promise<PreparedMedia> {
  // Before ffprobe: a cut file whose header survived would otherwise pass (containers.ts).
  const cut = findTruncation(bytes, DEMUXER[mime]);
  if (cut) {
    throw new UserError('bad-file', msg('asset.truncated', { name, actual: sizeText(cut.actual), declared: sizeText(cut.declared) }));
  }
  return withTempFile(bytes, '.bin', async (file) => ({ ...(await probeAndPoster(name, file, kind, mime, tools)), bytes }));
}

/** ffprobe, then the poster frame or waveform, from a file on disk (read in place, any size). */
async function probeAndPoster(name: string, file: string, kind: 'video' | 'audio', mime: keyof typeof DEMUXER, tools: Tools): Promise<PreparedMedia> {
  const probed = await probeMedia(file, name, kind, mime, tools);
  if (!tools.ffmpeg) throw new UserError('bad-file', msg('asset.noFfmpeg', { name }));
  let thumbnail: Buffer;
  try {
    thumbnail = kind === 'video' ? await videoPoster(tools.ffmpeg, file, DEMUXER[mime], probed.durationMs) : await audioWaveform(tools.ffmpeg, file, DEMUXER[mime]);
  } catch {
    // The header read fine but the data does not decode: truncated or damaged past the index.
    throw new UserError('bad-file', msg('asset.undecodable', { name }));
  }
  return { kind, mime, thumbnail, ...probed };
}

async function prepareFont(name: string, bytes: Uint8Array, mime: 'font/ttf' | 'font/otf' | 'font/woff2'): Promise<PreparedMedia> {
  let info;
  try {
    info = readFont(bytes, mime);
  } catch (error) {
    if (error instanceof FontRefused) throw new UserError('bad-file', msg('asset.fontUnusable', { name, why: error.detail }));
    throw error;
  }
  const { thumbnail } = await withTempFile(bytes, mime === 'font/otf' ? '.otf' : mime === 'font/woff2' ? '.woff2' : '.ttf', (file) =>
    fontSpecimen(file, info.family),
  );
  return { kind: 'font', mime, bytes, thumbnail, fontFamily: info.family, fontStyle: info.style };
}

/**
 * One preparation per core at a time. sharp gives each pipeline one libvips thread on glibc Linux
 * (more on macOS/Windows, but JPEG decoding, most of the work, is serial anyway) and ffmpeg
 * thumbnails are one short single-frame run: one per core keeps every core busy without
 * oversubscribing them, and bounds the memory of many imports started at once.
 */
const preparing = new Slots(Math.max(1, os.availableParallelism()));

export function prepareMedia(fileName: string, bytes: Uint8Array, tools?: Tools): Promise<PreparedMedia> {
  return preparing.run(() => prepareNow(fileName, bytes, tools));
}

async function prepareNow(fileName: string, bytes: Uint8Array, tools: Tools | undefined): Promise<PreparedMedia> {
  const name = displayName(fileName);
  if (bytes.byteLength === 0) throw new UserError('bad-file', msg('asset.empty', { name }));
  const sniffed = sniff(bytes);
  if (sniffed.kind === 'other') throw new UserError('bad-file', msg('asset.notImportable', { name, why: notRecognised(sniffed.looksLike) }));
  const maxBytes = MEDIA_LIMITS[sniffed.kind].maxBytes;
  if (bytes.byteLength > maxBytes) {
    throw new UserError('bad-file', msg('asset.tooLarge', { name, megabytes: wholeMegabytes(maxBytes), kind: KIND_LABEL[sniffed.kind] }));
  }
  switch (sniffed.kind) {
    case 'image': {
      if (sniffed.mime === 'image/gif' || sniffed.mime === 'image/webp') {
        // An animation is a clip (./animated.ts): converted once to an MP4, imported as a video.
        const resolved = tools ?? locateTools();
        const clip = await animatedToMp4(bytes, resolved.ffmpeg).catch(() => null);
        if (clip) return prepareAv(name, clip, 'video', 'video/mp4', resolved);
      }
      const image = await prepareImage(name, bytes);
      return { kind: 'image', bytes, ...image };
    }
    case 'svg':
      return prepareSvg(name, bytes);
    case 'video':
    case 'audio':
      // Looked up per import, not for images: the user may install or point to ffmpeg meanwhile.
      return prepareAv(name, bytes, sniffed.kind, sniffed.mime, tools ?? locateTools());
    case 'font':
      return prepareFont(name, bytes, sniffed.mime);
  }
}

/** The first bytes of a file: enough to tell its kind (sniff) and read a container's header. */
export const HEAD_BYTES = 64 * 1024;

/**
 * A video or a sound prepared from a file where it lies (a staged upload, a file on the command
 * line), never read into memory: the size is checked against the kind's limit first, the
 * container's declared sizes against the file's, then ffprobe and the poster frame read the file
 * itself. Memory stays the same for 2 GB as for 2 MB. The caller stores the file as the blob.
 */
export function prepareMediaFile(fileName: string, file: string, size: number, head: Uint8Array, tools?: Tools): Promise<PreparedMedia> {
  return preparing.run(async () => {
    const name = displayName(fileName);
    if (size === 0) throw new UserError('bad-file', msg('asset.empty', { name }));
    const sniffed = sniff(head);
    if (sniffed.kind !== 'video' && sniffed.kind !== 'audio') throw new Error(`prepareMediaFile takes videos and sounds, not ${sniffed.kind}`);
    const maxBytes = MEDIA_LIMITS[sniffed.kind].maxBytes;
    if (size > maxBytes) throw new UserError('bad-file', msg('asset.tooLarge', { name, megabytes: wholeMegabytes(maxBytes), kind: KIND_LABEL[sniffed.kind] }));
    const handle = await fs.open(file, 'r');
    let cut;
    try {
      cut = await findTruncationIn(
        async (at, length) => {
          const buffer = new Uint8Array(length);
          const { bytesRead } = await handle.read(buffer, 0, length, at);
          return buffer.subarray(0, bytesRead);
        },
        size,
        DEMUXER[sniffed.mime],
      );
    } finally {
      await handle.close();
    }
    if (cut) throw new UserError('bad-file', msg('asset.truncated', { name, actual: sizeText(cut.actual), declared: sizeText(cut.declared) }));
    return probeAndPoster(name, file, sniffed.kind, sniffed.mime, tools ?? locateTools());
  });
}

/** Refuses a file Affiche does not import, or one over its kind's byte limit, from its first bytes and its size. */
export function checkImportable(fileName: string, head: Uint8Array, size: number): void {
  const name = displayName(fileName);
  if (size === 0) throw new UserError('bad-file', msg('asset.empty', { name }));
  const sniffed = sniff(head);
  if (sniffed.kind === 'other') throw new UserError('bad-file', msg('asset.notImportable', { name, why: notRecognised(sniffed.looksLike) }));
  const maxBytes = MEDIA_LIMITS[sniffed.kind].maxBytes;
  if (size > maxBytes) throw new UserError('bad-file', msg('asset.tooLarge', { name, megabytes: wholeMegabytes(maxBytes), kind: KIND_LABEL[sniffed.kind] }));
}

/** Which kinds are imported from their file rather than from their bytes (the big ones). */
export function importsFromFile(head: Uint8Array): boolean {
  const kind = sniff(head).kind;
  return kind === 'video' || kind === 'audio';
}
