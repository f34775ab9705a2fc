/**
 * What one network publishes of a post (docs/architecture.md, Posts): the target's own fields where
 * it has them, else the master's, like a linked variant takes its design's. Every consumer (the
 * caption editor's checks, the calendar, the bundle, the CSVs, the .ics) reads a post through this.
 */
import type { Network } from '../formats/constants';
import type { PlannedTime, PostInput, PostTarget } from '../schema/posts';

export interface ResolvedTarget {
  network: Network;
  designId: string | undefined;
  formatId: string | undefined;
  caption: string;
  hashtags: string[];
  title: string;
  /** As stored on the target (the design's slide alt texts fill the gaps at export). */
  altTexts: string[];
  firstComment: string;
  link: string;
  at: PlannedTime | null;
  /** Which fields the target overrides (the editor shows them as edited). */
  overrides: ReadonlySet<OverridableField>;
}

export const OVERRIDABLE_FIELDS = ['caption', 'hashtags', 'title', 'altTexts', 'firstComment', 'link', 'at'] as const;
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number];

export function targetOf(post: PostInput, network: Network): PostTarget | undefined {
  return post.targets.find((target) => target.network === network);
}

export function resolveTarget(post: PostInput, target: PostTarget): ResolvedTarget {
  const overrides = new Set(OVERRIDABLE_FIELDS.filter((field) => target[field] !== undefined));
  return {
    network: target.network,
    designId: target.designId ?? post.designIds[0],
    formatId: target.formatId,
    caption: target.caption ?? post.master.caption,
    hashtags: [...(target.hashtags ?? post.master.hashtags)],
    title: target.title ?? post.title,
    altTexts: [...(target.altTexts ?? [])],
    firstComment: target.firstComment ?? post.master.firstComment,
    link: target.link ?? post.master.link,
    at: target.at ?? post.at,
    overrides,
  };
}

export function resolveTargets(post: PostInput): ResolvedTarget[] {
  return post.targets.map((target) => resolveTarget(post, target));
}

/**
 * The text as it is posted: the caption, then the hashtags not already in it on a line of their
 * own (a hashtag typed inside the caption is counted once).
 */
export function postedText(resolved: Pick<ResolvedTarget, 'caption' | 'hashtags'>): string {
  const inCaption = new Set((resolved.caption.match(/#[^\s#]+/gu) ?? []).map((tag) => tag.toLowerCase()));
  const extra = resolved.hashtags.filter((tag) => !inCaption.has(tag.toLowerCase()));
  const caption = resolved.caption.trimEnd();
  if (extra.length === 0) return caption;
  return caption ? `${caption}\n\n${extra.join(' ')}` : extra.join(' ');
}
