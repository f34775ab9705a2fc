/**
 * The network format catalog: data, not code. Figures come from `shared/specs/networks.md`
 * (gathered 2026-11); each entry keeps its source and the date it was checked, because platforms
 * change these every few months.
 */

export const NETWORKS = ['instagram', 'facebook', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'threads', 'bluesky'] as const;
export type Network = (typeof NETWORKS)[number];

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

export type FormatKind = 'image' | 'video' | 'document';
export type Confidence = 'H' | 'M' | 'L';

export interface Format {
  id: string;
  network: Network;
  name: { fr: string; en: string };
  width: number;
  height: number;
  kind: FormatKind;
  confidence: Confidence;
  source: string;
  checked: string;
}

const CHECKED = '2026-11';

function f(
  id: string,
  network: Network,
  en: string,
  fr: string,
  width: number,
  height: number,
  kind: FormatKind,
  confidence: Confidence,
  source: string,
): Format {
  return { id, network, name: { en, fr }, width, height, kind, confidence, source, checked: CHECKED };
}

export const FORMATS: readonly Format[] = [
  f('instagram-portrait', 'instagram', 'Feed portrait', 'Publication portrait', 1080, 1350, 'image', 'H', 'Instagram help centre'),
  f('instagram-square', 'instagram', 'Feed square', 'Publication carrée', 1080, 1080, 'image', 'H', 'Instagram help centre'),
  f('instagram-tall', 'instagram', 'Feed tall (3:4)', 'Publication haute (3:4)', 1080, 1440, 'image', 'M', 'Instagram announcements (3:4 grid)'),
  f('instagram-landscape', 'instagram', 'Feed landscape', 'Publication paysage', 1080, 566, 'image', 'H', 'Instagram help centre'),
  f('instagram-story', 'instagram', 'Story', 'Story', 1080, 1920, 'image', 'H', 'Meta ads guide'),
  f('instagram-reel', 'instagram', 'Reel', 'Reel', 1080, 1920, 'video', 'H', 'Meta ads guide'),
  f('facebook-portrait', 'facebook', 'Feed portrait', 'Publication portrait', 1080, 1350, 'image', 'M', 'Meta ads guide'),
  f('facebook-square', 'facebook', 'Feed square', 'Publication carrée', 1080, 1080, 'image', 'M', 'Meta ads guide'),
  f('facebook-link', 'facebook', 'Link image', 'Image de lien', 1200, 630, 'image', 'H', 'developers.facebook.com sharing'),
  f('facebook-cover', 'facebook', 'Page cover', 'Couverture de page', 1640, 624, 'image', 'M', 'Facebook help centre'),
  f('facebook-story', 'facebook', 'Story', 'Story', 1080, 1920, 'image', 'H', 'Meta ads guide'),
  f('facebook-reel', 'facebook', 'Reel', 'Reel', 1080, 1920, 'video', 'H', 'Meta ads guide'),
  f('linkedin-landscape', 'linkedin', 'Image post landscape', 'Image paysage', 1200, 627, 'image', 'M', 'LinkedIn help'),
  f('linkedin-square', 'linkedin', 'Image post square', 'Image carrée', 1080, 1080, 'image', 'M', 'LinkedIn help'),
  f('linkedin-portrait', 'linkedin', 'Image post portrait', 'Image portrait', 1080, 1350, 'image', 'M', 'LinkedIn help'),
  f('linkedin-document', 'linkedin', 'Document (PDF carousel)', 'Document (carrousel PDF)', 1080, 1350, 'document', 'H', 'LinkedIn help (documents)'),
  f('x-landscape', 'x', 'Image 16:9', 'Image 16:9', 1600, 900, 'image', 'M', 'docs.x.com media best practices'),
  f('x-portrait', 'x', 'Image portrait', 'Image portrait', 1080, 1350, 'image', 'M', 'docs.x.com media best practices'),
  f('tiktok-video', 'tiktok', 'Video', 'Vidéo', 1080, 1920, 'video', 'H', 'developers.tiktok.com content posting'),
  f('tiktok-photo', 'tiktok', 'Photo post', 'Publication photo', 1080, 1920, 'image', 'H', 'developers.tiktok.com content posting'),
  f('youtube-short', 'youtube', 'Short', 'Short', 1080, 1920, 'video', 'H', 'support.google.com/youtube 15424877'),
  f('youtube-thumbnail', 'youtube', 'Thumbnail', 'Miniature', 1280, 720, 'image', 'M', 'support.google.com/youtube 72431'),
  f('pinterest-pin', 'pinterest', 'Standard pin', 'Épingle standard', 1000, 1500, 'image', 'H', 'Pinterest help (pin specs)'),
  f('threads-portrait', 'threads', 'Image portrait', 'Image portrait', 1080, 1350, 'image', 'M', 'developers.facebook.com Threads overview'),
  f('threads-square', 'threads', 'Image square', 'Image carrée', 1080, 1080, 'image', 'M', 'developers.facebook.com Threads overview'),
  f('bluesky-square', 'bluesky', 'Image square (max 2000 px)', 'Image carrée (2000 px max)', 2000, 2000, 'image', 'H', 'atproto app.bsky.embed.images'),
  f('bluesky-landscape', 'bluesky', 'Image landscape', 'Image paysage', 2000, 1125, 'image', 'H', 'atproto app.bsky.embed.images'),
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

export function formatsByNetwork(): Array<{ network: Network; formats: Format[] }> {
  return NETWORKS.map((network) => ({ network, formats: FORMATS.filter((format) => format.network === network) }));
}
