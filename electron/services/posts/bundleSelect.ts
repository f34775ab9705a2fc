/**
 * Which posts a bundle holds and where each goes (docs/architecture.md, Posts): the posts named,
 * or those planned in a range of days; in the order they go out (planned instant, then title and
 * id; unplanned ones last), so the same posts always give the same bundle. One post fills the
 * bundle's root; several each get a folder `<day>-<title-slug>` (EXP-09: safe on every OS).
 */
import { uniqueFileName } from '../../../core/files/names';
import { dayMessage, msg } from '../../../core/messages';
import { plannedInstant, dayOf } from '../../../core/posts/time';
import type { Post } from '../../../core/schema/posts';
import { UserError } from '../errors';
import type { PostStore } from '../library/postStore';

export interface Selection {
  postIds?: string[];
  from?: string;
  to?: string;
}

export interface PlacedPost {
  post: Post;
  /** The post's folder inside the bundle ('' for a bundle of one post), no trailing slash. */
  folder: string;
}

export async function selectPosts(store: Pick<PostStore, 'get' | 'list'>, selection: Selection): Promise<Post[]> {
  const ranged = selection.from !== undefined || selection.to !== undefined;
  if (selection.postIds && ranged) throw new UserError('invalid-args', msg('bundle.bothSelections'));
  if (selection.postIds) {
    const posts: Post[] = [];
    for (const id of new Set(selection.postIds)) posts.push(await store.get(id));
    return orderPosts(posts);
  }
  if (!selection.from || !selection.to) throw new UserError('invalid-args', msg('bundle.noSelection'));
  if (selection.to < selection.from) throw new UserError('invalid-args', msg('bundle.badRange', { from: dayMessage(selection.from), to: dayMessage(selection.to) }));
  const posts = await store.list({ from: selection.from, to: selection.to });
  if (posts.length === 0) throw new UserError('not-found', msg('bundle.nothingInRange', { from: dayMessage(selection.from), to: dayMessage(selection.to) }));
  return orderPosts(posts);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function orderPosts(posts: readonly Post[]): Post[] {
  const instant = (post: Post) => (post.at ? plannedInstant(post.at) : Number.POSITIVE_INFINITY);
  return [...posts].sort((a, b) => instant(a) - instant(b) || compareText(a.title, b.title) || compareText(a.id, b.id));
}

/** A title as a short lower-case folder name part: "Soldes d’été !" -> "soldes-d-ete" (never empty, never reserved). */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points (never half an emoji pair), then no dash left at the end.
  const short = [...slug].slice(0, 60).join('').replace(/-+$/g, '');
  if (short === '') return 'post';
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short) ? `post-${short}` : short;
}

/** Each post with its folder: none for one post, `<day>-<slug>` (or `unplanned-<slug>`) for several. */
export function placePosts(posts: readonly Post[]): PlacedPost[] {
  if (posts.length === 1) return [{ post: posts[0], folder: '' }];
  const taken = new Set<string>();
  return posts.map((post) => ({ post, folder: uniqueFileName(`${post.at ? dayOf(post.at) : 'unplanned'}-${titleSlug(post.title)}`, taken) }));
}
