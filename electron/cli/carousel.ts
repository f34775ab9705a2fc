/**
 * `affiche carousel split`: a seamless panorama's slides as numbered images, cut from the wide page
 * rendered once (docs/architecture.md, Carousels). It is `affiche render` (the same export job,
 * the same files and notes) for a panorama only: any other design is refused before anything is
 * written, with the reason.
 */
import path from 'node:path';
import { msg } from '../../core/messages';
import type { Design } from '../../core/schema';
import { UserError } from '../services/errors';
import { openPortable } from '../services/portable';
import type { Command } from './args';
import type { CliIO } from './main';
import { runRender } from './render';

export async function runCarouselSplit(command: Extract<Command, { name: 'carousel-split' }>, io: CliIO): Promise<number> {
  const { source, out, type, library } = command;
  return runRender({ name: 'render', source, out, type, ...(library !== undefined ? { library } : {}) }, io, async (session, from) => {
    let design: Design;
    if ('file' in from) {
      const portable = await openPortable(from.file, path.basename(from.file));
      design = portable.design;
      await portable.close();
    } else {
      design = (await session.backend.library.getDesign(from.id)).design;
    }
    if (!design.panorama) throw new UserError('invalid-args', msg('panorama.notPanorama', { name: design.name }));
  });
}
