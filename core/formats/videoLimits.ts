/**
 * What a network asks of a video file's streams (codec, profile, pixel format, constant rate,
 * audio, index first), from docs/networks.md "Video", and the GIF targets of docs/networks.md
 * "File limits" and the video notes (docs/architecture.md, "Video"). Data only; the numeric limits
 * (types, bytes, duration, fps, pixel bounds) stay in ./fileLimits.ts.
 *
 * A field a network's row does not state falls back to the safe common export of networks.md
 * ("A safe common export for 9:16"): the preflight then reports it as advice (scope 'preset'),
 * not as a refusal.
 */
import type { Network } from './constants';

export interface VideoStreamLimits {
  /** ffprobe codec names ('h264', 'hevc'). */
  videoCodecs?: readonly string[];
  /** H.264 profiles as ffprobe names them. */
  profiles?: readonly string[];
  pixFmts?: readonly string[];
  constantFps?: boolean;
  /** Audio codecs ('aac'); a file without audio always passes. */
  audioCodecs?: readonly string[];
  sampleRates?: readonly number[];
  /** The MP4 index (`moov`) before the data. */
  faststart?: boolean;
  /** Width and height even (4:2:0 chroma is subsampled by two). */
  evenDimensions?: boolean;
  source: string;
}

/** networks.md "A safe common export for 9:16": what Affiche writes and advises everywhere. */
export const SAFE_VIDEO: Required<VideoStreamLimits> = {
  videoCodecs: ['h264'],
  profiles: ['High', 'Main'],
  pixFmts: ['yuv420p'],
  constantFps: true,
  audioCodecs: ['aac'],
  sampleRates: [44100, 48000],
  faststart: true,
  evenDimensions: true,
  source: 'networks.md Video: a safe common export for 9:16 (H.264 High, yuv420p, CFR, +faststart, AAC-LC 48 kHz)',
};

/** Only what each network's row of networks.md "Video" states. */
export const NETWORK_VIDEO: Partial<Record<Network, VideoStreamLimits>> = {
  instagram: {
    videoCodecs: ['h264', 'hevc'],
    pixFmts: ['yuv420p', 'yuvj420p'],
    sampleRates: [8000, 11025, 16000, 22050, 32000, 44100, 48000],
    audioCodecs: ['aac'],
    faststart: true,
    source: 'networks.md Video: Instagram Reels (H.264 or HEVC, 4:2:0, moov atom first, AAC <= 48 kHz)',
  },
  facebook: { constantFps: true, audioCodecs: ['aac'], sampleRates: [48000], source: 'networks.md Video: Facebook Reels (CFR, AAC-LC 48 kHz)' },
  tiktok: { videoCodecs: ['h264'], source: 'networks.md Video: TikTok (H.264)' },
  youtube: { videoCodecs: ['h264'], profiles: ['High'], audioCodecs: ['aac'], sampleRates: [48000], source: 'networks.md Video: YouTube Shorts (H.264 High, AAC-LC 48 kHz)' },
  x: { videoCodecs: ['h264'], profiles: ['High'], audioCodecs: ['aac'], source: 'networks.md Video: X (H.264 High + AAC-LC, no HEVC)' },
  linkedin: { videoCodecs: ['h264'], audioCodecs: ['aac'], source: 'networks.md Video: LinkedIn (MP4 H.264/AAC)' },
  threads: { videoCodecs: ['h264'], audioCodecs: ['aac'], source: 'networks.md Video: Threads (MP4/MOV H.264/AAC)' },
};

/** GIF upload targets: the byte cap, pixel bounds and frame count a network takes. */
export interface GifLimits {
  maxBytes: number;
  maxWidth?: number;
  maxHeight?: number;
  maxFrames?: number;
  source: string;
}

const MB = 1_000_000;

export const GIF_LIMITS: Partial<Record<Network, GifLimits>> = {
  x: { maxBytes: 15 * MB, maxWidth: 1280, maxHeight: 1080, maxFrames: 350, source: 'networks.md File limits: X GIF <= 15 MB; video notes "GIF": X <= 1280x1080, <= 350 frames' },
  linkedin: { maxBytes: 5 * MB, source: 'networks.md File limits: LinkedIn API image JPEG/PNG/GIF <= 5 MB' },
};

/**
 * Where a network has no GIF target (Instagram, TikTok and Threads take MP4 instead; a custom
 * size has no network), a GIF is made for X's: the network that takes GIFs most.
 */
export const DEFAULT_GIF_NETWORK: Network = 'x';

/**
 * The size target of a GIF or animated WebP made for a format of `network`: its own GIF_LIMITS,
 * else DEFAULT_GIF_NETWORK's; `maxBytes` (the caller's own target) replaces the bytes, and then
 * the target is nobody's (`network` null). The pixel and frame bounds stay.
 */
export function gifTarget(network: string | null | undefined, maxBytes?: number): { limits: GifLimits; network: Network | null } {
  const own = network ? GIF_LIMITS[network as Network] : undefined;
  const chosen = own ? (network as Network) : DEFAULT_GIF_NETWORK;
  const limits = own ?? GIF_LIMITS[DEFAULT_GIF_NETWORK]!;
  return maxBytes !== undefined ? { limits: { ...limits, maxBytes }, network: null } : { limits, network: chosen };
}
