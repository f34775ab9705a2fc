/**
 * The rows a bundle hands to the schedulers' CSV writers (core/posts/scheduleRows.ts): one per post
 * and network, its media as they sit in the bundle. `bundleCsvFiles` is the one place the bundle
 * calls the writers (core/posts/csv.ts `schedulerCsv`).
 */
import type { CsvFile, CsvOptions, Scheduler, ScheduleRow } from '../../../core/posts/scheduleRows';
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

/**
 * The CSV files of the schedulers asked for. Null while the writers (core/posts/csv.ts) are not
 * in this build: the bundle then says so in its notes.
 */
export function bundleCsvFiles(schedulers: readonly Scheduler[], rows: readonly ScheduleRow[], options: CsvOptions): CsvFile[] | null {
  if (schedulers.length === 0) return [];
  void rows;
  void options;
  return null;
}
