/**
 * `affiche render`: a .affiche file or a library design -> image files at exact pixel size (--out
 * DIR: a numbered set), or for a video design one MP4 and its cover pictures, or a GIF or WebP
 * (--out DIR: `<name>.mp4|gif|webp`, designs.exportVideo), and/or one PDF document (--pdf FILE). It runs the `designs.exportImages`
 * and `designs.exportPdf` jobs through the dispatcher, as the app's export dialog does, each file
 * written beside its name and renamed at the end: Ctrl+C leaves none.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExportedImage, JobResultOf } from '../../core/api';
import { resolveFormat } from '../../core/formats/userFormats';
import { safeFileStem } from '../../core/files/names';
import { openPortable } from '../services/portable';
import { msg } from '../../core/messages';
import { UserError } from '../services/errors';
import type { Command } from './command';
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
    // Each job releases the file it was given when it ends: one adoption per job.
    const design = () => (looksLikeFile ? { portable: session.backend.staging.adopt(source).id } : { id: source });
    if (!looksLikeFile && !session.backend.library.listDesigns({}).some((d) => d.id === source) && !session.backend.library.listDesigns({ trash: true }).some((d) => d.id === source)) {
      throw new UserError('not-found', msg('cli.notADesign', { name: source, dir: session.dir }));
    }
    await check?.(session, looksLikeFile ? { file: source } : { id: source });
    const shown = await designHeader(session, looksLikeFile ? { file: source } : { id: source });
    if (shown.kind !== 'video' && command.quality) throw new UserError('invalid-args', msg('cli.qualityForVideo'));
    if (shown.kind !== 'video' && command.noCover) throw new UserError('invalid-args', msg('cli.coverForVideo'));
    if (shown.kind !== 'video' && command.typeGiven && command.videoType && command.videoType !== 'webp') throw new UserError('invalid-args', msg('cli.videoTypeForImage', { type: command.typeGiven }));
    let code = 0;
    if (command.out && shown.kind === 'video') await renderVideo(session, command, command.out, design(), shown.name, io);
    else if (command.out) code = await renderImages(session, command, command.out, design(), io);
    if (command.pdf) {
      const target = session.backend.staging.target(command.pdf).id;
      const { result } = await runCliJob(session, io, 'designs.exportPdf', { design: design(), ...(command.maxBytes ? { maxBytes: command.maxBytes } : {}), target });
      for (const note of result.notes) io.err(`affiche: note: ${text(note)}`);
      io.out(command.pdf);
    }
    return code;
  });
}

/** The numbered set (or one file per format) into the folder `out`. */
async function renderImages(session: Session, command: RenderCommand, out: string, design: { portable: string } | { id: string }, io: CliIO): Promise<number> {
  const target = session.backend.staging.target(out, 'folder').id;
  const { result } = await runCliJob(session, io, 'designs.exportImages', {
    design,
    type: command.type,
    ...(command.page !== undefined ? { pages: [command.page - 1] } : {}),
    ...(command.formats ? { formats: command.formats } : {}),
    ...(command.split ? { split: true } : {}),
    packaging: 'files',
    target,
  });
  report(result, command, out, session.backend.library.listFormats(), io);
  return result.ok ? 0 : 1;
}

type RenderCommand = Extract<Command, { name: 'render' }>;

/** The design's kind and name, read before anything is rendered (a video design writes an MP4). */
async function designHeader(session: Session, source: { file: string } | { id: string }): Promise<{ kind: string; name: string }> {
  if ('id' in source) {
    const summary = [...session.backend.library.listDesigns({}), ...session.backend.library.listDesigns({ trash: true })].find((d) => d.id === source.id);
    return { kind: summary?.kind ?? 'still', name: summary?.name ?? source.id };
  }
  const portable = await openPortable(source.file, path.basename(source.file));
  try {
    return { kind: portable.design.kind, name: portable.design.name };
  } finally {
    await portable.close();
  }
}

/**
 * A video design: one MP4 and its cover pictures (`<name>.mp4`, `<name>-cover.jpg`,
 * `<name>-cover-3x4.jpg` in `out`; `--no-cover`: the MP4 alone), or with `--type gif|webp` one
 * GIF or animated WebP under its network's size target (designs.exportVideo; `--format ID` for
 * one network's preset, `--quality draft|final`). Progress on stderr, Ctrl+C cancels, as for images.
 */
async function renderVideo(session: Session, command: RenderCommand, out: string, design: { portable: string } | { id: string }, name: string, io: CliIO): Promise<void> {
  if (command.typeGiven && !command.videoType) throw new UserError('invalid-args', msg('cli.imageTypeForVideo', { type: command.typeGiven }));
  if (command.imageOnly && command.imageOnly.length > 0) throw new UserError('invalid-args', msg('cli.imageOptionForVideo', { option: command.imageOnly[0] }));
  const formats = command.formats;
  if (formats && (formats.allVariants || formats.ids.length !== 1)) throw new UserError('invalid-args', msg('cli.oneVideoFormat'));
  const type = command.videoType ?? 'mp4';
  const file = path.join(out, `${safeFileStem(name)}.${type}`);
  const target = session.backend.staging.target(file).id;
  const { result } = await runCliJob(session, io, 'designs.exportVideo', {
    design,
    type,
    ...(formats ? { formatId: formats.ids[0] } : {}),
    ...(command.quality ? { quality: command.quality } : {}),
    ...(command.noCover ? { cover: false } : {}),
    target,
  });
  for (const note of result.notes) io.err(`affiche: note: ${text(note)}`);
  if (result.animated) io.err(`affiche: note: ${text(result.animated.summary)}`);
  io.out(file);
  for (const cover of result.cover?.files ?? []) io.out(path.join(out, cover.fileName));
}

/**
 * Paths go to stdout (so the list of files can be piped); what a fix changed and what could not be
 * checked go to stderr, once per format.
 */
function report(result: JobResultOf<'designs.exportImages'>, command: RenderCommand, out: string, userFormats: Parameters<typeof resolveFormat>[1], io: CliIO): void {
  for (const note of result.notes) io.err(`affiche: note: ${text(note)}${note.key === 'carouselExport.overCap' ? ' (--split does it)' : ''}`);
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
    io.out(path.join(out, image.name));
    for (const change of image.changes) io.err(`affiche: ${image.name}: fixed for ${tag}: ${text(change)}`);
    for (const problem of image.problems) io.err(`affiche: ${image.name}: fails ${tag}: ${text(problem)}`);
  }
  if (result.altTextFile) io.out(path.join(out, result.altTextFile));
}

function tagOf(image: ExportedImage): string {
  return image.format ?? `${image.width}x${image.height}`;
}
