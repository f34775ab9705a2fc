/**
 * Which format a post publishes on a network (docs/architecture.md, Posts): the design's own format
 * when it belongs to that network, else the design's linked variant for that network, else the
 * network's usual format for the design's kind, which an export lays out in memory as
 * "Resize to..." would (never a crop of the design's pixels). The CLI's `posts add`, the post
 * editor and the bundle all ask here.
 */
import { FORMATS, findFormat } from '../formats/catalog';
import type { Network } from '../formats/constants';
import type { Design } from '../schema';

export type TargetFormatSource = 'design' | 'variant' | 'resized';

export interface TargetFormat {
  formatId: string;
  source: TargetFormatSource;
  /** The linked variant used, when `source` is `variant`. */
  variantId?: string;
}

/**
 * The network's usual formats for each kind of design, most usual first (feed pictures for stills
 * and memes, the carousel slide or document for carousels, the vertical video for videos).
 */
export const USUAL_FORMATS: Record<Network, { still: readonly string[]; carousel: readonly string[]; video: readonly string[] }> = {
  instagram: { still: ['instagram-portrait', 'instagram-square', 'instagram-landscape'], carousel: ['instagram-carousel'], video: ['instagram-reel'] },
  facebook: { still: ['facebook-portrait', 'facebook-square'], carousel: ['facebook-square', 'facebook-portrait'], video: ['facebook-reel'] },
  linkedin: { still: ['linkedin-square', 'linkedin-portrait', 'linkedin-landscape'], carousel: ['linkedin-document'], video: ['linkedin-video'] },
  x: { still: ['x-landscape', 'x-portrait'], carousel: ['x-landscape', 'x-portrait'], video: ['x-video'] },
  tiktok: { still: ['tiktok-photo'], carousel: ['tiktok-photo'], video: ['tiktok-video'] },
  youtube: { still: ['youtube-thumbnail'], carousel: ['youtube-thumbnail'], video: ['youtube-short'] },
  pinterest: { still: ['pinterest-pin'], carousel: ['pinterest-pin'], video: ['pinterest-pin'] },
  threads: { still: ['threads-portrait', 'threads-square'], carousel: ['threads-portrait', 'threads-square'], video: ['threads-video'] },
  bluesky: { still: ['bluesky-square', 'bluesky-landscape'], carousel: ['bluesky-square', 'bluesky-landscape'], video: ['bluesky-video'] },
};

function networkOf(preset: string | null): Network | undefined {
  return preset ? findFormat(preset)?.network : undefined;
}

/** Of the usual formats, the one whose shape is nearest the design's (a square design stays square). */
function usualFormat(design: Pick<Design, 'kind' | 'format'>, network: Network): string {
  const kind = design.kind === 'video' ? 'video' : design.kind === 'carousel' ? 'carousel' : 'still';
  const ratio = design.format.width / design.format.height;
  const candidates = USUAL_FORMATS[network][kind].map((id) => findFormat(id)!).filter(Boolean);
  let best = candidates[0];
  for (const format of candidates) {
    const distance = Math.abs(Math.log(format.width / format.height / ratio));
    if (distance < Math.abs(Math.log(best.width / best.height / ratio)) - 1e-9) best = format;
  }
  return best.id;
}

export function formatForNetwork(design: Pick<Design, 'kind' | 'format' | 'variants'>, network: Network): TargetFormat {
  if (design.format.preset && networkOf(design.format.preset) === network) return { formatId: design.format.preset, source: 'design' };
  const variant = (design.variants ?? []).find((v) => networkOf(v.format.preset) === network);
  if (variant?.format.preset) return { formatId: variant.format.preset, source: 'variant', variantId: variant.id };
  return { formatId: usualFormat(design, network), source: 'resized' };
}

/** Every catalog id USUAL_FORMATS names exists and belongs to its network (checked by a test). */
export function usualFormatProblems(): string[] {
  const problems: string[] = [];
  for (const [network, kinds] of Object.entries(USUAL_FORMATS)) {
    for (const id of [...kinds.still, ...kinds.carousel, ...kinds.video]) {
      const format = FORMATS.find((f) => f.id === id);
      if (!format) problems.push(`${id}: not in the catalog`);
      else if (format.network !== network) problems.push(`${id}: belongs to ${format.network}, listed for ${network}`);
    }
  }
  return problems;
}
