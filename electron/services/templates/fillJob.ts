/**
 * The `templates.fill` job: a template (the bank's, the user's, or a `.affiche` file) filled with
 * the values given and exported as images through the same export as `designs.exportImages`
 * (plan, preflight and auto-fix per format, all-or-nothing writing), without saving a design.
 * The command line's `templates fill` and `meme` run it; their pictures were imported into the
 * library first (assets.import), so every value is a library asset.
 */
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { msg } from '../../../core/messages';
import type { Design } from '../../../core/schema';
import { exportImagesOf, type ExportSource } from '../export/exportImages';
import type { JobDeps } from '../jobs/deps';
import type { JobDefinition } from '../jobs/runner';
import { openPortable, type PortableFile } from '../portable';
import { libraryFontFiles } from '../render/libraryFonts';
import { formatById, readyLibraryTemplate, readyTemplate, slotValues } from './filled';

type Args = JobParsedArgsOf<'templates.fill'>;
type Result = JobResultOf<'templates.fill'>;

export function templatesFillJob(deps: JobDeps, args: Args): JobDefinition<Result> {
  const { library } = deps;
  const language = args.language ?? 'en';
  const fromLibrary = async (id: string) => (library.getAsset(id) ? library.readAsset(id) : null);
  const name = 'id' in args.template ? safeName(() => library.templateSummary((args.template as { id: string }).id, language).name) : '';
  const exported = exportImagesOf(deps, { type: args.type, ...(args.target ? { target: args.target } : {}) }, msg('export.title', { name }), async (ctx): Promise<ExportSource> => {
    const libraryFonts = libraryFontFiles(library);
    if ('id' in args.template) {
      const { design } = await readyLibraryTemplate(library, { id: args.template.id, formatId: args.formatId, language, values: args.values, complete: true });
      return { design, render: { readAsset: fromLibrary, assetFile: (id) => (library.getAsset(id) ? library.assetPath(id) : null), libraryFonts } };
    }
    const input = deps.staging.input(args.template.portable);
    let opened: PortableFile | undefined;
    ctx.onFinish(async () => {
      await opened?.close();
      await deps.staging.release(input.id);
    });
    // Checked whole and read from the file; its media are read when the renderer asks for them,
    // the pictures given from the library.
    const portable = (opened = await openPortable(input.path, input.fileName));
    const inFile = new Set(portable.mediaIds);
    const format = args.formatId ? formatById(library, args.formatId) : undefined;
    const design: Design = readyTemplate(portable.design, slotValues(library, args.values), { language, format, complete: true });
    return { design, render: { readAsset: async (id) => (inFile.has(id) ? portable.readBlob(id) : fromLibrary(id)), libraryFonts } };
  });
  return { type: 'templates.fill', ...exported };
}

function safeName(read: () => string): string {
  try {
    return read();
  } catch {
    return ''; // an unknown template is refused when the job runs, with its message
  }
}
