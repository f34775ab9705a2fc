/**
 * Import limits per kind, all checked before any decoder runs on the data (EXP-06). Generous for
 * social-media work, small enough that one dropped file cannot exhaust memory or stall the app.
 */
export const MEDIA_LIMITS = {
  image: { maxBytes: 100 * 1024 * 1024, maxSide: 16_384, maxPixels: 100_000_000 },
  /** An SVG is text held in memory and parsed whole: a few MB is already a very large drawing. */
  svg: { maxBytes: 5 * 1024 * 1024 },
  /** 15 min: longer than any network's feed video; sides up to 8K. */
  video: { maxBytes: 2 * 1024 * 1024 * 1024, minDurationMs: 40, maxDurationMs: 15 * 60_000, maxSide: 8192 },
  /** 1 h: a podcast excerpt or a music track, not an audiobook. */
  audio: { maxBytes: 500 * 1024 * 1024, minDurationMs: 40, maxDurationMs: 60 * 60_000 },
  font: { maxBytes: 30 * 1024 * 1024, maxTables: 128 },
  thumbnailSide: 512,
  /** Every ffprobe / ffmpeg run is killed after this (a hostile file must not hang an import). */
  probeTimeoutMs: 8_000,
  thumbnailTimeoutMs: 20_000,
  decodeTimeoutSeconds: 30,
} as const;

/**
 * Every thumbnail's WebP settings. Effort 0 instead of sharp's default 4: a 512 px thumbnail of a
 * grainy 2000x1500 photo encodes in ~8 ms instead of 12-55 ms (effort 1: ~10 ms) at the same size
 * within 1 %; thumbnails are many, small and stay local.
 */
export const THUMBNAIL_WEBP = { quality: 82, effort: 0 } as const;

export type MediaKind = 'image' | 'video' | 'audio' | 'font';
