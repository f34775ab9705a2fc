/**
 * The `media.fixVideo` job (core/api/jobs.ts): a staged video file fixed for a video format by
 * `fixVideo` (./fix.ts), written to the caller's target, a save dialog's choice or a download.
 * Progress is ffmpeg's, weighted over the passes; a cancel stops ffmpeg and leaves nothing.
 */
import path from 'node:path';
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { resolveFormat } from '../../../core/formats/userFormats';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobDefinition } from '../jobs/runner';
import { fixVideo } from './fix';

export function fixVideoJob(deps: JobDeps, args: JobParsedArgsOf<'media.fixVideo'>): JobDefinition<JobResultOf<'media.fixVideo'>> {
  const input = deps.staging.input(args.source);
  return {
    type: 'media.fixVideo',
    title: msg('videoFile.fixTitle', { name: input.fileName, format: args.formatId }),
    async run(ctx) {
      ctx.onFinish(() => deps.staging.release(args.source));
      const format = resolveFormat(args.formatId, deps.library.listFormats());
      if (!format) throw new UserError('invalid-args', msg('preflight.unknownFormat', { id: args.formatId }));
      if (format.kind !== 'video') throw new UserError('invalid-args', msg('videoFile.notVideoFormat', { format: format.id }));
      const fileName = `${path.parse(input.fileName).name}-${format.id.replace(/^user:/, '')}.mp4`;
      const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: [{ name: msg('videoFile.fileType'), extensions: ['mp4'] }] });
      const out = await outputPath(ctx, destination);
      const fixed = await fixVideo({ input: input.path, format, out, signal: ctx.signal, onProgress: (fraction) => ctx.progress({ fraction: Math.min(fraction, 0.99) }) });
      return { ...written(destination, fileName, fixed.info.bytes), changes: fixed.changes, rules: fixed.rules };
    },
  };
}
