/**
 * `affiche render`: a .affiche file or a library design -> image files at exact pixel size. It runs
 * the `designs.exportImages` job through the dispatcher, as the app's export dialog does, with
 * separate files written into --out (each beside its name, renamed at the end: Ctrl+C leaves none).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExportedImage, JobResultOf } from '../../core/api';
import { resolveFormat } from '../../core/formats/userFormats';
import { msg } from '../../core/messages';
import { UserError } from '../services/errors';
import type { Command } from './args';
import type { CliIO } from './main';
import { runCliJob, text, withLibrary, type Session } from './session';

/** Returns the exit code: 0, or 1 when a file written fails its format's preflight and no fix could make it pass. */
export async function runRender(
  command: Extract<Command, { name: 'render' }>,
  io: CliIO,
  /** Refuses a design before anything is written (`carousel split`: a panorama only). */
  check?: (session: Session, source: { file: string } | { id: string }) => Promise<void>,
): Promise<number> {
  const { source } = command;
  const looksLikeFile = existsSync(source) || /[./\\]/.test(source);
  if (looksLikeFile && !existsSync(source)) throw new UserError('not-found', msg('cli.noSuchFile', { name: source }));
  if (looksLikeFile && !statSync(source).isFile()) throw new UserError('bad-file', msg('cli.notAffiche', { name: source }));
  // Read-only: rendering never writes the library (it runs while the app has it open).
  return withLibrary({ library: command.library, readOnly: true, mustExist: !looksLikeFile }, io, async (session) => {
    const design = looksLikeFile ? { portable: session.backend.staging.adopt(source).id } : { id: source };
    if (!looksLikeFile && !session.backend.library.listDesigns({}).some((d) => d.id === source) && !session.backend.library.listDesigns({ trash: true }).some((d) => d.id === source)) {
      throw new UserError('not-found', msg('cli.notADesign', { name: source, dir: session.dir }));
    }
    await check?.(session, looksLikeFile ? { file: source } : { id: source });
    const target = session.backend.staging.target(command.out, 'folder').id;
    const { result } = await runCliJob(session, io, 'designs.exportImages', {
      design,
      type: command.type,
      ...(command.page !== undefined ? { pages: [command.page - 1] } : {}),
      ...(command.formats ? { formats: command.formats } : {}),
      packaging: 'files',
      target,
    });
    report(result, command, session.backend.library.listFormats(), io);
    return result.ok ? 0 : 1;
  });
}

/**
 * Paths go to stdout (so the list of files can be piped); what a fix changed and what could not be
 * checked go to stderr, once per format.
 */
function report(result: JobResultOf<'designs.exportImages'>, command: Extract<Command, { name: 'render' }>, userFormats: Parameters<typeof resolveFormat>[1], io: CliIO): void {
  for (const note of result.notes) io.err(`affiche: note: ${text(note)}`);
  const noted = new Set<string>();
  for (const image of result.images) {
    const tag = tagOf(image);
    // Only where formats were asked for, as before: a plain render has nothing to be checked against.
    if (command.formats && image.unchecked && !noted.has(tag)) {
      noted.add(tag);
      if (image.unchecked === 'custom') io.err(`affiche: note: ${tag} is a custom size: no network limits to check it against`);
      else {
        const kind = resolveFormat(image.format, userFormats)?.kind ?? 'video';
        io.err(`affiche: note: ${tag} is a ${kind} format: writing a still of each page at ${image.width}x${image.height}, not checked (preflight checks images)`);
      }
    }
    io.out(path.join(command.out, image.name));
    for (const change of image.changes) io.err(`affiche: ${image.name}: fixed for ${tag}: ${text(change)}`);
    for (const problem of image.problems) io.err(`affiche: ${image.name}: fails ${tag}: ${text(problem)}`);
  }
}

function tagOf(image: ExportedImage): string {
  return image.format ?? `${image.width}x${image.height}`;
}
