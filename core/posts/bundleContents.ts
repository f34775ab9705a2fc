/**
 * What a bundle holds, said before it runs (docs/architecture.md, Posts): how many posts, and how
 * many of them are not ready yet. A bundle takes posts of any status (a draft bundled to look at
 * it is a fair use), so nothing is refused; the calendar's bundle dialog and `affiche bundle` say
 * it first with the same words. A range holds what `posts.list` and the `posts.bundle` job take
 * for it (`plannedInDays`: each post's day in its own zone, unplanned ideas never).
 */
import { msg, type Message } from '../messages';
import type { PostInput, PostStatus } from '../schema/posts';
import { plannedInDays } from './time';

/** The posts named, or a range of days (`YYYY-MM-DD`, both ends included). */
export type BundleSelection = { postIds: readonly string[] } | { from: string; to: string };

export interface BundleContents {
  /** How many posts the bundle holds. */
  count: number;
  /** Of those, the drafts and the ideas (dated ones: an unplanned idea is in no range). */
  drafts: number;
  ideas: number;
}

/** The statuses a bundle warns about: a post still being written or only an idea. */
function notReadyKind(status: PostStatus): 'drafts' | 'ideas' | null {
  switch (status) {
    case 'idea':
      return 'ideas';
    case 'draft':
      return 'drafts';
    case 'ready':
    case 'scheduled':
    case 'published':
      return null;
  }
}

type Counted = Pick<PostInput, 'id' | 'at' | 'status'>;

/** Whether a post is in the selection: named, or planned on one of its days. */
function selects(selection: BundleSelection): (post: Counted) => boolean {
  if ('postIds' in selection) {
    const named = new Set(selection.postIds);
    return (post) => named.has(post.id);
  }
  return (post) => plannedInDays(post.at, selection.from, selection.to);
}

/** The posts a selection takes among `posts`, counted by readiness. */
export function bundleContents(posts: readonly Counted[], selection: BundleSelection): BundleContents {
  const taken = selects(selection);
  const contents: BundleContents = { count: 0, drafts: 0, ideas: 0 };
  for (const post of posts) {
    if (!taken(post)) continue;
    contents.count++;
    const kind = notReadyKind(post.status);
    if (kind) contents[kind]++;
  }
  return contents;
}

/** "2 are not ready (1 draft, 1 idea)"; null when every post is ready or further along. */
export function notReadyWarning(contents: BundleContents): Message | null {
  const count = contents.drafts + contents.ideas;
  if (count === 0) return null;
  const drafts = msg('bundle.drafts', { count: contents.drafts });
  const ideas = msg('bundle.ideas', { count: contents.ideas });
  const detail = contents.ideas === 0 ? drafts : contents.drafts === 0 ? ideas : msg('bundle.draftsAndIdeas', { drafts, ideas });
  return msg('bundle.notReady', { count, detail });
}

/**
 * The count line of a bundle: "5 posts planned from 07/12/2026 to 13/12/2026 · 2 are not ready
 * (1 draft, 1 idea)". `dayText` writes a day as the client shows days (the UI's format in the app,
 * the day as typed on the command line).
 */
export function bundleSummary(contents: BundleContents, selection: BundleSelection, dayText: (day: string) => string = (day) => day): Message {
  const what =
    'postIds' in selection
      ? msg('bundle.selected', { count: contents.count })
      : msg('bundle.plannedInRange', { count: contents.count, from: dayText(selection.from), to: dayText(selection.to) });
  const warning = notReadyWarning(contents);
  return warning ? msg('bundle.withNotReady', { contents: what, notReady: warning }) : what;
}
