/**
 * The `designs.exportPortable` job: a design as a `.affiche` file (docs/architecture.md, "Data"):
 * `design.json` (compact) and `blobs/<sha256>` for every medium it uses and every library font its
 * texts name. Media are streamed from the library into the zip, stored as they are: memory stays
 * small whatever the videos weigh. A design the import could not read back (too many media, more
 * than a zip without ZIP64 holds) is refused before anything is written (../portable.ts).
 */
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { safeFileStem } from '../../../core/files/names';
import { msg } from '../../../core/messages';
import { designFontFamilies, libraryFacesFor, libraryFontFaces } from '../../../core/render/libraryFonts';
import { assetIdsOfDesign } from '../../../core/elements';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobDefinition } from '../jobs/runner';
import { writePortable, type PortableMedium } from '../portable';

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
      const media: PortableMedium[] = [];
      for (const id of new Set([...assetIdsOfDesign(design), ...fonts])) {
        const asset = deps.library.getAsset(id);
        const file = deps.library.assetPath(id);
        if (asset && file) media.push({ id, name: asset.name ?? asset.fileName, file });
      }
      // Checked against what the import reads back before anything is written (../portable.ts).
      const bytes = await writePortable(await outputPath(ctx, destination), fileName, design, media, {
        throwIfCancelled: () => ctx.throwIfCancelled(),
        onMedium: (index, total, medium) =>
          ctx.progress({ fraction: index / Math.max(total, 1), stage: msg('archive.stage', { phase: msg('archive.phase.media'), done: index + 1, total, name: medium.name }) }),
      });
      return written(destination, fileName, bytes);
    },
  };
}
