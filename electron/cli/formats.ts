import { existsSync } from 'node:fs';
import path from 'node:path';
import { FORMATS, NETWORK_LABELS, userCatalog, type UserCatalogFormat } from '../../core/formats';
import { msg } from '../../core/messages';
import { UserError } from '../services/errors';
import type { Command } from './command';
import type { CliIO } from './main';

/** The user's own formats of the library at `dir`, read-only: listing never takes the lock or writes. */
async function userFormatsOf(dir: string): Promise<UserCatalogFormat[]> {
  const libraryDir = path.resolve(dir);
  if (!existsSync(path.join(libraryDir, 'library.json'))) throw new UserError('not-found', msg('cli.noLibrary', { dir: libraryDir }));
  // Loaded on demand: the catalog alone (and --help) needs no library code.
  const { openLibrary } = await import('../services/library/library');
  const library = await openLibrary({ dir: libraryDir, readOnly: true });
  try {
    return userCatalog(library.listFormats());
  } finally {
    await library.close();
  }
}

function printTable(rows: string[][], io: CliIO): void {
  const header = ['NETWORK', 'ID', 'NAME', 'SIZE', 'RATIO', 'KIND'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  io.out(line(header));
  for (const row of rows) io.out(line(row));
}

export async function runFormats(command: Extract<Command, { name: 'formats' }>, io: CliIO): Promise<void> {
  const mine = command.library === undefined ? [] : await userFormatsOf(command.library);
  if (command.json) {
    // The whole catalog entry: size and ratio, file limits, text limits, safe zone, crops, sources.
    // With --library, the user's formats follow, marked `network: "custom"` with their
    // `userFormatId`; their `id` is the preset a design made from one stores (user:<id>).
    io.out(JSON.stringify([...FORMATS, ...mine], null, 2));
    return;
  }
  printTable(
    FORMATS.map((format) => [NETWORK_LABELS[format.network], format.id, format.name.en, `${format.width}x${format.height}`, format.ratio, format.kind]),
    io,
  );
  if (command.library === undefined) return;
  // A table of their own, after the catalog's: the built-in rows stay byte for byte what they were.
  io.out('');
  if (mine.length === 0) {
    io.out('Your formats: none yet (save one from "New design" > "Custom size").');
    return;
  }
  io.out(`Your formats (${mine.length}):`);
  printTable(
    mine.map((format) => {
      const limits = [format.limits.maxBytes ? `<= ${format.limits.maxBytes} bytes` : '', format.limits.types?.join(',') ?? ''].filter(Boolean).join(' ');
      return ['Mine', format.id, format.name.en + (limits ? ` (${limits})` : ''), `${format.width}x${format.height}`, format.ratio, format.kind];
    }),
    io,
  );
}
