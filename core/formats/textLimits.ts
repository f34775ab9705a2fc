/**
 * Caption, hashtag and alt-text limits per network, from docs/networks.md ("Text" table,
 * gathered 2026-11). Shared by every format of a network. Where the app and the API differ, the
 * stricter figure is kept and the note says so. Absent fields: networks.md has no figure.
 */
import type { Network, TextLimits } from './schema';

export const TEXT_LIMITS: Record<Network, TextLimits> = {
  instagram: {
    caption: { max: 2200, visible: 125 },
    hashtags: { max: 5, note: 'at most 5 per post since Dec 2025 (was 30)' },
    altText: { max: 1000 },
    confidence: 'H',
    source: 'networks.md Text: Instagram (SocialMediaToday for the hashtag cap; alt text from API tools)',
  },
  facebook: {
    caption: { max: 63_206 },
    confidence: 'M',
    source: 'networks.md Text: Facebook',
  },
  linkedin: {
    caption: { max: 3000, visible: 140 },
    altText: { confirmed: false },
    confidence: 'H',
    source: 'networks.md Text: LinkedIn',
  },
  x: {
    caption: { max: 280, unit: 'weighted', note: '25,000 for Premium accounts; twitter-text v3 weights (URLs 23, emoji and CJK 2)' },
    altText: { max: 1000 },
    confidence: 'H',
    source: 'networks.md Text: X (docs.x.com)',
  },
  tiktok: {
    caption: { max: 2200, note: 'via the API; about 4,000 in the app: the API figure is kept' },
    title: { max: 90, note: 'photo posts' },
    confidence: 'M',
    source: 'networks.md Text: TikTok (developers.tiktok.com content posting guide)',
  },
  youtube: {
    caption: { max: 5000, unit: 'bytes', note: 'the description, 5,000 bytes (posts.md, Caption rules)' },
    title: { max: 100 },
    hashtags: { shown: 3, note: 'too many hashtags and YouTube ignores them all (threshold not in networks.md)' },
    confidence: 'M',
    source: 'networks.md Text: YouTube (support.google.com/youtube; rated H/M, the lower kept)',
  },
  pinterest: {
    caption: { max: 500, note: 'the description' },
    title: { max: 100 },
    altText: { max: 500 },
    confidence: 'M',
    source: 'networks.md Text: Pinterest',
  },
  threads: {
    caption: { max: 500 },
    hashtags: { max: 1, note: 'one topic tag per post' },
    altText: { max: 1000 },
    confidence: 'L',
    source: 'networks.md Text: Threads (developers.facebook.com Threads overview; rated H/L, the lower kept)',
  },
  bluesky: {
    caption: { max: 300, unit: 'graphemes', maxBytes: 3000 },
    altText: { max: 2000, required: true },
    confidence: 'H',
    source: 'networks.md Text: Bluesky (atproto lexicons); alt text 2,000 as the app takes it (posts.md, Caption rules)',
  },
};
