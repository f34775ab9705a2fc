/**
 * `affiche library import`, `list`, `export` and `import-archive`: the library from a terminal or a
 * script, through the same dispatcher and handlers as the app (docs/architecture.md,
 * "Transports"): a file imported here is byte for byte what a drop in the window would give, with
 * its thumbnail. Files are handed over by staging id, read where they are.
 *
 * Import takes the library's single-writer lock: while the app has the library open, it says so
 * and exits 1. List and export open read-only and never take the lock.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AfficheCallError, type AssetSummary } from '../../core/api';
import { isUserError, UserError } from '../services/errors';
import { msg } from '../../core/messages';
import type { Command } from './command';
import type { CliIO } from './main';
import { cancellable, runCliJob, text, withLibrary } from './session';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
};

function reasonOf(error: unknown): string | null {
  if (isUserError(error) || error instanceof AfficheCallError) return error.message;
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

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

export async function runLibraryImport(command: Extract<Command, { name: 'library-import' }>, io: CliIO): Promise<number> {
  const files: { file: string; problem?: string }[] = [];
  for (const target of command.paths) for await (const item of filesUnder(target)) files.push(item);
  return withLibrary({ library: command.library, readOnly: false }, io, async ({ backend, bridge }) => {
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
    /** Files are hashed one after the other, in their order (cheap next to decoding). */
    let hashing: Promise<unknown> = Promise.resolve();
    const hashInOrder = (file: string): Promise<string> => {
      const hashed = hashing.then(() => sha256Of(file));
      hashing = hashed.catch(() => undefined);
      return hashed;
    };
    const importOne = async (i: number): Promise<void> => {
      const { file, problem } = files[i];
      io.err(`[${i + 1}/${files.length}] ${file}`);
      let reason = problem;
      // Claimed before anything awaits: workers start files in order, hashes are chained in that
      // order, and each file claims its bytes as its hash comes, so of identical files the first in
      // order is always the one imported (the asset keeps its name), whatever else is slow.
      const claim = reason
        ? null
        : hashInOrder(file).then((key) => {
            const earlier = firstWithBytes.get(key);
            let settle: (imported: { assetId: string; fresh: boolean } | null) => void = () => undefined;
            if (!earlier) firstWithBytes.set(key, new Promise((resolve) => (settle = resolve)));
            return { earlier, settle };
          });
      claim?.catch(() => undefined); // a file that cannot be read is reported below
      if (!reason) {
        let settle: (imported: { assetId: string; fresh: boolean } | null) => void = () => undefined;
        try {
          const claimed = await claim!;
          settle = claimed.settle;
          const stat = await fs.stat(file);
          if (stat.size === 0) throw new UserError('bad-file', msg('cli.emptyFile'));
          const sameBytes = claimed.earlier ? await claimed.earlier : null;
          if (sameBytes !== null) {
            results[i] = { file, ...sameBytes };
            return;
          }
          const source = backend.staging.adopt(file).id;
          const { asset, duplicate } = await bridge.api['assets.import']({ fileName: path.basename(file), source });
          settle({ assetId: asset.id, fresh: !duplicate });
          results[i] = { file, assetId: asset.id, fresh: !duplicate };
          tagged.push(asset.id);
          return;
        } catch (error) {
          settle(null); // a later copy of these bytes tries (and is refused) on its own
          // A file we refuse is a result, not a failure of the command; anything else (a full
          // disk, the lock) stops the run.
          const code = (error as { code?: string }).code;
          if ((isUserError(error) || error instanceof AfficheCallError) && code !== 'bad-file' && code !== 'invalid-args') throw error;
          const why = reasonOf(error);
          if (why === null) throw error;
          reason = why;
        }
      }
      rejected++;
      results[i] = { file, reason };
    };
    // Ctrl+C: the files in flight finish, no new one starts, and the command exits 130.
    await cancellable(io, async (signal) => {
      let next = 0;
      let failure: unknown = null;
      const worker = async () => {
        while (failure === null && !signal.aborted && next < files.length) {
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
      const ids = [...new Set(tagged)];
      for (let start = 0; command.tags.length > 0 && start < ids.length; start += 10_000) {
        await bridge.api['assets.tag']({ ids: ids.slice(start, start + 10_000), add: command.tags });
      }
    });
    io.err(`${files.length - rejected} of ${files.length} file(s) in the library${rejected ? `, ${rejected} rejected` : ''}.`);
    return rejected > 0 ? 1 : 0;
  });
}

function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function runLibraryList(command: Extract<Command, { name: 'library-list' }>, io: CliIO): Promise<void> {
  await withLibrary({ library: command.library, readOnly: true, mustExist: true }, io, async ({ bridge }) => {
    const assets: AssetSummary[] = [];
    for (;;) {
      const page = await bridge.api['assets.list']({ query: command.query, tags: command.tags, kind: command.type, offset: assets.length, limit: 5000 });
      assets.push(...page.assets);
      if (page.assets.length === 0 || assets.length >= page.total) break;
    }
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
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * `affiche library export <file.zip> [--brand-kit]`: the whole library (or the brand kit) as one
 * zip, by the `library.exportArchive` job. Only reads the library (no lock), so it runs while the
 * app is open; Ctrl+C cancels it and leaves no file.
 */
export async function runLibraryExport(command: Extract<Command, { name: 'library-export' }>, io: CliIO): Promise<number> {
  return withLibrary({ library: command.library, readOnly: true, mustExist: true }, io, async (session) => {
    const file = path.resolve(command.file);
    const target = session.backend.staging.target(file).id;
    const { result } = await runCliJob(session, io, 'library.exportArchive', { scope: command.brandKit ? 'brandKit' : 'library', target });
    for (const skipped of result.skipped) io.err(`skipped: ${text(skipped)}`);
    if (command.json) {
      // The CLI speaks English: reasons are messages (core/messages), printed in their English text.
      io.out(JSON.stringify({ file, ...result, skipped: result.skipped.map((line) => text(line)) }, null, 2));
    } else {
      const c = result.counts;
      io.out(
        `${file}\t${humanBytes(result.bytes)}\t${[
          plural(c.designs, 'design'),
          plural(c.assets, 'medium', 'media'),
          plural(c.collections, 'collection'),
          plural(c.formats, 'format'),
          plural(c.palettes, 'palette'),
          plural(c.logos, 'logo'),
          plural(c.fonts, 'font'),
          ...(c.templates ? [plural(c.templates, 'template')] : []),
        ].join(', ')}`,
      );
    }
    return 0;
  });
}

/**
 * `affiche library import-archive <file.zip> [--replace-brand-kit]`: checks the whole archive, then
 * merges it (the `library.importArchive` job). One stdout line per item (status, kind, name,
 * reason), then the totals; exit 1 when an item was refused, like `library import`. A refused
 * archive changes nothing (exit 1).
 */
export async function runLibraryImportArchive(command: Extract<Command, { name: 'library-import-archive' }>, io: CliIO): Promise<number> {
  const file = path.resolve(command.file);
  const stat = await fs.stat(file);
  if (!stat.isFile()) throw new UserError('invalid-args', msg('cli.notAFile', { name: command.file }));
  return withLibrary({ library: command.library, readOnly: false }, io, async (session) => {
    const source = session.backend.staging.adopt(file).id;
    const { result: report } = await runCliJob(session, io, 'library.importArchive', { source, mode: command.replaceBrandKit ? 'replace' : 'merge' });
    if (command.json) {
      const items = report.items.map(({ reason, ...item }) => (reason ? { ...item, reason: text(reason), reasonKey: reason.key } : item));
      io.out(JSON.stringify({ ...report, items }, null, 2));
    } else {
      for (const item of report.items) io.out([item.status, item.kind, item.name, ...(item.reason ? [text(item.reason)] : [])].join('\t'));
      const t = report.totals;
      io.out(`${t.imported} imported, ${t.merged} merged, ${t.skipped} skipped, ${t.refused} refused`);
    }
    return report.totals.refused > 0 ? 1 : 0;
  });
}
