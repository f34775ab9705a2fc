/**
 * `affiche captions import <design> <file.srt|.vtt>` and `affiche captions export <design> --out
 * FILE.srt|.vtt` (issue 13, "Captions"): a video's caption lane from and to a caption file. The
 * design is a .affiche file (rewritten whole, or left as it was) or a design id in the library
 * (saved there). The import is the editor's own action (core/editor/actions/captions.ts): the cues
 * are replaced and the style kept (the default style on a video without captions).
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importCaptions } from '../../core/editor/actions/captions';
import { msg } from '../../core/messages';
import type { Design } from '../../core/schema';
import { captionFormatOf, MAX_CAPTION_FILE_CHARS, serializeCaptions } from '../../core/video/captions';
import { UserError } from '../services/errors';
import { packDesign, readPortable } from '../services/portable';
import type { Command } from './command';
import type { CliIO } from './main';
import { withLibrary } from './session';

type Source = { file: string } | { id: string };

function sourceOf(source: string): Source {
  const looksLikeFile = existsSync(source) || /[./\\]/.test(source);
  if (!looksLikeFile) return { id: source };
  if (!existsSync(source)) throw new UserError('not-found', msg('cli.noSuchFile', { name: source }));
  if (!statSync(source).isFile()) throw new UserError('bad-file', msg('cli.notAffiche', { name: source }));
  return { file: source };
}

function videoOnly(design: Design): Design {
  if (design.kind !== 'video') throw new UserError('invalid-args', msg('captions.notVideo', { name: design.name }));
  return design;
}

async function readCaptionFile(file: string): Promise<string> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new UserError('not-found', msg('cli.noSuchFile', { name: file }));
  }
  if (!info.isFile()) throw new UserError('bad-file', msg('cli.notAFile', { name: file }));
  // UTF-8 takes at most 4 bytes a character.
  if (info.size > MAX_CAPTION_FILE_CHARS * 4) throw new UserError('bad-file', msg('captions.tooLarge', { max: Math.round(MAX_CAPTION_FILE_CHARS / 1_000_000) }));
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new UserError('bad-file', msg('captions.notText', { file }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('bad-file', msg('captions.notText', { file }));
  }
}

export async function runCaptionsImport(command: Extract<Command, { name: 'captions-import' }>, io: CliIO): Promise<number> {
  const format = captionFormatOf(command.file);
  if (!format) throw new UserError('invalid-args', msg('captions.unknownFormat', { file: command.file }));
  const text = await readCaptionFile(command.file);
  const apply = (design: Design): Design => {
    try {
      return importCaptions({ design: videoOnly(design), pageIndex: 0, selection: [] }, { text, format }).design;
    } catch (error) {
      if (error instanceof UserError) throw error;
      // A refusal of the file (its line and why) is the user's error.
      const detail = (error as { detail?: unknown }).detail;
      if (detail) throw new UserError('bad-file', detail as UserError['detail']);
      throw error;
    }
  };
  const source = sourceOf(command.design);
  let design: Design;
  if ('file' in source) {
    const { design: before, blobs } = await readPortable(source.file, path.basename(source.file));
    design = apply(before);
    const bytes = await packDesign(design, async (id) => blobs.get(id) ?? null, blobs.keys());
    // Whole or not at all: a temp name beside the file, renamed over it.
    const temp = path.join(path.dirname(source.file), `.${path.basename(source.file)}.${process.pid}.tmp`);
    try {
      await writeFile(temp, bytes);
      await rename(temp, source.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  } else {
    design = await withLibrary({ library: command.library, readOnly: false, mustExist: true }, io, async (session) => {
      const next = apply((await session.bridge.api['designs.get']({ id: source.id })).design);
      await session.bridge.api['designs.save']({ design: next });
      return next;
    });
  }
  const cues = design.captions?.cues.length ?? 0;
  io.err(`affiche: ${cues} caption${cues === 1 ? '' : 's'} imported into "${design.name}"`);
  return 0;
}

export async function runCaptionsExport(command: Extract<Command, { name: 'captions-export' }>, io: CliIO): Promise<number> {
  const format = captionFormatOf(command.out);
  if (!format) throw new UserError('invalid-args', msg('captions.unknownFormat', { file: command.out }));
  const source = sourceOf(command.design);
  const design = videoOnly(
    'file' in source
      ? (await readPortable(source.file, path.basename(source.file))).design
      : await withLibrary({ library: command.library, readOnly: true, mustExist: true }, io, async (session) => (await session.bridge.api['designs.get']({ id: source.id })).design),
  );
  const cues = design.captions?.cues ?? [];
  if (cues.length === 0) throw new UserError('invalid-args', msg('captions.none', { name: design.name }));
  const out = path.resolve(command.out);
  await writeFile(out, serializeCaptions(cues, format), 'utf8');
  io.out(out);
  return 0;
}
