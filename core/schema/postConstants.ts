/**
 * The plain values of posts.json's schema (core/schema/posts.ts re-exports them): importable
 * without zod, whose schemas are built when loaded, so the calendar's code and the editorial
 * line's summary load without them.
 */
import type { BestTime } from './posts';

/** Where a post is in its life, in order (posts.md, Calendars). `scheduled`: handed to a scheduler. */
export const POST_STATUSES = ['idea', 'draft', 'ready', 'scheduled', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const POSTS_LIMITS = {
  posts: 20_000,
  title: 200,
  /** Longest text field kept (Facebook's caption is 63,206 characters). */
  text: 70_000,
  notes: 10_000,
  hashtags: 100,
  hashtag: 140,
  designsPerPost: 20,
  /** Alt texts per network: one per picture (a TikTok photo post takes 35). */
  altTexts: 100,
  altText: 5000,
  link: 2048,
  pillars: 20,
  hashtagGroups: 200,
  slots: 200,
  personas: 20,
  words: 200,
  /** Deleted posts whose last sequence is remembered (the oldest forgotten first). */
  deletedSequences: 20_000,
} as const;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Sprout Social's 2023 study (posts.md, Calendars), local times; editable presets. */
export const DEFAULT_BEST_TIMES: readonly BestTime[] = [
  { network: 'facebook', weekdays: ['mon', 'tue', 'wed', 'thu'], from: '08:00', to: '13:00', source: 'Sprout Social, 2023' },
  { network: 'instagram', weekdays: ['mon', 'tue', 'wed'], from: '09:00', to: '13:00', source: 'Sprout Social, 2023' },
  { network: 'instagram', weekdays: ['fri'], from: '09:00', to: '11:00', source: 'Sprout Social, 2023' },
  { network: 'linkedin', weekdays: ['tue', 'wed'], from: '10:00', to: '12:00', source: 'Sprout Social, 2023' },
];
