/**
 * Safe zones: where the platform's own buttons and captions cover the frame. From
 * docs/networks.md ("Safe zones at 1080x1920", gathered 2026-11). Data only.
 *
 * Meta's zones are official (Meta ads guide, given in percent: stored as fractions). TikTok's and
 * Shorts' are third-party measurements given as pixel ranges at 1080x1920: the insets keep the wide
 * end of each range (the safe side) and `ranges` keeps what was measured, so the UI can say
 * "approximate". Overlay rectangles are the bands those margins protect (see schema.ts).
 */
import type { Overlay, SafeZone } from './schema';

const HEADER = { fr: 'En-tête de l’application', en: 'App header' };
const BUTTONS = { fr: 'Colonne de boutons', en: 'Buttons column' };
const CAPTION = { fr: 'Légende et compte', en: 'Caption and account' };
const REPLY_BAR = { fr: 'Barre de réponse', en: 'Reply bar' };

const REFERENCE_9_16 = { width: 1080, height: 1920 };

export const META_STORIES_ZONE: SafeZone = {
  id: 'meta-stories',
  label: { fr: 'Stories Meta (Instagram, Facebook)', en: 'Meta Stories (Instagram, Facebook)' },
  status: 'official',
  unit: 'fraction',
  reference: REFERENCE_9_16,
  insets: { top: 0.14, right: 0, bottom: 0.2, left: 0 },
  overlays: [
    { id: 'header', label: HEADER, rect: { x: 0, y: 0, width: 1, height: 0.14 } },
    { id: 'reply-bar', label: REPLY_BAR, rect: { x: 0, y: 0.8, width: 1, height: 0.2 } },
  ],
  confidence: 'H',
  source: 'networks.md Safe zones: Meta ads guide (Stories): 14% top (~270 px), 20% bottom (~384 px)',
};

export const META_REELS_ZONE: SafeZone = {
  id: 'meta-reels',
  label: { fr: 'Reels Meta (Instagram, Facebook)', en: 'Meta Reels (Instagram, Facebook)' },
  status: 'official',
  unit: 'fraction',
  reference: REFERENCE_9_16,
  insets: { top: 0.14, right: 0.06, bottom: 0.35, left: 0.06 },
  overlays: [
    { id: 'header', label: HEADER, rect: { x: 0, y: 0, width: 1, height: 0.14 } },
    { id: 'buttons', label: BUTTONS, rect: { x: 0.94, y: 0.14, width: 0.06, height: 1 - 0.14 - 0.35 } },
    { id: 'caption', label: CAPTION, rect: { x: 0, y: 0.65, width: 1, height: 0.35 } },
  ],
  confidence: 'H',
  source: 'networks.md Safe zones: Meta ads guide (Reels): 14% top, 35% bottom, 6% each side',
};

function pxOverlays(top: number, right: number, bottom: number): Overlay[] {
  const { width, height } = REFERENCE_9_16;
  return [
    { id: 'header', label: HEADER, rect: { x: 0, y: 0, width, height: top } },
    { id: 'buttons', label: BUTTONS, rect: { x: width - right, y: top, width: right, height: height - top - bottom } },
    { id: 'caption', label: CAPTION, rect: { x: 0, y: height - bottom, width, height: bottom } },
  ];
}

export const TIKTOK_ZONE: SafeZone = {
  id: 'tiktok',
  label: { fr: 'TikTok', en: 'TikTok' },
  status: 'approximate',
  unit: 'px',
  reference: REFERENCE_9_16,
  insets: { top: 250, right: 180, bottom: 460, left: 60 },
  ranges: { top: [130, 250], right: [120, 180], bottom: [320, 460], left: [60, 60] },
  overlays: pxOverlays(250, 180, 460),
  confidence: 'L',
  source: 'networks.md Safe zones: TikTok, measured by third parties',
};

/** networks.md gives no left margin for Shorts: 0, not a guess. */
export const YOUTUBE_SHORTS_ZONE: SafeZone = {
  id: 'youtube-shorts',
  label: { fr: 'YouTube Shorts', en: 'YouTube Shorts' },
  status: 'approximate',
  unit: 'px',
  reference: REFERENCE_9_16,
  insets: { top: 120, right: 190, bottom: 480, left: 0 },
  ranges: { top: [120, 120], right: [120, 190], bottom: [300, 480] },
  overlays: pxOverlays(120, 190, 480),
  confidence: 'L',
  source: 'networks.md Safe zones: YouTube Shorts, measured by third parties',
};

export const INSTAGRAM_FEED_ZONE: SafeZone = {
  id: 'instagram-feed-4-5',
  label: { fr: 'Fil Instagram 4:5 (publicités)', en: 'Instagram feed 4:5 (ads)' },
  status: 'approximate',
  unit: 'px',
  reference: { width: 1080, height: 1350 },
  insets: { top: 64, right: 64, bottom: 64, left: 64 },
  overlays: [],
  confidence: 'L',
  source: 'networks.md Safe zones: Feed 4:5 (IG ads)',
};
