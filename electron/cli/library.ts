/**
 * `affiche library import` and `affiche library list`: the library from a terminal or a script.
 *
 * Import goes through the same LibraryStore as the app (same checks, same content addressing),
 * so a file imported here is byte for byte what a drop in the window would give. It takes the
 * library's single-writer lock: while the app has the library open, import says so and exits 1.
 * List opens read-only and never takes the lock.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { defaultLibraryDir } from '../services/backend';
import { isUserError, UserError } from '../services/errors';
import type { Command } from './args';
import type { CliIO } from './main';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
};

function reasonOf(error: unknown): string | null {
  if (isUserError(error)) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code && code in REASONS ? REASONS[code] : null;
}

/**
 * Files under the given paths, folders walked recursively in name order (a repeatable order makes
 * a rerun's output comparable). Hidden files and folders (".DS_Store", ".git") are skipped inside
 * folders; symbolic links to folders are not followed, so a link cycle cannot loop.
 */
async function* filesUnder(target: string): AsyncGenerator<{ file: string; problem?: string }> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch (error) {
    yield { file: target, problem: reasonOf(error) ?? String(error) };
    return;
  }
  if (!stat.isDirectory()) {
    yield { file: target };
    return;
  }
  let entries;
  try {
    entries = await fs.readdir(target, { withFileTypes: true });
  } catch (error) {
    yield { file: target, problem: reasonOf(error) ?? String(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield { file: full };
  }
}

export async function runLibraryImport(command: Extract<Command, { name: 'library-import' }>, io: CliIO): Promise<number> {
  const files: { file: string; problem?: string }[] = [];
  for (const target of command.paths) for await (const item of filesUnder(target)) files.push(item);
  const { openLibrary } = await import('../services/library/library');
  const library = await openLibrary({ dir: path.resolve(command.library ?? defaultLibraryDir()) });
  let rejected = 0;
  const tagged: string[] = [];
  try {
    for (const [i, { file, problem }] of files.entries()) {
      io.err(`[${i + 1}/${files.length}] ${file}`);
      let reason = problem;
      if (!reason) {
        try {
          const bytes = new Uint8Array(await fs.readFile(file));
          if (bytes.length === 0) throw new UserError('bad-file', 'the file is empty');
          const { asset, duplicate } = await library.importAsset(path.basename(file), bytes);
          io.out(`${duplicate ? 'duplicate' : 'imported'}\t${file}\t${asset.id}`);
          tagged.push(asset.id);
          continue;
        } catch (error) {
          // A file we refuse is a result, not a failure of the command; anything else (a full
          // disk, the lock) stops the run.
          if (isUserError(error) && error.code !== 'bad-file' && error.code !== 'invalid-args') throw error;
          const why = reasonOf(error);
          if (why === null) throw error;
          reason = why;
        }
      }
      rejected++;
      io.out(`rejected\t${file}\t${reason}`);
    }
    if (command.tags.length > 0 && tagged.length > 0) await library.tagAssets(tagged, command.tags);
  } finally {
    await library.close();
  }
  io.err(`${files.length - rejected} of ${files.length} file(s) in the library${rejected ? `, ${rejected} rejected` : ''}.`);
  return rejected > 0 ? 1 : 0;
}

function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function runLibraryList(command: Extract<Command, { name: 'library-list' }>, io: CliIO): Promise<void> {
  const dir = path.resolve(command.library ?? defaultLibraryDir());
  if (!existsSync(path.join(dir, 'library.json'))) throw new UserError('not-found', `no library at ${dir}`);
  const { openLibrary } = await import('../services/library/library');
  const library = await openLibrary({ dir, readOnly: true });
  try {
    const { assets } = library.searchAssets({ query: command.query, tags: command.tags, kind: command.type });
    if (command.json) {
      io.out(JSON.stringify(assets, null, 2));
      return;
    }
    const rows = assets.map((a) => [a.id.slice(0, 12), a.kind, a.name ?? a.fileName, a.width && a.height ? `${a.width}x${a.height}` : '', humanBytes(a.bytes), (a.tags ?? []).join(', ')]);
    const header = ['ID', 'TYPE', 'NAME', 'SIZE', 'BYTES', 'TAGS'];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
    io.out(line(header));
    for (const row of rows) io.out(line(row));
    io.err(`${assets.length} asset(s)`);
  } finally {
    await library.close();
  }
}
