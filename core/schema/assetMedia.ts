/**
 * Library schema v3: what import learned about a media file, stored on its asset record so lists
 * and the editor need not re-probe it. Every field is optional: v2 records have none, and each
 * kind fills only what applies (a font has no duration, a sound no pixel size).
 */
import { z } from 'zod';

const codec = z.string().min(1).max(40);

export const assetMediaShape = {
  /** Video and sound: length in milliseconds. */
  durationMs: z.number().int().min(0).max(24 * 3600 * 1000).optional(),
  /** ffprobe codec names ("h264", "vp9", "aac", "mp3", "pcm_s16le"). */
  videoCodec: codec.optional(),
  audioCodec: codec.optional(),
  /** Average frames per second (29.97 stays fractional). */
  fps: z.number().positive().max(1000).optional(),
  /** A few dominant colours, "#rrggbb", most frequent first. */
  colors: z.array(z.string().regex(/^#[0-9a-f]{6}$/)).max(8).optional(),
  /** Fonts: family and style names from the font's own 'name' table. */
  fontFamily: z.string().min(1).max(100).optional(),
  fontStyle: z.string().min(1).max(100).optional(),
};
