/**
 * The `designs.exportPortable` job: a design as a `.affiche` file (docs/architecture.md, "Data"):
 * `design.json` (compact) and `blobs/<sha256>` for every medium it uses and every library font its
 * texts name. Media are streamed from the library into the zip, stored as they are: memory stays
 * small whatever the videos weigh.
 */
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { safeFileStem } from '../../../core/files/names';
import { msg } from '../../../core/messages';
import { designFontFamilies, libraryFacesFor, libraryFontFaces } from '../../../core/render/libraryFonts';
import { assetIdsOfDesign } from '../../../core/elements';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobDefinition } from '../jobs/runner';
import { ZipFileWriter } from '../library/archive/zipWriter';

export function exportPortableJob(deps: JobDeps, args: JobParsedArgsOf<'designs.exportPortable'>): JobDefinition<JobResultOf<'designs.exportPortable'>> {
  const name = deps.library.listDesigns({}).find((d) => d.id === args.id)?.name ?? '';
  return {
    type: 'designs.exportPortable',
    title: msg('export.portableTitle', { name: safeFileStem(name) }),
    async run(ctx) {
      const { design } = await deps.library.getDesign(args.id);
      const fileName = `${safeFileStem(design.name)}.affiche`;
      const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: [{ name: msg('export.portableFileType'), extensions: ['affiche'] }] });
      const fonts = libraryFacesFor(libraryFontFaces(deps.library.listAssets({ kind: 'font' })), designFontFamilies(design)).map((face) => face.assetId);
      const ids = [...new Set([...assetIdsOfDesign(design), ...fonts])].filter((id) => deps.library.getAsset(id) && deps.library.assetPath(id));
      const zip = await ZipFileWriter.create(await outputPath(ctx, destination), { maxBytes: 0xffff_ffff, mtime: new Date(), inPlace: true });
      try {
        await zip.addDeflated('design.json', new TextEncoder().encode(JSON.stringify(design)));
        for (const [index, id] of ids.entries()) {
          ctx.throwIfCancelled();
          const asset = deps.library.getAsset(id)!;
          ctx.progress({ fraction: index / Math.max(ids.length, 1), stage: msg('archive.stage', { phase: msg('archive.phase.media'), done: index + 1, total: ids.length, name: asset.name ?? asset.fileName }) });
          await zip.addStoredFile(`blobs/${id}`, deps.library.assetPath(id)!);
        }
        const bytes = await zip.finish(zip.temp);
        return written(destination, fileName, bytes);
      } catch (error) {
        return zip.abort(error, fileName);
      }
    },
  };
}
