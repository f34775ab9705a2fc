/**
 * The post editor's operations (docs/architecture.md, Posts): each takes a post and returns a new
 * one, never changing its input. The editor screen, and anything else that edits a post, calls
 * these and then `posts.save`; nothing else re-implements them.
 *
 * A target holds only what differs on its network: overriding a field writes it on the target,
 * resetting it removes it so the master's value shows again (`resolveTarget`).
 */
import type { Network } from '../formats/constants';
import { NETWORKS } from '../formats/constants';
import { findFormat } from '../formats/catalog';
import type { Design, Page } from '../schema/design';
import { POSTS_LIMITS, WEEKDAYS, type BestTime, type PlannedTime, type PostInput, type PostMaster, type PostStatus, type PostTarget } from '../schema/posts';
import { resolveTarget, targetOf, type OverridableField } from './resolve';
import { formatForNetwork } from './targetFormat';
import { blocksReady, checkPost, type CheckContext } from './checks';
import { addDays, weekdayIndex } from './time';

/** What the editor needs of a design to plan it: its format (and variants) for each network, its pages for alt text. */
export type PostDesign = Pick<Design, 'id' | 'name' | 'kind' | 'format'> & Partial<Pick<Design, 'variants' | 'pages'>>;

export interface NewPostOptions {
  design?: PostDesign;
  networks: readonly Network[];
  /** The local clock time `YYYY-MM-DDTHH:mm`; null or absent: unplanned (the tray). */
  at?: string | null;
  zone: string;
  title?: string;
}

/** A draft post: the design, one target per network with the format it uses there. */
export function newPost(id: string, options: NewPostOptions): PostInput {
  const { design } = options;
  const post: PostInput = {
    id,
    title: (options.title ?? design?.name ?? '').slice(0, POSTS_LIMITS.title),
    status: 'draft',
    notes: '',
    at: options.at ? { local: options.at, zone: options.zone } : null,
    designIds: design ? [design.id] : [],
    master: { caption: '', hashtags: [], firstComment: '', link: '' },
    targets: [],
  };
  return options.networks.reduce((next, network) => addNetwork(next, network, design), post);
}

/**
 * "Plan a post" from a design: a draft with that design, unplanned, whose first network is the one
 * the design's format belongs to (Instagram for a custom size, which belongs to none).
 */
export function planPostFrom(id: string, design: PostDesign, zone: string): PostInput {
  const network = (design.format.preset ? findFormat(design.format.preset)?.network : undefined) ?? 'instagram';
  return newPost(id, { design, networks: [network], at: null, zone });
}

/** Adds the network (in the catalog's order of networks), using the design's format there. */
export function addNetwork(post: PostInput, network: Network, design?: PostDesign): PostInput {
  if (targetOf(post, network)) return post;
  const target: PostTarget = { network };
  if (design) {
    target.designId = design.id;
    target.formatId = formatForNetwork({ kind: design.kind, format: design.format, variants: design.variants ?? [] }, network).formatId;
  }
  const targets = [...post.targets, target].sort((a, b) => NETWORKS.indexOf(a.network) - NETWORKS.indexOf(b.network));
  return { ...post, targets };
}

export function removeNetwork(post: PostInput, network: Network): PostInput {
  if (!targetOf(post, network)) return post;
  return { ...post, targets: post.targets.filter((target) => target.network !== network) };
}

export function setMaster<K extends keyof PostMaster>(post: PostInput, field: K, value: PostMaster[K]): PostInput {
  return { ...post, master: { ...post.master, [field]: value } };
}

export function setTitle(post: PostInput, title: string): PostInput {
  return { ...post, title: title.slice(0, POSTS_LIMITS.title) };
}

export function setNotes(post: PostInput, notes: string): PostInput {
  return { ...post, notes: notes.slice(0, POSTS_LIMITS.notes) };
}

export function setPillar(post: PostInput, pillarId: string | undefined): PostInput {
  const next = { ...post };
  if (pillarId) next.pillarId = pillarId;
  else delete next.pillarId;
  return next;
}

export function setStatus(post: PostInput, status: PostStatus): PostInput {
  return post.status === status ? post : { ...post, status };
}

/**
 * A ready post that stops passing its checks goes back to draft (the store refuses to keep a post
 * ready while a check fails); any other post is answered as it is.
 */
export function draftIfNotReady(post: PostInput, context: CheckContext): PostInput {
  return post.status === 'ready' && blocksReady(checkPost(post, context)) ? setStatus(post, 'draft') : post;
}

/** The post's planned time (null: back to the unplanned tray). */
export function setTime(post: PostInput, at: PlannedTime | null): PostInput {
  return { ...post, at: at ? { ...at } : null };
}

/**
 * A best-time hint taken: the first of its weekdays on or after `fromDay` (`YYYY-MM-DD`), at the
 * start of its window, as a local time `YYYY-MM-DDTHH:mm`.
 */
export function bestTimeFrom(best: Pick<BestTime, 'weekdays' | 'from'>, fromDay: string): string {
  for (let offset = 0; offset < 7; offset++) {
    const day = addDays(fromDay, offset);
    if (best.weekdays.includes(WEEKDAYS[weekdayIndex(day)])) return `${day}T${best.from}`;
  }
  return `${fromDay}T${best.from}`;
}

function updateTarget(post: PostInput, network: Network, change: (target: PostTarget) => PostTarget): PostInput {
  if (!targetOf(post, network)) return post;
  return { ...post, targets: post.targets.map((target) => (target.network === network ? change({ ...target }) : target)) };
}

type TargetValue<F extends OverridableField> = NonNullable<PostTarget[F]>;

/** The network gets its own value for the field ("edited for <network>"). */
export function overrideField<F extends OverridableField>(post: PostInput, network: Network, field: F, value: TargetValue<F>): PostInput {
  return updateTarget(post, network, (target) => ({ ...target, [field]: value }));
}

/** The network takes the master's value again ("reset to master"). */
export function resetField(post: PostInput, network: Network, field: OverridableField): PostInput {
  return updateTarget(post, network, (target) => {
    delete target[field];
    return target;
  });
}

/** The hashtags of a list not yet in `existing`, compared without case, each once. */
export function newHashtags(existing: readonly string[], tags: readonly string[]): string[] {
  const seen = new Set(existing.map((tag) => tag.toLowerCase()));
  const added: string[] = [];
  for (const tag of tags) {
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    added.push(tag);
  }
  return added;
}

/**
 * A hashtag group's tags added to the master's hashtags, or to one network's (which then has its
 * own list, starting from what it showed). A tag already there, in any case, is not added twice.
 */
export function insertHashtags(post: PostInput, tags: readonly string[], network?: Network): PostInput {
  if (network === undefined) {
    const hashtags = [...post.master.hashtags, ...newHashtags(post.master.hashtags, tags)].slice(0, POSTS_LIMITS.hashtags);
    return setMaster(post, 'hashtags', hashtags);
  }
  const target = targetOf(post, network);
  if (!target) return post;
  const current = resolveTarget(post, target).hashtags;
  return overrideField(post, network, 'hashtags', [...current, ...newHashtags(current, tags)].slice(0, POSTS_LIMITS.hashtags));
}

/** Words typed in a hashtag field as hashtags: `knit, #Winter wool` → #knit #Winter #wool. */
export function parseHashtags(text: string): string[] {
  const words = text.split(/[\s,;]+/u).map((word) => word.replace(/^#+/u, '').replace(/#/gu, ''));
  return newHashtags([], words.filter((word) => word !== '').map((word) => `#${word}`.slice(0, POSTS_LIMITS.hashtag)));
}

/** The pictures a design publishes: its pages (a carousel's slides; a still's one page). */
export function picturesOf(design: Pick<PostDesign, 'pages'>): Pick<Page, 'altText'>[] {
  return design.pages ?? [];
}

/**
 * The alt text of each picture on a network: the target's own where it has one, else the page's
 * alt text from the design.
 */
export function altTextsFor(post: PostInput, network: Network, design: Pick<PostDesign, 'pages'>): string[] {
  const stored = targetOf(post, network)?.altTexts ?? [];
  return picturesOf(design).map((page, index) => stored[index] ?? page.altText ?? '');
}

/** One picture's alt text on one network; the others keep what they showed. */
export function setAltText(post: PostInput, network: Network, design: Pick<PostDesign, 'pages'>, index: number, text: string): PostInput {
  const texts = altTextsFor(post, network, design);
  if (index < 0 || index >= texts.length) return post;
  texts[index] = text.slice(0, POSTS_LIMITS.altText);
  return overrideField(post, network, 'altTexts', texts.slice(0, POSTS_LIMITS.altTexts));
}

/** Adds a design to the post (a carousel, a reel, a picture per network: several are allowed). */
export function addDesign(post: PostInput, designId: string): PostInput {
  if (post.designIds.includes(designId) || post.designIds.length >= POSTS_LIMITS.designsPerPost) return post;
  return { ...post, designIds: [...post.designIds, designId] };
}

/** Removes a design; the networks that published it take the post's first design again. */
export function removeDesign(post: PostInput, designId: string): PostInput {
  if (!post.designIds.includes(designId)) return post;
  return {
    ...post,
    designIds: post.designIds.filter((id) => id !== designId),
    targets: post.targets.map((target) => {
      if (target.designId !== designId) return target;
      const next = { ...target };
      delete next.designId;
      delete next.formatId;
      delete next.altTexts;
      return next;
    }),
  };
}

/** The design a network publishes, with the format it uses there. */
export function setTargetDesign(post: PostInput, network: Network, design: PostDesign): PostInput {
  return updateTarget(post, network, (target) => {
    const next: PostTarget = { ...target, designId: design.id, formatId: formatForNetwork({ kind: design.kind, format: design.format, variants: design.variants ?? [] }, network).formatId };
    if (target.designId !== design.id) delete next.altTexts;
    return next;
  });
}
