/**
 * The network format catalog: data, not code. Every figure comes from `docs/networks.md`
 * (gathered 2026-11); each entry keeps its source and the date it was checked, because platforms
 * change these every few months. Ids are stable: designs store them (design.format.preset).
 *
 * An entry = the preset size (what the editor creates) + the file limits the network enforces
 * (fileLimits.ts) + the text limits of its network (textLimits.ts) + where the platform's UI covers
 * the frame (safeZones.ts). Confidence follows networks.md: H official, M one reputable source,
 * L third-party measurement. Presets marked "derived" are not in networks.md's preset table: they
 * are its common 9:16 video export (1080x1920) checked against that network's video limits.
 */
import * as L from './fileLimits';
import { INSTAGRAM_FEED_ZONE, META_REELS_ZONE, META_STORIES_ZONE, TIKTOK_ZONE, YOUTUBE_SHORTS_ZONE } from './safeZones';
import { NETWORKS, type Network } from './constants';
import type { Crop, Format } from './schema';
import { TEXT_LIMITS } from './textLimits';

export { NETWORKS, FORMAT_KINDS } from './constants';
export type { Confidence, Crop, FileLimits, Format, FormatKind, MediaType, Network, Overlay, Range, Rect, SafeZone, TextLimits } from './schema';

export const NETWORK_LABELS: Record<Network, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
  threads: 'Threads',
  bluesky: 'Bluesky',
};

const CHECKED = '2026-11';

/** The centred part of a width x height frame that has the ratio rw:rh, as fractions of the frame. */
function centredCrop(width: number, height: number, rw: number, rh: number) {
  const cropWidth = Math.min(width, (height * rw) / rh);
  const cropHeight = Math.min(height, (width * rh) / rw);
  return { x: (1 - cropWidth / width) / 2, y: (1 - cropHeight / height) / 2, width: cropWidth / width, height: cropHeight / height };
}

/** Since Jan 2025 the profile grid shows the centre 3:4 of every post (networks.md: H change, M geometry). */
function instagramGrid(width: number, height: number): Crop[] {
  return [
    {
      id: 'profile-grid',
      label: { fr: 'Vignette de la grille du profil (3:4)', en: 'Profile grid thumbnail (3:4)' },
      rect: centredCrop(width, height, 3, 4),
      confidence: 'M',
      source: 'networks.md Canvas presets: Instagram profile grid (Instagram announcements, 3:4 grid)',
    },
  ];
}

const NINE_SIXTEEN_EXPORT = 'networks.md Video: the safe common export for 9:16 (1080x1920, H.264 High, 30 fps CFR)';

export const FORMATS: readonly Format[] = [
  // Instagram
  {
    id: 'instagram-portrait', network: 'instagram', name: { en: 'Feed portrait', fr: 'Publication portrait' },
    width: 1080, height: 1350, ratio: '4:5', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Instagram feed portrait',
    limits: L.INSTAGRAM_FEED_IMAGE, text: TEXT_LIMITS.instagram, safeZone: INSTAGRAM_FEED_ZONE, crops: instagramGrid(1080, 1350),
  },
  {
    id: 'instagram-square', network: 'instagram', name: { en: 'Feed square', fr: 'Publication carrée' },
    width: 1080, height: 1080, ratio: '1:1', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Instagram square',
    limits: L.INSTAGRAM_FEED_IMAGE, text: TEXT_LIMITS.instagram, crops: instagramGrid(1080, 1080),
  },
  {
    id: 'instagram-tall', network: 'instagram', name: { en: 'Feed tall (3:4)', fr: 'Publication haute (3:4)' },
    width: 1080, height: 1440, ratio: '3:4', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: Instagram feed tall (Instagram announcements, 3:4 grid)',
    note: 'app only: the publishing API accepts 4:5..1.91:1',
    limits: L.INSTAGRAM_APP_IMAGE, text: TEXT_LIMITS.instagram,
  },
  {
    id: 'instagram-landscape', network: 'instagram', name: { en: 'Feed landscape', fr: 'Publication paysage' },
    width: 1080, height: 566, ratio: '1.91:1', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Instagram landscape',
    limits: L.INSTAGRAM_FEED_IMAGE, text: TEXT_LIMITS.instagram, crops: instagramGrid(1080, 566),
  },
  {
    id: 'instagram-carousel', network: 'instagram', name: { en: 'Carousel slide (4:5)', fr: 'Diapositive de carrousel (4:5)' },
    width: 1080, height: 1350, ratio: '4:5', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Instagram feed portrait and carousel (Instagram announcements, 20-slide carousels)',
    note: 'every slide at this size: the first slide fixes the ratio of the carousel',
    limits: L.INSTAGRAM_CAROUSEL, text: TEXT_LIMITS.instagram, safeZone: INSTAGRAM_FEED_ZONE, crops: instagramGrid(1080, 1350),
  },
  {
    id: 'instagram-story', network: 'instagram', name: { en: 'Story', fr: 'Story' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Instagram story / reel (Meta ads guide)',
    limits: L.INSTAGRAM_APP_IMAGE, text: TEXT_LIMITS.instagram, safeZone: META_STORIES_ZONE,
  },
  {
    id: 'instagram-reel', network: 'instagram', name: { en: 'Reel', fr: 'Reel' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Instagram story / reel (Meta ads guide)',
    limits: L.INSTAGRAM_REEL, text: TEXT_LIMITS.instagram, safeZone: META_REELS_ZONE,
  },
  // Facebook
  {
    id: 'facebook-portrait', network: 'facebook', name: { en: 'Feed portrait', fr: 'Publication portrait' },
    width: 1080, height: 1350, ratio: '4:5', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: Facebook feed portrait',
    limits: L.FACEBOOK_IMAGE, text: TEXT_LIMITS.facebook,
  },
  {
    id: 'facebook-square', network: 'facebook', name: { en: 'Feed square', fr: 'Publication carrée' },
    width: 1080, height: 1080, ratio: '1:1', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: Facebook feed square',
    limits: L.FACEBOOK_IMAGE, text: TEXT_LIMITS.facebook,
  },
  {
    id: 'facebook-link', network: 'facebook', name: { en: 'Link image', fr: 'Image de lien' },
    width: 1200, height: 630, ratio: '1.91:1', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Facebook link image',
    limits: L.FACEBOOK_IMAGE, text: TEXT_LIMITS.facebook,
  },
  {
    id: 'facebook-cover', network: 'facebook', name: { en: 'Page cover', fr: 'Couverture de page' },
    width: 1640, height: 624, ratio: '2.63:1', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: Facebook page cover',
    note: 'shown at 820x312 on desktop (the whole frame, halved) and 640x360 on mobile (centre crop)',
    limits: L.FACEBOOK_IMAGE, text: TEXT_LIMITS.facebook,
    crops: [
      {
        id: 'mobile', label: { fr: 'Visible sur mobile (640x360)', en: 'Visible on mobile (640x360)' },
        rect: centredCrop(1640, 624, 640, 360), confidence: 'M', source: 'networks.md Canvas presets: Facebook page cover',
      },
    ],
  },
  {
    id: 'facebook-story', network: 'facebook', name: { en: 'Story', fr: 'Story' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Facebook story / reel (Meta ads guide)',
    limits: L.FACEBOOK_IMAGE, text: TEXT_LIMITS.facebook, safeZone: META_STORIES_ZONE,
  },
  {
    id: 'facebook-reel', network: 'facebook', name: { en: 'Reel', fr: 'Reel' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Facebook story / reel (Meta ads guide)',
    limits: L.FACEBOOK_REEL, text: TEXT_LIMITS.facebook, safeZone: META_REELS_ZONE,
  },
  // LinkedIn
  {
    id: 'linkedin-landscape', network: 'linkedin', name: { en: 'Image post landscape', fr: 'Image paysage' },
    width: 1200, height: 627, ratio: '1.91:1', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: LinkedIn image post',
    limits: L.LINKEDIN_IMAGE, text: TEXT_LIMITS.linkedin,
  },
  {
    id: 'linkedin-square', network: 'linkedin', name: { en: 'Image post square', fr: 'Image carrée' },
    width: 1080, height: 1080, ratio: '1:1', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: LinkedIn image post',
    limits: L.LINKEDIN_IMAGE, text: TEXT_LIMITS.linkedin,
  },
  {
    id: 'linkedin-portrait', network: 'linkedin', name: { en: 'Image post portrait', fr: 'Image portrait' },
    width: 1080, height: 1350, ratio: '4:5', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: LinkedIn image post',
    limits: L.LINKEDIN_IMAGE, text: TEXT_LIMITS.linkedin,
  },
  {
    id: 'linkedin-document', network: 'linkedin', name: { en: 'Document (PDF carousel)', fr: 'Document (carrousel PDF)' },
    width: 1080, height: 1350, ratio: '4:5', kind: 'document', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: LinkedIn document (LinkedIn Help, documents)',
    limits: L.LINKEDIN_DOCUMENT, text: TEXT_LIMITS.linkedin,
  },
  {
    id: 'linkedin-video', network: 'linkedin', name: { en: 'Vertical video', fr: 'Vidéo verticale' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'M', checked: CHECKED,
    source: NINE_SIXTEEN_EXPORT,
    note: 'derived: 9:16 is inside LinkedIn’s 1:2.4..2.4:1 video ratios',
    limits: L.LINKEDIN_VIDEO, text: TEXT_LIMITS.linkedin,
  },
  // X
  {
    id: 'x-landscape', network: 'x', name: { en: 'Image 16:9', fr: 'Image 16:9' },
    width: 1600, height: 900, ratio: '16:9', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: X image (docs.x.com media best practices)',
    limits: L.X_IMAGE, text: TEXT_LIMITS.x,
  },
  {
    id: 'x-portrait', network: 'x', name: { en: 'Image portrait', fr: 'Image portrait' },
    width: 1080, height: 1350, ratio: '4:5', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: X image (docs.x.com media best practices)',
    limits: L.X_IMAGE, text: TEXT_LIMITS.x,
  },
  {
    id: 'x-video', network: 'x', name: { en: 'Vertical video', fr: 'Vidéo verticale' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'M', checked: CHECKED,
    source: NINE_SIXTEEN_EXPORT,
    note: 'derived: fits X’s 1200x1920 bound for vertical video',
    limits: L.X_VIDEO_VERTICAL, text: TEXT_LIMITS.x,
  },
  // TikTok
  {
    id: 'tiktok-video', network: 'tiktok', name: { en: 'Video', fr: 'Vidéo' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: TikTok video (developers.tiktok.com content posting guide)',
    limits: L.TIKTOK_VIDEO, text: TEXT_LIMITS.tiktok, safeZone: TIKTOK_ZONE,
  },
  {
    id: 'tiktok-photo', network: 'tiktok', name: { en: 'Photo post', fr: 'Publication photo' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: TikTok photo post (developers.tiktok.com content posting guide)',
    limits: L.TIKTOK_PHOTO, text: TEXT_LIMITS.tiktok, safeZone: TIKTOK_ZONE,
  },
  // YouTube
  {
    id: 'youtube-short', network: 'youtube', name: { en: 'Short', fr: 'Short' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: YouTube Shorts (support.google.com/youtube 15424877)',
    limits: L.YOUTUBE_SHORT, text: TEXT_LIMITS.youtube, safeZone: YOUTUBE_SHORTS_ZONE,
  },
  {
    id: 'youtube-thumbnail', network: 'youtube', name: { en: 'Thumbnail', fr: 'Miniature' },
    width: 1280, height: 720, ratio: '16:9', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: YouTube thumbnail',
    limits: L.YOUTUBE_THUMBNAIL, text: TEXT_LIMITS.youtube,
  },
  // Pinterest
  {
    id: 'pinterest-pin', network: 'pinterest', name: { en: 'Standard pin', fr: 'Épingle standard' },
    width: 1000, height: 1500, ratio: '2:3', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Pinterest standard pin',
    limits: L.PINTEREST_IMAGE, text: TEXT_LIMITS.pinterest,
  },
  // Threads
  {
    id: 'threads-portrait', network: 'threads', name: { en: 'Image portrait', fr: 'Image portrait' },
    width: 1080, height: 1350, ratio: '4:5', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: Threads image (developers.facebook.com Threads overview)',
    limits: L.THREADS_IMAGE, text: TEXT_LIMITS.threads,
  },
  {
    id: 'threads-square', network: 'threads', name: { en: 'Image square', fr: 'Image carrée' },
    width: 1080, height: 1080, ratio: '1:1', kind: 'image', confidence: 'L', checked: CHECKED,
    source: 'networks.md Canvas presets: Threads image (lists 1080x1350 only)',
    note: 'not in networks.md’s preset table (low confidence); kept because designs store this id',
    limits: L.THREADS_IMAGE, text: TEXT_LIMITS.threads,
  },
  {
    id: 'threads-video', network: 'threads', name: { en: 'Vertical video', fr: 'Vidéo verticale' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'M', checked: CHECKED,
    source: NINE_SIXTEEN_EXPORT,
    note: 'derived: Threads takes MP4/MOV H.264/AAC up to 5 min',
    limits: L.THREADS_VIDEO, text: TEXT_LIMITS.threads,
  },
  // Bluesky
  {
    id: 'bluesky-square', network: 'bluesky', name: { en: 'Image square (max 2000 px)', fr: 'Image carrée (2000 px max)' },
    width: 2000, height: 2000, ratio: '1:1', kind: 'image', confidence: 'H', checked: CHECKED,
    source: 'networks.md Canvas presets: Bluesky image, 2000 px per side (atproto app.bsky.embed.images)',
    limits: L.BLUESKY_IMAGE, text: TEXT_LIMITS.bluesky,
  },
  {
    id: 'bluesky-landscape', network: 'bluesky', name: { en: 'Image landscape', fr: 'Image paysage' },
    width: 2000, height: 1125, ratio: '16:9', kind: 'image', confidence: 'M', checked: CHECKED,
    source: 'networks.md Canvas presets: Bluesky image, 2000 px per side (atproto app.bsky.embed.images)',
    note: 'derived: 16:9 at the 2000 px side limit',
    limits: L.BLUESKY_IMAGE, text: TEXT_LIMITS.bluesky,
  },
  {
    id: 'bluesky-video', network: 'bluesky', name: { en: 'Vertical video', fr: 'Vidéo verticale' },
    width: 1080, height: 1920, ratio: '9:16', kind: 'video', confidence: 'M', checked: CHECKED,
    source: NINE_SIXTEEN_EXPORT,
    note: 'derived: Bluesky takes one MP4 up to 100 MB and 3 min (atproto app.bsky.embed.video)',
    limits: L.BLUESKY_VIDEO, text: TEXT_LIMITS.bluesky,
  },
];

export function findFormat(id: string): Format | undefined {
  return FORMATS.find((format) => format.id === id);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** "4:5", "9:16", or "1.91:1" when the exact ratio has large terms. */
export function ratioLabel(width: number, height: number): string {
  const d = gcd(width, height);
  const w = width / d;
  const h = height / d;
  if (w <= 32 && h <= 32) return `${w}:${h}`;
  const r = width / height;
  return r >= 1 ? `${r.toFixed(2).replace(/0$/, '')}:1` : `1:${(1 / r).toFixed(2).replace(/0$/, '')}`;
}

/** The numeric value (width / height) of a ratio written "4:5" or "1.91:1". */
export function ratioValue(ratio: string): number {
  const [w, h] = ratio.split(':').map(Number);
  return w / h;
}

export function formatsByNetwork(): Array<{ network: Network; formats: Format[] }> {
  return NETWORKS.map((network) => ({ network, formats: FORMATS.filter((format) => format.network === network) }));
}
