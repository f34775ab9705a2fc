/**
 * The `calendar.exportIcs` job (docs/architecture.md, Posts): the calendar's planned publications
 * as one .ics (core/posts/ics.ts), pillars named from the editorial line, written whole or not at
 * all through the job's outputs (the file appears only once complete, and a failed or cancelled
 * export leaves nothing at the destination).
 */
import { writeFile } from 'node:fs/promises';
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { msg } from '../../../core/messages';
import { calendarIcs } from '../../../core/posts/ics';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobDefinition } from '../jobs/runner';

/** The file's suggested name: `affiche-calendar.ics`, the days in it when a range was asked. */
export function icsFileName(from?: string, to?: string): string {
  const range = [from ?? '', to ?? ''].filter((day, i, days) => day !== '' && days.indexOf(day) === i).join('_');
  return range ? `affiche-calendar-${range}.ics` : 'affiche-calendar.ics';
}

export function exportIcsJob(deps: JobDeps, args: JobParsedArgsOf<'calendar.exportIcs'>): JobDefinition<JobResultOf<'calendar.exportIcs'>> {
  return {
    type: 'calendar.exportIcs',
    title: msg('calendarExport.title'),
    async run(ctx) {
      const posts = await deps.library.posts.list();
      const editorial = await deps.library.posts.editorial();
      const pillars = new Map(editorial.pillars.map((pillar) => [pillar.id, pillar.name]));
      const text = calendarIcs(posts, { now: new Date(), pillarName: (id) => pillars.get(id), from: args.from, to: args.to });
      ctx.throwIfCancelled();
      const fileName = icsFileName(args.from, args.to);
      const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: [{ name: msg('calendarExport.fileType'), extensions: ['ics'] }] });
      const bytes = Buffer.from(text, 'utf8');
      await writeFile(await outputPath(ctx, destination), bytes);
      ctx.progress({ fraction: 1 });
      return { ...written(destination, fileName, bytes.length), events: text.match(/^BEGIN:VEVENT\r$/gm)?.length ?? 0 };
    },
  };
}
