/**
 * `affiche library export` and `affiche library import-archive`, run as the installed command
 * (a child process): results on stdout, progress on stderr, exit codes like the other library commands.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../services/library/library';
import { fillLibrary, type FilledLibrary } from '../services/library/archive/testing';

const repo = path.resolve(__dirname, '../..');
const bin = path.join(repo, 'bin/affiche.mjs');
const affiche = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

let tmp: string;
let source: string;
let filled: FilledLibrary;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-archive-'));
  source = path.join(tmp, 'source');
  const library = await openLibrary({ dir: source });
  filled = await fillLibrary(library);
  await library.close();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('affiche library export / import-archive', () => {
  it('exports the library: path and counts on stdout, progress on stderr; --json', () => {
    const zip = path.join(tmp, 'backup.zip');
    const run = affiche('library', 'export', zip, '--library', source);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain(zip);
    expect(run.stdout).toContain('1 design, 4 media, 1 collection, 1 format, 1 palette, 1 logo, 1 font');
    expect(run.stderr).toMatch(/^\[\s*\d+ %\] Media 4 of 4: /m);
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(zip))));
    expect(names).toContain('manifest.json');
    expect(names).toContain(`designs/${filled.designId}.json`);

    const json = affiche('library', 'export', path.join(tmp, 'kit.zip'), '--brand-kit', '--json', '--library', source);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ counts: { designs: 0, assets: 2, logos: 1, fonts: 1 } });
  });

  it('imports into another library: one line per item and the totals; twice adds nothing', () => {
    const zip = path.join(tmp, 'backup.zip');
    const target = path.join(tmp, 'target');
    const first = affiche('library', 'import-archive', zip, '--library', target);
    expect(first.status, first.stderr).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ imported, 0 merged, \d+ skipped, 0 refused$/);
    expect(lines).toContain('imported\tdesign\tSoldes d’été');
    expect(first.stderr).toMatch(/^\[\s*\d+ %\] Checking 1 of /m);
    const again = affiche('library', 'import-archive', zip, '--json', '--library', target);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).totals).toMatchObject({ imported: 0, refused: 0 });
    const list = affiche('library', 'list', '--json', '--library', target);
    expect(JSON.parse(list.stdout)).toHaveLength(4);
  });

  it('refuses a bad archive in one stderr line, exit 1, library unchanged', () => {
    const bad = path.join(tmp, 'bad.zip');
    writeFileSync(bad, `PK\u0003\u0004${'not really a zip '.repeat(10)}`);
    const target = path.join(tmp, 'target');
    const before = readFileSync(path.join(target, 'library.json'), 'utf8');
    const run = affiche('library', 'import-archive', bad, '--library', target);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual(['affiche: "bad.zip" cannot be imported: the zip is truncated (its table of contents is missing). Nothing was changed.']);
    expect(readFileSync(path.join(target, 'library.json'), 'utf8')).toBe(before);
  });

  it('usage errors exit 1 with one line', () => {
    for (const args of [['library', 'export'], ['library', 'import-archive'], ['library', 'export', 'a.zip', '--colour']]) {
      const run = affiche(...args);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(affiche('help', 'library').stdout).toContain('--replace-brand-kit');
  });
});
