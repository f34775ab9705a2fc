/**
 * `affiche preflight <file> --format ID [--fix --out FILE]`: checks an image or a video file
 * against a format's limits (core/preflight; a video format's rules are core/preflight/video.ts),
 * and with --fix writes the auto-fixed file (a video through the `media.fixVideo` job, with a
 * progress bar; Ctrl+C cancels it and leaves nothing).
 *
 * Exit codes follow diff and grep rather than the other commands, so scripts can tell a verdict
 * from a failure to check: 0 every rule passes, 1 a rule fails (one stderr line per failing rule,
 * or per reason the fix could not meet a limit), 2 nothing was checked (usage error, unreadable
 * file, internal error; see main.ts).
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AfficheCallError } from '../../core/api';
import { findFormat, NETWORK_LABELS } from '../../core/formats';
import type { Message } from '../../core/messages';
import type { RuleResult } from '../../core/preflight';
import type { Command } from './command';
import type { CliIO } from './main';
import { runCliJob, text, withLibrary } from './session';

const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'image/gif': ['.gif'],
};

type Rule = Pick<RuleResult, 'limit' | 'measured' | 'ok'> & { id: string; problem?: Message };

function printRules(rules: readonly Rule[], io: CliIO): void {
  const rows = rules.map((rule) => [rule.ok ? 'ok' : 'FAIL', rule.id, rule.limit, rule.measured]);
  const header = ['', 'RULE', 'LIMIT', 'MEASURED'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  io.out(line(header));
  for (const row of rows) io.out(line(row));
}

/** One stderr line per failing rule; returns the exit code. */
function verdict(rules: readonly Rule[], io: CliIO): number {
  const failing = rules.filter((rule) => !rule.ok);
  // A video rule says what fails and by how much in a sentence; an image rule gives both figures.
  for (const rule of failing) io.err(rule.problem ? `affiche: ${rule.id}: ${text(rule.problem)}` : `affiche: ${rule.id}: measured ${rule.measured}, limit ${rule.limit}`);
  return failing.length === 0 ? 0 : 1;
}

export async function runPreflight(command: Extract<Command, { name: 'preflight' }>, io: CliIO): Promise<number> {
  const format = findFormat(command.format)!;
  // A file that is not there is "could not check" (exit 2), said before anything opens.
  if (!(await stat(command.file)).isFile()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR', path: command.file });
  // Through the dispatcher like the app; the library is only read (your formats, nothing written).
  return withLibrary({ readOnly: true }, io, async (session) => {
    const { backend, bridge } = session;
    const source = backend.staging.adopt(command.file).id;
    io.out(`${command.file}: ${format.id} (${NETWORK_LABELS[format.network]}, ${format.name.en}, ${format.width}x${format.height})`);
    if (!command.fix) {
      const checked = await bridge.api['preflight.check']({ source, formatId: format.id });
      printRules(checked.rules, io);
      return verdict(checked.rules, io);
    }
    const out = command.out!;
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    const target = backend.staging.target(out).id;
    if (format.kind === 'video') {
      let fixed;
      try {
        fixed = (await runCliJob(session, io, 'media.fixVideo', { source, formatId: format.id, target })).result;
      } catch (error) {
        // A limit the fix cannot meet (too short, a byte cap out of reach) is a verdict, like an image's.
        if (error instanceof AfficheCallError && error.detail?.key.startsWith('videoFile.cannot.')) {
          io.err(`affiche: cannot fix: ${text(error.detail as Message)}`);
          return 1;
        }
        throw error;
      }
      for (const change of fixed.changes) io.out(`fixed: ${text(change)}`);
      io.out(`wrote ${out}`);
      if (path.extname(out).toLowerCase() !== '.mp4') io.out(`note: ${path.basename(out)} holds video/mp4; a name ending in .mp4 avoids surprises`);
      printRules(fixed.rules, io);
      return verdict(fixed.rules, io);
    }
    // Written to a temp file beside --out, flushed and renamed: never half an image at --out.
    const fixed = await bridge.api['preflight.fix']({ source, formatId: format.id, target, ...(command.crop ? { crop: command.crop } : {}) });
    if (!fixed.written) {
      printRules(fixed.rules, io);
      for (const change of fixed.changes) io.err(`affiche: would fix: ${text(change)}`);
      for (const problem of fixed.problems) io.err(`affiche: cannot fix: ${text(problem)}`);
      return 1;
    }
    if (fixed.changes.length === 0) io.out('fixed: nothing to fix, copied as is');
    for (const change of fixed.changes) io.out(`fixed: ${text(change)}`);
    io.out(`wrote ${out}`);
    const extensions = EXTENSIONS[fixed.type] ?? [];
    if (!extensions.includes(path.extname(out).toLowerCase())) {
      io.out(`note: ${path.basename(out)} holds ${fixed.type}; a name ending in ${extensions[0]} avoids surprises`);
    }
    printRules(fixed.rules, io);
    return verdict(fixed.rules, io);
  });
}
