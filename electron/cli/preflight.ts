/**
 * `affiche preflight <file> --format ID [--fix --out FILE]`: checks an image against a format's
 * limits (core/preflight), and with --fix writes the auto-fixed file.
 *
 * Exit codes follow diff and grep rather than the other commands, so scripts can tell a verdict
 * from a failure to check: 0 every rule passes, 1 a rule fails (one stderr line per failing rule,
 * or per reason the fix could not meet a limit), 2 nothing was checked (usage error, unreadable
 * file, internal error; see main.ts).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findFormat, NETWORK_LABELS } from '../../core/formats';
import { preflight, type RuleResult } from '../../core/preflight';
import { writeFileAtomic } from '../services/library/durableFile';
import { autoFix } from '../services/preflight/autoFix';
import { measureImage } from '../services/preflight/measure';
import type { Command } from './args';
import type { CliIO } from './main';

const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'image/gif': ['.gif'],
};

function printRules(rules: readonly RuleResult[], io: CliIO): void {
  const rows = rules.map((rule) => [rule.ok ? 'ok' : 'FAIL', rule.id, rule.limit, rule.measured]);
  const header = ['', 'RULE', 'LIMIT', 'MEASURED'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  io.out(line(header));
  for (const row of rows) io.out(line(row));
}

/** One stderr line per failing rule; returns the exit code. */
function verdict(rules: readonly RuleResult[], io: CliIO): number {
  const failing = rules.filter((rule) => !rule.ok);
  for (const rule of failing) io.err(`affiche: ${rule.id}: measured ${rule.measured}, limit ${rule.limit}`);
  return failing.length === 0 ? 0 : 1;
}

export async function runPreflight(command: Extract<Command, { name: 'preflight' }>, io: CliIO): Promise<number> {
  const format = findFormat(command.format)!;
  const name = `"${path.basename(command.file)}"`;
  const bytes = new Uint8Array(await readFile(command.file));
  io.out(`${command.file}: ${format.id} (${NETWORK_LABELS[format.network]}, ${format.name.en}, ${format.width}x${format.height})`);

  if (!command.fix) {
    const rules = preflight(await measureImage(bytes, name), format);
    printRules(rules, io);
    return verdict(rules, io);
  }

  const fixed = await autoFix(bytes, format, name);
  if (fixed.problems.length > 0) {
    printRules(fixed.rules, io);
    for (const problem of fixed.problems) io.err(`affiche: cannot fix: ${problem}`);
    return 1;
  }
  const out = command.out!;
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  // Temp file in the same folder, fsync, rename: a crash never leaves half an image at --out.
  await writeFileAtomic(out, fixed.bytes);
  if (fixed.changes.length === 0) io.out('fixed: nothing to fix, copied as is');
  for (const change of fixed.changes) io.out(`fixed: ${change.message}`);
  io.out(`wrote ${out}`);
  const extensions = EXTENSIONS[fixed.type] ?? [];
  if (!extensions.includes(path.extname(out).toLowerCase())) {
    io.out(`note: ${path.basename(out)} holds ${fixed.type}; a name ending in ${extensions[0]} avoids surprises`);
  }
  printRules(fixed.rules, io);
  return verdict(fixed.rules, io);
}
