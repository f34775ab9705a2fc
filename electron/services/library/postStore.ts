/**
 * posts.json (core/schema/posts.ts; docs/architecture.md, Data and Posts): the calendar's posts and
 * the editorial line, in their own durable file beside library.json, written the same way (temp +
 * flush + rename, 3 backups, a damaged file moved aside and the newest good backup restored).
 *
 * It is opened on first use, so a library that never plans a post never writes the file and its
 * opening costs nothing more. A failed write (full disk) puts the in-memory data back as it was, so
 * what the UI shows is what is on disk.
 */
import {
  editorialSchema,
  emptyPostsFile,
  parsePostsText,
  POSTS_LIMITS,
  postInputSchema,
  type Editorial,
  type Post,
  type PostInput,
  type PostsFile,
  type PostStatus,
} from '../../../core/schema/posts';
import { describeZodError } from '../../../core/schema/parseDesign';
import { msg, type Message } from '../../../core/messages';
import { postsWithPillar } from '../../../core/posts/editorial';
import { isKnownTimeZone, plannedInstant, plannedInDays, systemTimeZone } from '../../../core/posts/time';
import { UserError } from '../errors';
import { assertWritable, data, type LibraryContext } from './context';
import { openJsonStore, type JsonStore } from './jsonStore';

export interface PostListArgs {
  /** First and last day (YYYY-MM-DD) wanted, read in each post's own zone; unplanned posts are left out when either is set. */
  from?: string;
  to?: string;
  status?: readonly PostStatus[];
}

/** Planned posts first, by instant, then unplanned ones by creation. */
export function comparePosts(a: Post, b: Post): number {
  return compareKeyed(keyed(a), keyed(b));
}

interface Keyed {
  post: Post;
  /** The planned instant, or null for an unplanned post. */
  instant: number | null;
}

const keyed = (post: Post): Keyed => ({ post, instant: post.at ? plannedInstant(post.at) : null });

function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.instant !== null && b.instant !== null) return a.instant - b.instant || a.post.id.localeCompare(b.post.id);
  if (a.instant !== null) return -1;
  if (b.instant !== null) return 1;
  return a.post.createdAt.localeCompare(b.post.createdAt) || a.post.id.localeCompare(b.post.id);
}

/** Posts in `comparePosts` order, each instant computed once (a zone's rules cost a few Intl calls). */
export function sortPosts(posts: readonly Post[]): Post[] {
  return posts
    .map(keyed)
    .sort(compareKeyed)
    .map((entry) => entry.post);
}

function sameContent(a: PostInput, b: PostInput): boolean {
  return JSON.stringify(postInputSchema.parse(a)) === JSON.stringify(postInputSchema.parse(b));
}

export class PostStore {
  private opened: Promise<JsonStore<PostsFile>> | null = null;

  constructor(private readonly ctx: LibraryContext) {}

  private store(): Promise<JsonStore<PostsFile>> {
    this.opened ??= openJsonStore<PostsFile>({
      file: this.ctx.paths.postsJson,
      backups: this.ctx.paths.postsBackups(),
      parse: (text) => {
        const parsed = parsePostsText(text);
        const { posts, deletedSequences } = parsed.posts;
        return {
          data: { ...parsed.posts, posts: Object.assign(Object.create(null), posts), deletedSequences: Object.assign(Object.create(null), deletedSequences) },
          migratedFrom: parsed.migratedFrom,
        };
      },
      defaults: () => {
        const file = emptyPostsFile(systemTimeZone());
        return { ...file, posts: Object.create(null), deletedSequences: Object.create(null) };
      },
      migrationBackup: (from) => this.ctx.paths.postsMigrationBackup(from),
      readOnly: this.ctx.readOnly,
      now: this.ctx.now,
      io: this.ctx.io,
    }).then((store) => {
      this.ctx.notices.push(...store.notices);
      return store;
    });
    return this.opened;
  }

  async list(args: PostListArgs = {}): Promise<Post[]> {
    const { db } = await this.store();
    const statuses = args.status ? new Set(args.status) : null;
    const ranged = args.from !== undefined || args.to !== undefined;
    const chosen = Object.values(db.data.posts)
      .filter((post) => !statuses || statuses.has(post.status))
      .filter((post) => !ranged || plannedInDays(post.at, args.from, args.to));
    return sortPosts(chosen).map((post) => structuredClone(post));
  }

  async get(id: string): Promise<Post> {
    const { db } = await this.store();
    const post = Object.prototype.hasOwnProperty.call(db.data.posts, id) ? db.data.posts[id] : undefined;
    if (!post) throw new UserError('not-found', msg('posts.notFound'));
    return structuredClone(post);
  }

  /**
   * Creates the post (a new id) or replaces it. The store keeps `createdAt`, sets `updatedAt` and
   * raises `sequence` when anything changed (an unchanged save writes nothing). A deleted post saved
   * back (the calendar's undo) starts above the last sequence it had, so a calendar that imported
   * it takes the new version as newer.
   */
  async save(input: PostInput): Promise<Post> {
    assertWritable(this.ctx);
    const parsed = postInputSchema.safeParse(input);
    if (!parsed.success) throw new UserError('invalid-args', msg('posts.invalid', { detail: describeZodError(parsed.error) }));
    const next = parsed.data;
    const store = await this.store();
    const posts = store.db.data.posts;
    this.checkReferences(next, store.db.data.editorial);
    const before = Object.prototype.hasOwnProperty.call(posts, next.id) ? posts[next.id] : undefined;
    if (before && sameContent(before, next)) return structuredClone(before);
    if (!before && Object.keys(posts).length >= POSTS_LIMITS.posts) throw new UserError('invalid-args', msg('posts.tooMany', { max: POSTS_LIMITS.posts }));
    const now = this.ctx.now().toISOString();
    const deleted = store.db.data.deletedSequences;
    const lastSequence = Object.prototype.hasOwnProperty.call(deleted, next.id) ? deleted[next.id] : undefined;
    const post: Post = before
      ? { ...next, sequence: before.sequence + 1, createdAt: before.createdAt, updatedAt: now }
      : { ...next, sequence: lastSequence === undefined ? 0 : lastSequence + 1, createdAt: now, updatedAt: now };
    posts[post.id] = post;
    delete deleted[post.id];
    await this.persist(store, () => {
      if (before) posts[post.id] = before;
      else delete posts[post.id];
      if (lastSequence !== undefined) deleted[post.id] = lastSequence;
    });
    return structuredClone(post);
  }

  /**
   * Removes the post and answers it as it was (the calendar's undo saves it back). Its last
   * sequence is remembered (`deletedSequences`, the oldest forgotten past the limit).
   */
  async delete(id: string): Promise<Post> {
    assertWritable(this.ctx);
    const store = await this.store();
    const post = await this.get(id);
    const deleted = store.db.data.deletedSequences;
    const ids = Object.keys(deleted);
    const forgotten = ids.slice(0, Math.max(0, ids.length + 1 - POSTS_LIMITS.deletedSequences)).map((old) => [old, deleted[old]] as const);
    for (const [old] of forgotten) delete deleted[old];
    delete store.db.data.posts[id];
    deleted[id] = post.sequence;
    await this.persist(store, () => {
      store.db.data.posts[id] = post;
      delete deleted[id];
      for (const [old, sequence] of forgotten) deleted[old] = sequence;
    });
    return post;
  }

  async editorial(): Promise<Editorial> {
    return structuredClone((await this.store()).db.data.editorial);
  }

  async saveEditorial(input: Editorial): Promise<Editorial> {
    assertWritable(this.ctx);
    const parsed = editorialSchema.safeParse(input);
    if (!parsed.success) throw new UserError('invalid-args', msg('posts.editorialInvalid', { detail: describeZodError(parsed.error) }));
    const next = parsed.data;
    const problem = editorialProblem(next);
    if (problem) throw new UserError('invalid-args', problem);
    if (!isKnownTimeZone(next.settings.timeZone)) throw new UserError('invalid-args', msg('posts.unknownZone', { zone: next.settings.timeZone }));
    const store = await this.store();
    const before = store.db.data.editorial;
    this.checkPillarsKept(before, next, store.db.data.posts);
    store.db.data.editorial = next;
    await this.persist(store, () => {
      store.db.data.editorial = before;
    });
    return structuredClone(next);
  }

  /** Resolves once posts.json has nothing waiting to be written. */
  async idle(): Promise<void> {
    if (this.opened) await (await this.opened).adapter.idle();
  }

  private checkReferences(post: PostInput, editorial: Editorial): void {
    for (const at of [post.at, ...post.targets.map((target) => target.at)]) {
      if (at && !isKnownTimeZone(at.zone)) throw new UserError('invalid-args', msg('posts.unknownZone', { zone: at.zone }));
    }
    const designs = data(this.ctx).designs;
    for (const id of post.designIds) {
      if (!Object.prototype.hasOwnProperty.call(designs, id)) throw new UserError('not-found', msg('posts.designMissing', { id }));
    }
    for (const target of post.targets) {
      if (target.designId !== undefined && !post.designIds.includes(target.designId)) {
        throw new UserError('invalid-args', msg('posts.targetDesign', { network: target.network }));
      }
    }
    if (post.pillarId !== undefined && !editorial.pillars.some((pillar) => pillar.id === post.pillarId)) {
      throw new UserError('invalid-args', msg('posts.pillarMissing', { id: post.pillarId }));
    }
  }

  /**
   * A pillar posts still name is not dropped (they could not be saved again): refused with its name
   * and their count, as the screen's own edit (core/posts/editorial.ts, `removePillar`) says it.
   */
  private checkPillarsKept(before: Editorial, next: Editorial, posts: Record<string, Post>): void {
    const kept = new Set(next.pillars.map((pillar) => pillar.id));
    for (const pillar of before.pillars) {
      if (kept.has(pillar.id)) continue;
      const count = postsWithPillar(Object.values(posts), pillar.id);
      if (count > 0) throw new UserError('invalid-args', msg('editorial.pillarInUse', { name: pillar.name, count }));
    }
  }

  private async persist(store: JsonStore<PostsFile>, undo: () => void): Promise<void> {
    try {
      await store.save();
    } catch (error) {
      undo();
      throw error;
    }
  }
}

/** What makes an editorial line inconsistent (ids twice, a reference to nothing), as a keyed message, or null. */
export function editorialProblem(editorial: Editorial): Message | null {
  for (const [key, items] of [
    ['editorial.pillarTwice', editorial.pillars],
    ['editorial.groupTwice', editorial.hashtagGroups],
    ['editorial.slotTwice', editorial.slots],
  ] as const) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) return msg(key, { id: item.id });
      seen.add(item.id);
    }
  }
  const groups = new Set(editorial.hashtagGroups.map((group) => group.id));
  const pillars = new Set(editorial.pillars.map((pillar) => pillar.id));
  for (const pillar of editorial.pillars) {
    const missing = pillar.hashtagGroupIds.find((id) => !groups.has(id));
    if (missing) return msg('editorial.pillarGroupMissing', { name: pillar.name, id: missing });
  }
  const missingPillar = editorial.slots.find((slot) => slot.pillarId !== undefined && !pillars.has(slot.pillarId));
  if (missingPillar?.pillarId !== undefined) return msg('editorial.slotPillarMissing', { id: missingPillar.pillarId });
  return null;
}
