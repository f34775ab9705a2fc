/** The library archive jobs: the whole library or the brand kit out as one zip, and back in. */
import fs from 'node:fs/promises';
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';
import { archiveFileName, archiveJobProgress, exportArchive, importArchiveFile } from '../library/archive';
import type { JobDeps } from './deps';
import { chooseDestination, outputPath, written } from './destination';
import type { JobContext, JobDefinition } from './runner';

const ZIP = [{ name: msg('archive.fileType'), extensions: ['zip'] }];

export function exportArchiveJob(deps: JobDeps, args: JobParsedArgsOf<'library.exportArchive'>): JobDefinition<JobResultOf<'library.exportArchive'>> {
  return {
    type: 'library.exportArchive',
    title: msg(args.scope === 'library' ? 'archive.title.exportLibrary' : 'archive.title.exportBrandKit'),
    async run(ctx: JobContext) {
      const fileName = archiveFileName(args.scope);
      const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: ZIP });
      const file = await outputPath(ctx, destination);
      const result = await exportArchive(deps.library, file, {
        scope: args.scope,
        inPlace: true,
        onProgress: (progress) => {
          ctx.throwIfCancelled();
          ctx.progress(archiveJobProgress('export', progress));
        },
      });
      return { ...written(destination, fileName, result.bytes), counts: result.counts, skipped: result.skipped };
    },
  };
}

export function importArchiveJob(deps: JobDeps, args: JobParsedArgsOf<'library.importArchive'>): JobDefinition<JobResultOf<'library.importArchive'>> {
  return {
    type: 'library.importArchive',
    title: msg('archive.title.import'),
    async run(ctx: JobContext) {
      let sourceId = args.source;
      if (!sourceId) {
        // No file given: the host asks (Electron's open dialog); elsewhere the caller must upload first.
        const chosen = deps.host.chooseOpenPath ? await deps.host.chooseOpenPath({ filters: ZIP }) : null;
        if (!chosen) {
          if (deps.host.chooseOpenPath) ctx.cancel();
          throw new UserError('invalid-args', msg('archive.needsFile'));
        }
        sourceId = deps.staging.adopt(chosen).id;
      }
      const source = deps.staging.input(sourceId);
      ctx.onFinish(() => deps.staging.release(source.id));
      const stat = await fs.stat(source.path).catch(() => null);
      if (!stat?.isFile()) throw new UserError('bad-file', msg('staging.notAFile', { name: source.fileName }));
      const report = await importArchiveFile(deps.library, source.path, source.fileName, args.mode, (progress) => {
        ctx.throwIfCancelled();
        ctx.progress(archiveJobProgress('import', progress));
      });
      // Designs and your templates get thumbnails; a bank favourite (`bank:<slug>`) has its own.
      for (const item of report.items) if ((item.kind === 'design' || item.kind === 'template') && item.status === 'imported' && item.id && !item.id.startsWith('bank:')) deps.thumbnails.schedule(item.id, 0);
      for (const scope of ['assets', 'designs', 'templates', 'formats', 'brandKit'] as const) deps.emit(scope);
      return report;
    },
  };
}
