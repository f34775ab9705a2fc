/**
 * posts.json, schema version 1 (docs/architecture.md, Data and Posts): the editorial calendar.
 *
 * A post is a publication planned on one or several networks: its designs, a master caption and,
 * per network, what differs (caption, hashtags, alt text per picture, first comment, link, title,
 * planned time). Planned times are kept as the clock time the user typed plus its IANA time zone
 * (`PlannedTime`), never as an instant: a 9:00 post stays at 9:00 local across a clock change,
 * and UTC is computed only when exporting (core/posts/time.ts).
 *
 * The editorial line lives here too: the brand profile, content pillars, hashtag groups, cadence,
 * recurring slots, best-time presets and the planning settings. posts.json is its own durable file,
 * never part of library.json, so a calendar of thousands of posts never slows the library index.
 */
import { z } from 'zod';
import { NETWORKS, type Network } from '../formats/constants';
import { idSchema } from './design';
import { describeZodError } from './parseDesign';
import { msg } from '../messages';
import { migrate, parseJsonText, SchemaError, type FileSubject, type Migration } from './migrate';
import { DEFAULT_BEST_TIMES, POST_STATUSES, POSTS_LIMITS, WEEKDAYS } from './postConstants';

// The plain values, also importable without zod (the calendar's code loads none).
export { DEFAULT_BEST_TIMES, POST_STATUSES, POSTS_LIMITS, WEEKDAYS };
export type { PostStatus, Weekday } from './postConstants';

export const POSTS_SCHEMA_VERSION = 2;

/**
 * Posts migrations, numbered by the version they read. Each released version keeps a fixture
 * (`fixtures/posts.v<N>.json`) that proves old calendars still open (REL-09).
 */
export const POSTS_MIGRATIONS: readonly Migration[] = [
  // v2: the last sequence of each deleted post (`deletedSequences`), so a post put back (the
  // calendar's undo of a delete) goes on raising its .ics SEQUENCE. A v1 file remembers none.
  { from: 1, name: 'deleted posts keep their sequence', up: (doc) => ({ ...doc, deletedSequences: {} }) },
];

/** A local date-time as typed, `YYYY-MM-DDTHH:mm` (no seconds, no offset). */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'a local time is YYYY-MM-DDTHH:mm');

/** A day written `YYYY-MM-DD` that the calendar has (2026-02-30 is not one). */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === day;
}

/**
 * A calendar day, `YYYY-MM-DD` (the `from` and `to` of a range of posts, read in each post's own
 * zone): the one day check of the API, the jobs and the CLI.
 */
export const calendarDaySchema = z.string().refine(isCalendarDay, 'a day is YYYY-MM-DD, one the calendar has');

/** An IANA time zone name such as Europe/Paris (checked against the runtime's zone data on use). */
export const timeZoneSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/, 'a time zone is an IANA name such as Europe/Paris').max(64);

/** When a post goes out: the clock time where it is published, in that place's zone. */
export const plannedTimeSchema = z.object({ local: localDateTimeSchema, zone: timeZoneSchema });
export type PlannedTime = z.infer<typeof plannedTimeSchema>;

const text = (max: number) => z.string().max(max);
const hashtagSchema = z.string().regex(/^#[^\s#]+$/u, 'a hashtag is # followed by a word').max(POSTS_LIMITS.hashtag);
const hashtagsSchema = z.array(hashtagSchema).max(POSTS_LIMITS.hashtags);
const colorSchema = z.string().regex(/^#[0-9a-f]{6}$/i);

/**
 * What a network publishes of a post. A field left out takes the master's value (`PostMaster`),
 * like a linked variant takes its design's: edit once, override where needed.
 */
export const postTargetSchema = z.object({
  network: z.enum(NETWORKS),
  /** The design published there (one of the post's), and the format or variant used for it. */
  designId: idSchema.optional(),
  formatId: z.string().min(1).max(100).optional(),
  caption: text(POSTS_LIMITS.text).optional(),
  hashtags: hashtagsSchema.optional(),
  /** A title where the network has one (Pinterest, YouTube, TikTok photo posts). */
  title: text(POSTS_LIMITS.title).optional(),
  /** One per picture, in order; absent: the design's own slide alt texts. */
  altTexts: z.array(text(POSTS_LIMITS.altText)).max(POSTS_LIMITS.altTexts).optional(),
  firstComment: text(POSTS_LIMITS.text).optional(),
  link: text(POSTS_LIMITS.link).optional(),
  /** Absent: the post's time. */
  at: plannedTimeSchema.optional(),
});
export type PostTarget = z.infer<typeof postTargetSchema>;

/** The text every network starts from. */
export const postMasterSchema = z.object({
  caption: text(POSTS_LIMITS.text),
  hashtags: hashtagsSchema,
  firstComment: text(POSTS_LIMITS.text),
  link: text(POSTS_LIMITS.link),
});
export type PostMaster = z.infer<typeof postMasterSchema>;

const timestamp = z.string().datetime();

function oneTargetPerNetwork(post: { targets: readonly PostTarget[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<Network>();
  for (const [i, target] of post.targets.entries()) {
    if (seen.has(target.network)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'network'], message: `${target.network} is listed twice` });
    seen.add(target.network);
  }
}

/** What a caller writes of a post (postInputSchema) and what the stored post holds besides the store's own fields. */
const postFields = {
  id: idSchema,
  title: text(POSTS_LIMITS.title),
  status: z.enum(POST_STATUSES),
  pillarId: idSchema.optional(),
  notes: text(POSTS_LIMITS.notes),
  /** Null: not planned yet (the unplanned tray). */
  at: plannedTimeSchema.nullable(),
  designIds: z.array(idSchema).max(POSTS_LIMITS.designsPerPost),
  master: postMasterSchema,
  targets: z.array(postTargetSchema).max(NETWORKS.length),
};

export const postSchema = z
  .object({
    ...postFields,
    /** Raised by the store at every saved change (the .ics SEQUENCE). */
    sequence: z.number().int().min(0),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .superRefine(oneTargetPerNetwork);
export type Post = z.infer<typeof postSchema>;

export const pillarSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(60),
  color: colorSchema,
  /** Share of the posts this pillar aims for, 0..100 (the calendar compares the month's mix). */
  targetShare: z.number().min(0).max(100),
  hashtagGroupIds: z.array(idSchema).max(POSTS_LIMITS.hashtagGroups),
});
export type Pillar = z.infer<typeof pillarSchema>;

export const hashtagGroupSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(60),
  hashtags: hashtagsSchema,
});
export type HashtagGroup = z.infer<typeof hashtagGroupSchema>;

const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day is HH:mm');

/** "Every Tuesday 9:00, Instagram, tip": a weekly slot the calendar shows empty until filled. */
export const recurringSlotSchema = z.object({
  id: idSchema,
  weekday: z.enum(WEEKDAYS),
  time: clockSchema,
  network: z.enum(NETWORKS),
  pillarId: idSchema.optional(),
});
export type RecurringSlot = z.infer<typeof recurringSlotSchema>;

/** A good time to publish on a network, with where the figure comes from and its year. */
export const bestTimeSchema = z.object({
  network: z.enum(NETWORKS),
  weekdays: z.array(z.enum(WEEKDAYS)).min(1).max(7),
  from: clockSchema,
  to: clockSchema,
  source: z.string().min(1).max(200),
});
export type BestTime = z.infer<typeof bestTimeSchema>;

const wordsSchema = z.array(z.string().min(1).max(60)).max(POSTS_LIMITS.words);

export const brandProfileSchema = z.object({
  objectives: text(4000),
  personas: z.array(z.object({ name: z.string().min(1).max(60), needs: text(2000), networks: z.array(z.enum(NETWORKS)).max(NETWORKS.length) })).max(POSTS_LIMITS.personas),
  toneOfVoice: text(4000),
  wordsToUse: wordsSchema,
  wordsToAvoid: wordsSchema,
});
export type BrandProfile = z.infer<typeof brandProfileSchema>;

/** The editorial line: who we are, what we post about, how often, when. */
export const editorialSchema = z.object({
  profile: brandProfileSchema,
  pillars: z.array(pillarSchema).max(POSTS_LIMITS.pillars),
  hashtagGroups: z.array(hashtagGroupSchema).max(POSTS_LIMITS.hashtagGroups),
  /** Posts per week wanted on each network (absent: no goal). */
  cadence: z.partialRecord(z.enum(NETWORKS), z.number().int().min(0).max(100)),
  slots: z.array(recurringSlotSchema).max(POSTS_LIMITS.slots),
  bestTimes: z.array(bestTimeSchema).max(100),
  settings: z.object({
    /** The zone new posts are planned in (the user's own by default). */
    timeZone: timeZoneSchema,
    /** A post cannot be ready while a picture has no alt text. */
    altTextRequired: z.boolean(),
    /** Where the bundle's media will be uploaded, for the schedulers' URL columns ('' = none). */
    mediaBaseUrl: z.string().max(POSTS_LIMITS.link),
  }),
});
export type Editorial = z.infer<typeof editorialSchema>;

export const postsFileSchema = z.object({
  schemaVersion: z.literal(POSTS_SCHEMA_VERSION),
  posts: z.record(idSchema, postSchema),
  /**
   * The last sequence of each deleted post, by id: saving that id again (the calendar's undo of a
   * delete) starts above it, so calendars that imported the post see the new version as newer.
   */
  deletedSequences: z.record(idSchema, z.number().int().min(0)),
  editorial: editorialSchema,
});
export type PostsFile = z.infer<typeof postsFileSchema>;

export function emptyEditorial(timeZone = 'UTC'): Editorial {
  return {
    profile: { objectives: '', personas: [], toneOfVoice: '', wordsToUse: [], wordsToAvoid: [] },
    pillars: [],
    hashtagGroups: [],
    cadence: {},
    slots: [],
    bestTimes: DEFAULT_BEST_TIMES.map((time) => ({ ...time, weekdays: [...time.weekdays] })),
    settings: { timeZone, altTextRequired: false, mediaBaseUrl: '' },
  };
}

export function emptyPostsFile(timeZone = 'UTC'): PostsFile {
  return { schemaVersion: POSTS_SCHEMA_VERSION, posts: {}, deletedSequences: {}, editorial: emptyEditorial(timeZone) };
}

export interface ParsedPosts {
  posts: PostsFile;
  migratedFrom?: number;
}

/** Validate (and migrate) a parsed posts.json. Throws SchemaError with a clear message. */
export function parsePosts(raw: unknown, what: FileSubject = 'posts.json'): ParsedPosts {
  const { doc, fromVersion } = migrate(raw, POSTS_MIGRATIONS, POSTS_SCHEMA_VERSION, what);
  const result = postsFileSchema.safeParse(doc);
  if (!result.success) throw new SchemaError('invalid', msg('schema.invalidPosts', { what, detail: describeZodError(result.error) }), fromVersion);
  for (const [id, post] of Object.entries(result.data.posts)) {
    if (post.id !== id) throw new SchemaError('invalid', msg('schema.invalidPosts', { what, detail: `posts.${id}: its id says ${post.id}` }), fromVersion);
  }
  return fromVersion === POSTS_SCHEMA_VERSION ? { posts: result.data } : { posts: result.data, migratedFrom: fromVersion };
}

export function parsePostsText(text: string, what: FileSubject = 'posts.json'): ParsedPosts {
  return parsePosts(parseJsonText(text, what), what);
}

/** The post a caller may send: the store sets `sequence`, `createdAt` and `updatedAt`. */
export const postInputSchema = z.object(postFields).superRefine(oneTargetPerNetwork);
export type PostInput = z.infer<typeof postInputSchema>;
