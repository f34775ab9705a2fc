/**
 * `affiche library import`, `list`, `export` and `import-archive`: the library from a terminal or a script.
 *
 * Import goes through the same LibraryStore as the app (same checks, same content addressing),
 * so a file imported here is byte for byte what a drop in the window would give. It takes the
 * library's single-writer lock: while the app has the library open, import says so and exits 1.
 * List opens read-only and never takes the lock.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defaultLibraryDir } from '../services/backend';
import { isUserError, UserError } from '../services/errors';
import { formatMessage } from '../../core/messages';
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

/**
 * Files in flight at once. The library bounds the CPU work itself (one decode per core,
 * mediaImport/slots.ts); a few more in flight keep those slots busy while files are read and
 * records written (1,000 photos: about 32 files/s one at a time, 53 with four; npm run bench).
 */
const IMPORT_IN_FLIGHT = 4;

export async function runLibraryImport(command: Extract<Command, { name: 'library-import' }>, io: CliIO): Promise<number> {
  const files: { file: string; problem?: string }[] = [];
  for (const target of command.paths) for await (const item of filesUnder(target)) files.push(item);
  const { openLibrary } = await import('../services/library/library');
  const library = await openLibrary({ dir: path.resolve(command.library ?? defaultLibraryDir()) });
  let rejected = 0;
  const tagged: string[] = [];
  /**
   * One result per file, printed in the order of the files whatever order they finish in. An
   * asset new to the library is announced as imported by the first of its files in that order,
   * its other files as duplicates (whichever of them happened to reach the library first).
   */
  type Result = { file: string; assetId: string; fresh: boolean } | { file: string; reason: string };
  const results: (Result | undefined)[] = [];
  const announced = new Set<string>();
  let printed = 0;
  const flush = () => {
    for (let result = results[printed]; result !== undefined; result = results[++printed]) {
      if ('reason' in result) {
        io.out(`rejected\t${result.file}\t${result.reason}`);
        continue;
      }
      const first = result.fresh && !announced.has(result.assetId);
      announced.add(result.assetId);
      io.out(`${first ? 'imported' : 'duplicate'}\t${result.file}\t${result.assetId}`);
    }
  };
  /** The same bytes twice in one run are imported once; the other files wait for that import. */
  const firstWithBytes = new Map<string, Promise<{ assetId: string; fresh: boolean } | null>>();
  /**
   * Files are read one after the other, in their order (cheap next to decoding), and each is
   * registered in firstWithBytes before the next is read: of identical files, the first in order
   * is always the one imported, so the asset keeps that file's name.
   */
  let reading: Promise<unknown> = Promise.resolve();
  const readInOrder = (file: string): Promise<Buffer> => {
    const read = reading.then(() => fs.readFile(file));
    reading = read.catch(() => undefined);
    return read;
  };
  const importOne = async (i: number): Promise<void> => {
    const { file, problem } = files[i];
    io.err(`[${i + 1}/${files.length}] ${file}`);
    let reason = problem;
    if (!reason) {
      let settle: (imported: { assetId: string; fresh: boolean } | null) => void = () => undefined;
      try {
        const bytes = new Uint8Array(await readInOrder(file));
        if (bytes.length === 0) throw new UserError('bad-file', 'the file is empty');
        const key = createHash('sha256').update(bytes).digest('hex');
        const earlier = firstWithBytes.get(key);
        const sameBytes = earlier ? await earlier : null;
        if (sameBytes !== null) {
          results[i] = { file, ...sameBytes };
          return;
        }
        if (!earlier) firstWithBytes.set(key, new Promise((resolve) => (settle = resolve)));
        const { asset, duplicate } = await library.importAsset(path.basename(file), bytes);
        settle({ assetId: asset.id, fresh: !duplicate });
        results[i] = { file, assetId: asset.id, fresh: !duplicate };
        tagged.push(asset.id);
        return;
      } catch (error) {
        settle(null); // a later copy of these bytes tries (and is refused) on its own
        // A file we refuse is a result, not a failure of the command; anything else (a full
        // disk, the lock) stops the run.
        if (isUserError(error) && error.code !== 'bad-file' && error.code !== 'invalid-args') throw error;
        const why = reasonOf(error);
        if (why === null) throw error;
        reason = why;
      }
    }
    rejected++;
    results[i] = { file, reason };
  };
  try {
    let next = 0;
    let failure: unknown = null;
    const worker = async () => {
      while (failure === null && next < files.length) {
        const i = next++;
        try {
          await importOne(i);
        } catch (error) {
          failure ??= error; // the others finish the file they hold, then stop
        }
        flush();
      }
    };
    await Promise.all(Array.from({ length: Math.min(IMPORT_IN_FLIGHT, files.length) }, worker));
    if (failure !== null) throw failure;
    if (command.tags.length > 0 && tagged.length > 0) await library.tagAssets([...new Set(tagged)], command.tags);
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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `affiche library export <file.zip> [--brand-kit]`: the whole library (or the brand kit) as one
 * zip. Only reads the library (no lock), so it runs while the app is open.
 */
export async function runLibraryExport(command: Extract<Command, { name: 'library-export' }>, io: CliIO): Promise<number> {
  const dir = path.resolve(command.library ?? defaultLibraryDir());
  if (!existsSync(path.join(dir, 'library.json'))) throw new UserError('not-found', `no library at ${dir}`);
  const { openLibrary } = await import('../services/library/library');
  const { exportArchive, progressLine } = await import('../services/library/archive');
  const library = await openLibrary({ dir, readOnly: true });
  try {
    const target = path.resolve(command.file);
    const result = await exportArchive(library, target, { scope: command.brandKit ? 'brandKit' : 'library', onProgress: (p) => io.err(progressLine(p)) });
    // The CLI speaks English: reasons are messages (core/messages), printed in their English text.
    for (const line of result.skipped) io.err(`skipped: ${formatMessage(line)}`);
    if (command.json) {
      io.out(JSON.stringify({ ...result, skipped: result.skipped.map((line) => formatMessage(line)) }, null, 2));
    } else {
      const c = result.counts;
      io.out(
        `${target}\t${humanBytes(result.bytes)}\t${[
          plural(c.designs, 'design'),
          plural(c.assets, 'medium', 'media'),
          plural(c.collections, 'collection'),
          plural(c.formats, 'format'),
          plural(c.palettes, 'palette'),
          plural(c.logos, 'logo'),
          plural(c.fonts, 'font'),
        ].join(', ')}`,
      );
    }
    return 0;
  } finally {
    await library.close();
  }
}

/**
 * `affiche library import-archive <file.zip> [--replace-brand-kit]`: checks the whole archive, then
 * merges it. One stdout line per item (status, kind, name, reason), then the totals; exit 1 when
 * an item was refused, like `library import`. A refused archive changes nothing (exit 1).
 */
export async function runLibraryImportArchive(command: Extract<Command, { name: 'library-import-archive' }>, io: CliIO): Promise<number> {
  const file = path.resolve(command.file);
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new UserError('invalid-args', `"${command.file}" is not a file`);
  const { openLibrary } = await import('../services/library/library');
  const { importFromFile, progressLine } = await import('../services/library/archive');
  const library = await openLibrary({ dir: path.resolve(command.library ?? defaultLibraryDir()) });
  let report;
  try {
    report = await importFromFile(library, file, path.basename(file), command.replaceBrandKit ? 'replace' : 'merge', (p) => io.err(progressLine(p)));
  } finally {
    await library.close();
  }
  if (command.json) {
    const items = report.items.map(({ reason, ...item }) => (reason ? { ...item, reason: formatMessage(reason), reasonKey: reason.key } : item));
    io.out(JSON.stringify({ ...report, items }, null, 2));
  } else {
    for (const item of report.items) io.out([item.status, item.kind, item.name, ...(item.reason ? [formatMessage(item.reason)] : [])].join('\t'));
    const t = report.totals;
    io.out(`${t.imported} imported, ${t.merged} merged, ${t.skipped} skipped, ${t.refused} refused`);
  }
  return report.totals.refused > 0 ? 1 : 0;
}
