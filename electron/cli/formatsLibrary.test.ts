/** `affiche formats --library DIR`: the user's own formats after the catalog, marked as theirs. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../core/formats';
import { openLibrary } from '../services/library/library';
import { main } from './main';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

let dir: string;
let emptyDir: string;
let posterId: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-formats-'));
  emptyDir = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-formats-empty-'));
  const library = await openLibrary({ dir });
  posterId = (await library.saveFormat({ name: 'Affiche A3', width: 1000, height: 1500, limits: { maxBytes: 5_000_000, types: ['image/jpeg'] } })).id;
  await library.saveFormat({ name: 'Bannière', width: 1200, height: 400 });
  await library.close();
  await (await openLibrary({ dir: emptyDir })).close();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(emptyDir, { recursive: true, force: true });
});

describe('affiche formats --library', () => {
  it('keeps the catalog table as it was, then lists the user formats in a table of their own', async () => {
    const plain = await cli('formats');
    const mine = await cli('formats', '--library', dir);
    expect(mine.code).toBe(0);
    expect(mine.out.slice(0, plain.out.length)).toEqual(plain.out);
    const extra = mine.out.slice(plain.out.length);
    expect(extra[0]).toBe('');
    expect(extra[1]).toBe('Your formats (2):');
    expect(extra[2]).toMatch(/^NETWORK\s+ID\s+NAME\s+SIZE\s+RATIO\s+KIND$/);
    expect(extra[3]).toMatch(new RegExp(`^Mine\\s+user:${posterId}\\s+Affiche A3 \\(<= 5000000 bytes image/jpeg\\)\\s+1000x1500\\s+2:3\\s+image$`));
    expect(extra[4]).toMatch(/^Mine\s+user:f\w+\s+Bannière\s+1200x400\s+3:1\s+image$/);
  });

  it('in JSON, appends the user formats marked network "custom"', async () => {
    const plain = JSON.parse((await cli('formats', '--json')).out.join('\n'));
    expect(plain).toHaveLength(FORMATS.length);
    const all = JSON.parse((await cli('formats', '--json', '--library', dir)).out.join('\n'));
    expect(all.slice(0, FORMATS.length)).toEqual(plain);
    expect(all.slice(FORMATS.length)).toMatchObject([
      { id: `user:${posterId}`, network: 'custom', userFormatId: posterId, name: { en: 'Affiche A3' }, limits: { maxBytes: 5_000_000, types: ['image/jpeg'] } },
      { network: 'custom', name: { en: 'Bannière' }, width: 1200, height: 400 },
    ]);
  });

  it('says so when the library has none, and refuses a folder with no library', async () => {
    expect((await cli('formats', '--library', emptyDir)).out.at(-1)).toBe('Your formats: none yet (save one from "New design" > "Custom size").');
    const missing = await cli('formats', '--library', path.join(dir, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([`affiche: no library at ${path.join(dir, 'nope')}`]);
    expect((await cli('formats', '--library', '')).code).toBe(1);
  });
});
