/**
 * What a bundle hands to the schedulers' CSV writers (docs/architecture.md, Posts): one row per post
 * and network, with the media files as they sit in the bundle. The bundle builds the rows; each
 * scheduler's writer (core/posts/csv.ts) turns them into that tool's exact columns.
 */
import type { Network } from '../formats/constants';
import type { PlannedTime, PostStatus } from '../schema/posts';

/** The schedulers a bundle can write a bulk-import CSV for (posts.md), plus Affiche's own plain CSV. */
export const SCHEDULERS = ['buffer', 'publer', 'metricool', 'hootsuite', 'sprout', 'socialbee', 'affiche'] as const;
export type Scheduler = (typeof SCHEDULERS)[number];

export interface ScheduleMedia {
  /** Path inside the bundle, with `/` separators (`instagram/01.jpg`). */
  file: string;
  kind: 'image' | 'video' | 'document';
  altText: string;
}

export interface ScheduleRow {
  postId: string;
  network: Network;
  status: PostStatus;
  /** The pillar's name, '' when none. */
  pillar: string;
  /** The post's title, or the network's title field where it has one (Pinterest, YouTube). */
  title: string;
  at: PlannedTime | null;
  /** The text as posted (`postedText`: caption, then the hashtags not already in it). */
  text: string;
  caption: string;
  hashtags: string[];
  firstComment: string;
  link: string;
  media: ScheduleMedia[];
}

export interface CsvOptions {
  /** Where the bundle's folder will be uploaded ('' = none: URL cells stay empty and the local file is named in a side column). */
  mediaBaseUrl: string;
  /** Day before month or month before day, for the tools that accept either (Hootsuite, Sprout Social). */
  dateOrder: 'dmy' | 'mdy';
}

export interface CsvFile {
  /** File name at the bundle's root (`buffer-instagram.csv`, `publer.csv`...). */
  fileName: string;
  /** The exact bytes: UTF-8 with BOM, CRLF, RFC 4180 quoting. */
  bytes: Uint8Array;
}
