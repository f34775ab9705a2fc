/** `affiche render`: a .affiche file or a library design -> image files at exact pixel size. */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Design } from '../../core/schema';
import { defaultLibraryDir } from '../services/backend';
import { UserError } from '../services/errors';
import { IMAGE_EXTENSIONS } from '../../core/files/imageTypes';
import { formatFileName, pageFileName, uniqueFileName } from '../../core/files/names';
import { openLibrary } from '../services/library/library';
import { writeFileAtomic } from '../services/library/durableFile';
import { unpackDesign } from '../services/portable';
import { renderDesignPage } from '../services/render/nodeRenderer';
import { libraryFontFiles, type LibraryFontFile } from '../services/render/libraryFonts';
import type { Command } from './args';
import { exportTargets, renderChecked } from './formatExport';
import type { CliIO } from './main';

interface LoadedDesign {
  design: Design;
  readAsset: (id: string) => Promise<Uint8Array | null>;
  /** The library's fonts, for texts that use one (a .affiche file carries none). */
  libraryFonts?: LibraryFontFile[];
  done: () => Promise<void>;
}

async function loadFromFile(file: string): Promise<LoadedDesign> {
  const name = path.basename(file);
  if (!statSync(file).isFile()) throw new UserError('bad-file', `"${file}" is a folder, not a .affiche file`);
  const { design, blobs } = unpackDesign(new Uint8Array(await readFile(file)), name);
  return { design, readAsset: async (id) => blobs.get(id) ?? null, done: async () => undefined };
}

async function loadFromLibrary(id: string, libraryDir: string): Promise<LoadedDesign> {
  if (!existsSync(libraryDir)) throw new UserError('not-found', `no file "${id}" and no library at ${libraryDir} to look the design id up in`);
  const library = await openLibrary({ dir: libraryDir, readOnly: true });
  try {
    const { design } = await library.getDesign(id);
    return {
      design,
      readAsset: async (assetId) => (library.getAsset(assetId) ? library.readAsset(assetId) : null),
      libraryFonts: libraryFontFiles(library),
      done: () => library.close(),
    };
  } catch (error) {
    await library.close();
    if ((error as { code?: string }).code === 'not-found') {
      throw new UserError('not-found', `"${id}" is neither a file nor a design id in the library at ${libraryDir}`);
    }
    throw error;
  }
}

/** Returns the exit code: 0, or 1 when a file written fails its format's preflight and no fix could make it pass. */
export async function runRender(command: Extract<Command, { name: 'render' }>, io: CliIO): Promise<number> {
  const { source } = command;
  const looksLikeFile = existsSync(source) || /[./\\]/.test(source);
  if (looksLikeFile && !existsSync(source)) throw new UserError('not-found', `"${source}": no such file`);
  const loaded = looksLikeFile ? await loadFromFile(source) : await loadFromLibrary(source, path.resolve(command.library ?? defaultLibraryDir()));
  try {
    const { design } = loaded;
    const pageCount = design.pages.length;
    if (command.page !== undefined && command.page > pageCount) {
      throw new UserError('invalid-args', `"${source}" has ${pageCount} page${pageCount > 1 ? 's' : ''}; there is no page ${command.page}`);
    }
    const pages = command.page !== undefined ? [command.page - 1] : design.pages.map((_, i) => i);
    await mkdir(command.out, { recursive: true });
    if (command.formats) return await renderFormats(design, pages, command, loaded, io);
    for (const index of pages) {
      const bytes = await renderDesignPage(design, index, command.type, { readAsset: loaded.readAsset, libraryFonts: loaded.libraryFonts });
      const target = path.join(command.out, pageFileName(design.name, IMAGE_EXTENSIONS[command.type], index, pageCount));
      await writeFileAtomic(target, bytes);
      io.out(target);
    }
    return 0;
  } finally {
    await loaded.done();
  }
}

/**
 * One file per format and page, named by design, network and format. Paths go to stdout as
 * without --format; what a fix changed and what could not be checked go to stderr, so the list
 * of files can still be piped.
 */
async function renderFormats(design: Design, pages: number[], command: Extract<Command, { name: 'render' }>, loaded: LoadedDesign, io: CliIO): Promise<number> {
  const targets = exportTargets(design, command.formats!);
  const taken = new Set<string>();
  let failed = false;
  for (const target of targets) {
    const tag = target.format.preset ?? `${target.format.width}x${target.format.height}`;
    if (!target.catalog) {
      io.err(`affiche: note: ${tag} is a custom size: no network limits to check it against`);
    } else if (target.catalog.kind !== 'image') {
      io.err(`affiche: note: ${tag} is a ${target.catalog.kind} format: writing a still of each page at ${target.format.width}x${target.format.height}, not checked (preflight checks images)`);
    }
    for (const index of pages) {
      const planned = formatFileName(design.name, target.format, IMAGE_EXTENSIONS[command.type], index, design.pages.length);
      const image = await renderChecked(target, index, command.type, { readAsset: loaded.readAsset, libraryFonts: loaded.libraryFonts }, `"${planned}"`);
      // A fix may change the type (PNG -> JPEG): the name follows the content.
      const name = uniqueFileName(formatFileName(design.name, target.format, image.extension, index, design.pages.length), taken);
      const file = path.join(command.out, name);
      await writeFileAtomic(file, image.bytes);
      io.out(file);
      for (const change of image.changes) io.err(`affiche: ${name}: fixed for ${tag}: ${change.message}`);
      for (const problem of image.problems) io.err(`affiche: ${name}: fails ${tag}: ${problem}`);
      if (image.problems.length > 0) failed = true;
    }
  }
  return failed ? 1 : 0;
}
