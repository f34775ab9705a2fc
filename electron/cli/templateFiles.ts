/**
 * `affiche templates import` and `templates export`: template files (../services/templates/files.ts)
 * through the same calls and job as the app. Import takes the library's lock; export reads only.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { msg } from '../../core/messages';
import { UserError } from '../services/errors';
import type { Command } from './command';
import type { CliIO } from './main';
import { runCliJob, withLibrary } from './session';

export async function runTemplatesImport(command: Extract<Command, { name: 'templates-import' }>, io: CliIO): Promise<number> {
  if (!existsSync(command.file)) throw new UserError('not-found', msg('cli.noSuchFile', { name: command.file }));
  if (!statSync(command.file).isFile()) throw new UserError('bad-file', msg('cli.notAFile', { name: command.file }));
  return withLibrary({ library: command.library, readOnly: false }, io, async ({ backend, bridge }) => {
    // A memegen config.yml comes without its picture: --picture imports it first, like a fill's.
    let picture: string | undefined;
    if (command.picture) {
      if (!existsSync(command.picture)) throw new UserError('not-found', msg('cli.noSuchFile', { name: command.picture }));
      const { asset } = await bridge.api['assets.import']({ fileName: path.basename(command.picture), source: backend.staging.adopt(command.picture).id });
      if (asset.kind !== 'image') throw new UserError('invalid-args', msg('template.pictureNotImage', { name: 'picture', file: command.picture }));
      picture = asset.id;
    }
    const source = backend.staging.adopt(command.file).id;
    const { templates } = await bridge.api['templates.import']({ fileName: path.basename(command.file), source, ...(picture ? { picture } : {}) });
    if (command.json) io.out(JSON.stringify(templates, null, 2));
    else for (const t of templates) io.out(['imported', t.id, t.name, t.slots.map((s) => s.name).join(',')].join('\t'));
    return 0;
  });
}

export async function runTemplatesExport(command: Extract<Command, { name: 'templates-export' }>, io: CliIO): Promise<number> {
  return withLibrary({ library: command.library, readOnly: true }, io, async (session) => {
    const target = session.backend.staging.target(command.out).id;
    const { result } = await runCliJob(session, io, 'templates.export', { ids: command.ids, target });
    io.out(path.resolve(command.out));
    io.err(`affiche: ${result.count} template${result.count === 1 ? '' : 's'}, ${result.bytes} bytes`);
    return 0;
  });
}
