/**
 * `affiche carousel split`: a seamless panorama's slides as numbered images, cut from the wide page
 * rendered once (docs/architecture.md, Carousels). It is `affiche render` (the same export job,
 * the same files and notes) for a panorama only: any other design is refused before anything is
 * written, with the reason.
 *
 * `affiche carousel from-text <file.txt|-> --out FILE.affiche [--template ID] [--format ID]`: text to
 * carousel (core/carousel/fromText.ts) through the same call as the app's dialog
 * (`carousels.fromText`: the carousel is saved in the library), then written as a portable file by
 * the `designs.exportPortable` job (whole or absent at the destination).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { msg } from '../../core/messages';
import type { Design } from '../../core/schema';
import { UserError } from '../services/errors';
import { openPortable } from '../services/portable';
import type { Command } from './command';
import type { CliIO } from './main';
import { runRender } from './render';
import { runCliJob, withLibrary } from './session';

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

/** The most bytes of text read (the call takes 50,000 characters; UTF-8 may take four bytes each). */
const MAX_TEXT_BYTES = 200_000;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    bytes += buffer.length;
    if (bytes > MAX_TEXT_BYTES) break;
    chunks.push(buffer);
  }
  return decode(Buffer.concat(chunks), 'stdin');
}

/** UTF-8 text, or a refusal naming the file (a picture or a zip is not text). */
function decode(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new UserError('bad-file', msg('carouselText.notText', { file: name }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('bad-file', msg('carouselText.notText', { file: name }));
  }
}

async function readText(source: string, io: CliIO): Promise<string> {
  if (source === '-') return io.stdin ? io.stdin() : readStdin();
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new UserError('not-found', msg('cli.noSuchFile', { name: source }));
  }
  if (!info.isFile()) throw new UserError('bad-file', msg('cli.notAFile', { name: source }));
  if (info.size > MAX_TEXT_BYTES) throw new UserError('bad-file', msg('carouselText.notText', { file: source }));
  return decode(await readFile(source), source);
}

export async function runCarouselFromText(command: Extract<Command, { name: 'carousel-from-text' }>, io: CliIO): Promise<number> {
  const text = await readText(command.source, io);
  return withLibrary({ library: command.library, readOnly: false }, io, async (session) => {
    const made = await session.bridge.api['carousels.fromText']({
      text,
      language: 'en',
      ...(command.template ? { templateId: command.template } : {}),
      ...(command.format ? { formatId: command.format } : {}),
    });
    const file = path.resolve(command.out);
    const target = session.backend.staging.target(file).id;
    await runCliJob(session, io, 'designs.exportPortable', { id: made.design.id, target });
    io.out(file);
    io.err(`affiche: ${made.items} item${made.items === 1 ? '' : 's'} -> ${made.slides} slides (${made.design.format.width}x${made.design.format.height}); saved in the library as ${made.design.id}`);
    return 0;
  });
}
