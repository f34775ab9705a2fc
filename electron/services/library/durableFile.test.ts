import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import {
  cleanStaleTemps,
  defaultIo,
  isTempFileName,
  moveAside,
  tempPathFor,
  writeFileAtomic,
  type DurableIo,
} from './durableFile';
import { findTemps, makeTempDir, removeDir } from './testing/helpers';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const backupsOf = (name: string) => [1, 2, 3].map((n) => path.join(dir, 'backups', `${name}.${n}`));

/** Writes half the data, then fails like a full disk. */
const fullDisk: DurableIo = {
  async writeAll(handle, data) {
    await defaultIo.writeAll(handle, data.subarray(0, Math.floor(data.byteLength / 2)));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  },
};

describe('writeFileAtomic', () => {
  it('replaces the file, leaves no temp file and keeps the last 3 versions', async () => {
    const file = path.join(dir, 'library.json');
    const backups = backupsOf('library.json');
    for (let v = 1; v <= 5; v++) await writeFileAtomic(file, `version ${v}`, { backups });
    expect(await fs.readFile(file, 'utf8')).toBe('version 5');
    expect(await Promise.all(backups.map((b) => fs.readFile(b, 'utf8')))).toEqual(['version 4', 'version 3', 'version 2']);
    expect(await findTemps(dir)).toEqual([]);
  });

  it('keeps backups correct when the file system refuses hard links (copy fallback)', async () => {
    const file = path.join(dir, 'a.json');
    const backups = backupsOf('a.json');
    const realLink = fs.link;
    (fs as { link: typeof fs.link }).link = async () => {
      throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
    };
    try {
      for (let v = 1; v <= 3; v++) await writeFileAtomic(file, `v${v}`, { backups });
    } finally {
      (fs as { link: typeof fs.link }).link = realLink;
    }
    expect(await fs.readFile(backups[0], 'utf8')).toBe('v2');
    expect(await fs.readFile(backups[1], 'utf8')).toBe('v1');
  });

  it('on a full disk: disk-full error, temp removed, original byte-identical, next write works', async () => {
    const file = path.join(dir, 'design.json');
    await writeFileAtomic(file, 'original content');
    const before = await fs.readFile(file);
    const error = await writeFileAtomic(file, 'x'.repeat(10_000), { io: fullDisk }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('disk-full');
    expect((error as UserError).message).toBe('The disk is full: design.json was not saved; the previous version is intact.');
    expect(await fs.readFile(file)).toEqual(before);
    expect(await findTemps(dir)).toEqual([]);
    await writeFileAtomic(file, 'next');
    expect(await fs.readFile(file, 'utf8')).toBe('next');
  });

  it('does not rotate backups when the write fails', async () => {
    const file = path.join(dir, 'x.json');
    const backups = backupsOf('x.json');
    await writeFileAtomic(file, 'one', { backups });
    await writeFileAtomic(file, 'two', { backups });
    await writeFileAtomic(file, 'three', { backups, io: fullDisk }).catch(() => undefined);
    expect(await fs.readFile(backups[0], 'utf8')).toBe('one');
    await expect(fs.access(backups[1])).rejects.toThrow();
  });
});

describe('cleanStaleTemps', () => {
  it('removes only our temp files', async () => {
    const stale = tempPathFor(path.join(dir, 'library.json'));
    await fs.writeFile(stale, '{"half":');
    await fs.writeFile(path.join(dir, 'notes.tmp'), 'user file');
    await fs.writeFile(path.join(dir, '.hidden'), 'user file');
    expect(isTempFileName(path.basename(stale))).toBe(true);
    expect(await cleanStaleTemps(dir)).toBe(1);
    expect((await fs.readdir(dir)).sort()).toEqual(['.hidden', 'notes.tmp']);
    expect(await cleanStaleTemps(path.join(dir, 'missing'))).toBe(0);
  });
});

describe('moveAside', () => {
  it('never overwrites an earlier damaged copy', async () => {
    const file = path.join(dir, 'library.json');
    const when = new Date('2025-02-03T04:05:06.789Z');
    await fs.writeFile(file, 'first');
    const a = await moveAside(file, when);
    await fs.writeFile(file, 'second');
    const b = await moveAside(file, when);
    expect(a).toBe('library.json.corrupt-2025-02-03T04-05-06-789Z');
    expect(b).not.toBe(a);
    expect(await fs.readFile(path.join(dir, a), 'utf8')).toBe('first');
    expect(await fs.readFile(path.join(dir, b), 'utf8')).toBe('second');
    await expect(fs.access(file)).rejects.toThrow();
  });
});
