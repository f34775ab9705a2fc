/**
 * File limits per network and kind of post, from docs/networks.md ("File limits" and
 * "Video" tables, gathered 2026-11). Data only. networks.md asks for the stricter of the in-app and
 * API figures; each `note` says which one was kept. 1 MB = 1,000,000 bytes (see schema.ts).
 */
import type { FileLimits } from './schema';

const MB = 1_000_000;

/** Instagram publishing API: feed images (JPEG/PNG <= 8 MB, width 320..1440, ratio 4:5..1.91:1). */
export const INSTAGRAM_FEED_IMAGE: FileLimits = {
  types: ['image/jpeg', 'image/png'],
  maxBytes: 8 * MB,
  width: { min: 320, max: 1440 },
  aspect: { min: 4 / 5, max: 1.91 },
  // A feed post may be a carousel of these: 20 slides in the app, 10 through the publishing API.
  maxItems: 20,
  apiMaxItems: 10,
  confidence: 'M',
  source: 'networks.md File limits: Instagram API (Ayrshare / getlate / upload-post API mirrors); Instagram announcements (20-slide carousels)',
};

/** Carousels: the feed image rules, per slide; 20 slides in the app, 10 through the API (both kept, core/carousel/limits.ts). */
export const INSTAGRAM_CAROUSEL: FileLimits = {
  ...INSTAGRAM_FEED_IMAGE,
  note: 'up to 20 slides in the app, 10 through the publishing API; the first slide fixes the ratio',
};

/**
 * Stories and the app-only 3:4 post: the API's type, weight and width limits, without its feed ratio
 * range (4:5..1.91:1), which a 9:16 story or a 3:4 post would fail by design.
 */
export const INSTAGRAM_APP_IMAGE: FileLimits = {
  types: ['image/jpeg', 'image/png'],
  maxBytes: 8 * MB,
  width: { min: 320, max: 1440 },
  confidence: 'M',
  source: 'networks.md File limits: Instagram API (Ayrshare / getlate / upload-post API mirrors)',
  note: 'the publishing API ratio range 4:5..1.91:1 applies to feed posts only',
};

export const INSTAGRAM_REEL: FileLimits = {
  types: ['video/mp4', 'video/quicktime'],
  durationSeconds: { min: 3, max: 180 },
  fps: { min: 23, max: 60 },
  width: { max: 1920 },
  confidence: 'M',
  source: 'networks.md Video: Instagram Reels (Instagram announcements; API mirrors)',
  note: 'app: up to 3 min, API: 3 s..15 min: 3..180 s kept. H.264 or HEVC, closed GOP, 4:2:0, moov atom first, AAC <= 48 kHz',
};

/** Facebook Pages API images (types not stated in networks.md). */
export const FACEBOOK_IMAGE: FileLimits = {
  maxBytes: 10 * MB,
  width: { max: 2048 },
  height: { max: 2048 },
  confidence: 'M',
  source: 'networks.md File limits: Facebook Pages API',
};

export const FACEBOOK_REEL: FileLimits = {
  durationSeconds: { min: 3, max: 90 },
  fps: { min: 24, max: 60 },
  confidence: 'M',
  source: 'networks.md Video: Facebook Reels (API)',
  note: 'CFR, closed GOP 2..5 s, AAC-LC 48 kHz >= 128 kbps',
};

export const LINKEDIN_IMAGE: FileLimits = {
  types: ['image/jpeg', 'image/png', 'image/gif'],
  maxBytes: 5 * MB,
  confidence: 'M',
  source: 'networks.md File limits: LinkedIn API',
};

export const LINKEDIN_DOCUMENT: FileLimits = {
  types: ['application/pdf'],
  maxBytes: 100 * MB,
  maxPages: 300,
  confidence: 'H',
  source: 'networks.md Canvas presets and File limits: LinkedIn Help (documents)',
  note: 'all pages the same size; aim under 10 MB',
};

export const LINKEDIN_VIDEO: FileLimits = {
  types: ['video/mp4'],
  minBytes: 75_000,
  maxBytes: 5_000 * MB,
  durationSeconds: { min: 3, max: 900 },
  aspect: { min: 1 / 2.4, max: 2.4 },
  confidence: 'M',
  source: 'networks.md Video: LinkedIn',
  note: 'H.264 / AAC; 75 KB read as 75,000 bytes',
};

export const X_IMAGE: FileLimits = {
  types: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  maxBytes: 5 * MB,
  maxBytesByType: { 'image/gif': 15 * MB },
  maxItems: 4,
  confidence: 'H',
  source: 'networks.md File limits: X (docs.x.com media best practices)',
};

/** Portrait bounds (1200x1920) because the only X video preset is vertical. */
export const X_VIDEO_VERTICAL: FileLimits = {
  types: ['video/mp4'],
  maxBytes: 512 * MB,
  width: { max: 1200 },
  height: { max: 1920 },
  durationSeconds: { max: 140 },
  confidence: 'M',
  source: 'networks.md Video: X (docs.x.com media best practices)',
  note: '140 s for standard accounts; H.264 High + AAC-LC, no HEVC; <= 25 Mbps; landscape bound is 1920x1200',
};

/** networks.md names the codec (H.264) but not the container: types are left unstated. */
export const TIKTOK_VIDEO: FileLimits = {
  durationSeconds: { min: 3, max: 600 },
  fps: { min: 23, max: 60 },
  width: { min: 360, max: 4096 },
  height: { min: 360, max: 4096 },
  confidence: 'M',
  source: 'networks.md Video: TikTok (developers.tiktok.com content posting guide)',
  note: 'H.264',
};

/** TikTok photo posts refuse PNG: the auto-fix converts to JPEG. */
export const TIKTOK_PHOTO: FileLimits = {
  types: ['image/jpeg', 'image/webp'],
  maxBytes: 20 * MB,
  maxItems: 35,
  confidence: 'M',
  source: 'networks.md File limits: TikTok API photo posts (developers.tiktok.com content posting guide)',
};

export const YOUTUBE_SHORT: FileLimits = {
  durationSeconds: { max: 180 },
  aspect: { max: 1 },
  confidence: 'H',
  source: 'networks.md Video: YouTube Shorts (support.google.com/youtube 1722171, 15424877)',
  note: 'square or vertical; upload H.264 High, closed GOP, 1080p 8 Mbps (12 at 60 fps), AAC-LC 48 kHz',
};

export const YOUTUBE_THUMBNAIL: FileLimits = {
  maxBytes: 2 * MB,
  confidence: 'M',
  source: 'networks.md File limits: YouTube thumbnail',
  note: '2 MB is the mobile upload limit',
};

/** "600x900 min, 2000x3000 max" read as width 600..2000 and height 900..3000. */
export const PINTEREST_IMAGE: FileLimits = {
  maxBytes: 20 * MB,
  width: { min: 600, max: 2000 },
  height: { min: 900, max: 3000 },
  confidence: 'M',
  source: 'networks.md File limits: Pinterest API',
  note: 'pins taller than 2:3 are cropped',
};

export const THREADS_IMAGE: FileLimits = {
  types: ['image/jpeg', 'image/png'],
  maxBytes: 8 * MB,
  maxItems: 20,
  apiMaxItems: 10,
  confidence: 'M',
  source: 'networks.md File limits: Threads (developers.facebook.com Threads overview)',
  note: 'up to 20 images per post in the app, some API docs say 10',
};

export const THREADS_VIDEO: FileLimits = {
  types: ['video/mp4', 'video/quicktime'],
  maxBytes: 1_000 * MB,
  durationSeconds: { max: 300 },
  confidence: 'M',
  source: 'networks.md Video: Threads (developers.facebook.com Threads overview)',
  note: 'H.264 / AAC',
};

/** The atproto lexicon caps a blob at 1,000,000 bytes exactly (not 1 MiB). */
export const BLUESKY_IMAGE: FileLimits = {
  types: ['image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 1_000_000,
  width: { max: 2000 },
  height: { max: 2000 },
  maxItems: 4,
  confidence: 'H',
  source: 'networks.md File limits: Bluesky (atproto lexicon app.bsky.embed.images)',
  note: 'a GIF is accepted but shows its first frame only, so it is not listed',
};

export const BLUESKY_VIDEO: FileLimits = {
  types: ['video/mp4'],
  maxBytes: 100 * MB,
  durationSeconds: { max: 180 },
  maxItems: 1,
  confidence: 'M',
  source: 'networks.md Video: Bluesky (atproto lexicon app.bsky.embed.video)',
};
