/**
 * The rows a bundle hands to the schedulers' CSV writers (core/posts/scheduleRows.ts): one per post
 * and network, its media as they sit in the bundle. `bundleCsvFiles` is the one place the bundle
 * calls the writers (core/posts/csv.ts).
 */
import type { Message } from '../../../core/messages';
import { schedulerCsvWithNotes } from '../../../core/posts/csv';
import { SCHEDULERS, type CsvFile, type CsvOptions, type Scheduler, type ScheduleRow } from '../../../core/posts/scheduleRows';
import type { BundledPost } from './bundleTexts';

export function scheduleRows(posts: readonly BundledPost[]): ScheduleRow[] {
  return posts.flatMap(({ post, pillar, targets }) =>
    targets.map(({ network, resolved, text, media }) => ({
      postId: post.id,
      network,
      status: post.status,
      pillar,
      title: resolved.title,
      at: resolved.at,
      text,
      caption: resolved.caption,
      hashtags: [...resolved.hashtags],
      firstComment: resolved.firstComment,
      link: resolved.link,
      media: media.map((file) => ({ file: file.file, kind: file.kind, altText: file.altText })),
    })),
  );
}

/** The CSV files of the schedulers asked for, each tool once, with what the writers say about the rows. */
export function bundleCsvFiles(schedulers: readonly Scheduler[], rows: readonly ScheduleRow[], options: CsvOptions): { files: CsvFile[]; notes: Message[] } {
  const files: CsvFile[] = [];
  const notes: Message[] = [];
  for (const scheduler of SCHEDULERS.filter((known) => schedulers.includes(known))) {
    const made = schedulerCsvWithNotes(scheduler, rows, options);
    files.push(...made.files);
    notes.push(...made.notes);
  }
  return { files, notes };
}
