/**
 * The `templates.export` job: templates (the user's, or the bank's built at their first format)
 * as one template file with the media they use (./files.ts), written whole or not at all.
 */
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { safeFileStem } from '../../../core/files/names';
import { msg } from '../../../core/messages';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobDefinition } from '../jobs/runner';
import { writeTemplateFile, type TemplateToWrite } from './files';

export function templatesExportJob(deps: JobDeps, args: JobParsedArgsOf<'templates.export'>): JobDefinition<JobResultOf<'templates.export'>> {
  const language = args.language ?? 'en';
  return {
    type: 'templates.export',
    title: msg('template.file.exportTitle', { count: args.ids.length }),
    async run(ctx) {
      const templates: TemplateToWrite[] = [];
      for (const id of new Set(args.ids)) {
        const summary = deps.library.templateSummary(id, language);
        templates.push({ design: await deps.library.templateDesign(id, language), name: summary.name, tags: summary.tags });
      }
      const fileName = templates.length === 1 ? `${safeFileStem(templates[0].name)}.zip` : 'templates.zip';
      const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: [{ name: msg('template.file.fileType'), extensions: ['zip'] }] });
      const bytes = await writeTemplateFile(await outputPath(ctx, destination), fileName, templates, deps.library, { throwIfCancelled: () => ctx.throwIfCancelled() });
      return { ...written(destination, fileName, bytes), count: templates.length };
    },
  };
}
