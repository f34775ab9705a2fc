import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { UserError } from '../errors';
import { openLibrary } from './library';
import { acquireLock, isProcessAlive, LOCK_FILE } from './lock';
import { LIBRARY_SCHEMA_VERSION } from '../../../core/schema/library';
import { makeTempDir, pngBytes, removeDir } from './testing/helpers';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(child.stdout);
  expect(isProcessAlive(pid)).toBe(false);
  return pid;
}

async function writeLock(owner: object | string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, LOCK_FILE), typeof owner === 'string' ? owner : JSON.stringify(owner));
}

describe('single-writer lock (REL-07)', () => {
  it('refuses a second open of the same library with a clear message', async () => {
    const first = await openLibrary({ dir });
    const error = await openLibrary({ dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('locked');
    expect((error as UserError).message).toBe(
      `This library is already open in another Affiche window or process (pid ${process.pid}). Close it first, or use --library to pick another folder.`,
    );
    expect((error as UserError).detail).toEqual({ key: 'library.lockedHere', params: { pid: String(process.pid) } });
    await first.close();
    const again = await openLibrary({ dir });
    await again.close();
  });

  it('records pid, hostname and start time, and removes the lock on close', async () => {
    const library = await openLibrary({ dir, now: () => new Date('2030-01-01T00:00:00.000Z') });
    const owner = JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>;
    expect(owner).toEqual({ pid: process.pid, hostname: os.hostname(), startedAt: '2030-01-01T00:00:00.000Z' });
    await library.close();
    await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toThrow();
  });

  it('takes over a stale lock whose process is gone', async () => {
    await writeLock({ pid: deadPid(), hostname: os.hostname(), startedAt: new Date().toISOString() });
    const library = await openLibrary({ dir });
    const owner = JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    await library.close();
  });

  it('takes over a lock from before the last boot even if its pid is alive now', async () => {
    await writeLock({ pid: process.ppid, hostname: os.hostname(), startedAt: '2000-01-01T00:00:00.000Z' });
    const library = await openLibrary({ dir });
    await library.close();
  });

  it('takes over an empty or garbled lock', async () => {
    await writeLock('');
    await (await openLibrary({ dir })).close();
    await writeLock('{"pid":');
    const library = await openLibrary({ dir });
    await library.close();
  });

  it('refuses a lock held on another computer and says how to clear it', async () => {
    await writeLock({ pid: 1, hostname: 'studio-mac.local', startedAt: new Date().toISOString() });
    const error = (await openLibrary({ dir }).catch((e: unknown) => e)) as UserError;
    expect(error.code).toBe('locked');
    expect(error.message).toContain('another computer (studio-mac.local, pid 1)');
    expect(error.detail).toMatchObject({ key: 'library.lockedElsewhere', params: { host: 'studio-mac.local', pid: '1' } });
    expect(formatMessage(error.detail, 'fr')).toContain('déjà ouverte sur un autre ordinateur (studio-mac.local, pid 1)');
    expect(error.message).toContain(path.join(dir, LOCK_FILE));
  });

  it('a read-only open takes no lock and works beside the writer', async () => {
    const writer = await openLibrary({ dir });
    const viewer = await openLibrary({ dir, readOnly: true });
    expect(viewer.readOnly).toBe(true);
    await viewer.close();
    // The writer's lock is still there.
    const error = (await openLibrary({ dir }).catch((e: unknown) => e)) as UserError;
    expect(error.code).toBe('locked');
    await writer.close();
  });

  it('a library from a newer Affiche opens read-only without keeping the lock', async () => {
    await (await openLibrary({ dir })).close();
    const file = path.join(dir, 'library.json');
    await fs.writeFile(file, JSON.stringify({ ...JSON.parse(await fs.readFile(file, 'utf8')), schemaVersion: LIBRARY_SCHEMA_VERSION + 1 }));
    const first = await openLibrary({ dir });
    expect(first.readOnly).toBe(true);
    await expect(fs.access(path.join(dir, LOCK_FILE))).rejects.toThrow();
    const second = await openLibrary({ dir }); // not refused: neither will ever write
    await second.close();
    await first.close();
  });

  it('two racing takeovers of one stale lock: exactly one wins', async () => {
    await writeLock({ pid: deadPid(), hostname: os.hostname(), startedAt: new Date().toISOString() });
    const results = await Promise.allSettled([acquireLock(dir), acquireLock(dir), acquireLock(dir)]);
    // Same process: every winner would be "alive", so more than one success means a double takeover.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as UserError).code).toBe('locked');
  });
});

describe('single-writer lock and media (REL-07)', () => {
  const secondInstance = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing', 'secondInstance.ts');
  const runSecond = (file: string) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', secondInstance, dir, file], { encoding: 'utf8', timeout: 60_000 });
    expect(child.status, child.stderr).toBe(0);
    return JSON.parse(child.stdout) as { ok?: boolean; id?: string; code?: string; message?: string };
  };

  it('another process cannot import while the library is open; it can once the library is closed', { timeout: 120_000 }, async () => {
    const library = await openLibrary({ dir });
    const mine = await library.importAsset('mine.png', await pngBytes(6, 6, '#123456'));
    const index = await fs.readFile(path.join(dir, 'library.json'));
    const file = path.join(dir, '..', `${path.basename(dir)}-other.png`);
    await fs.writeFile(file, await pngBytes(6, 6, '#654321'));
    try {
      const refused = runSecond(file);
      expect(refused.code).toBe('locked');
      expect(refused.message).toBe(
        `This library is already open in another Affiche window or process (pid ${process.pid}). Close it first, or use --library to pick another folder.`,
      );
      // Nothing of the other process reached the library.
      expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(index);
      expect(await fs.readdir(path.join(dir, 'blobs'))).toEqual([mine.asset.id]);
      await library.close();
      const accepted = runSecond(file);
      expect(accepted.ok).toBe(true);
      const reopened = await openLibrary({ dir, readOnly: true });
      expect(reopened.listAssets({}).map((a) => a.id).sort()).toEqual([mine.asset.id, accepted.id].sort());
      await reopened.close();
    } finally {
      await library.close();
      await fs.rm(file, { force: true });
    }
  });

  it('a read-only viewer beside the writer refuses every media change and writes nothing', async () => {
    const writer = await openLibrary({ dir });
    const { asset } = await writer.importAsset('a.png', await pngBytes(6, 6));
    await writer.trashAssets([asset.id]);
    await writer.restoreAssets([asset.id]);
    const viewer = await openLibrary({ dir, readOnly: true });
    const index = await fs.readFile(path.join(dir, 'library.json'));
    const png = await pngBytes(7, 7);
    for (const [what, call] of [
      ['import', () => viewer.importAsset('b.png', png)],
      ['tag', () => viewer.tagAssets([asset.id], ['x'])],
      ['rename', () => viewer.updateAsset({ id: asset.id, name: 'x' })],
      ['trash', () => viewer.trashAssets([asset.id])],
      ['empty the trash', () => viewer.emptyAssetTrash()],
    ] as const) {
      const error = await (call as () => Promise<unknown>)().catch((e: unknown) => e);
      expect((error as UserError).code, what).toBe('read-only');
    }
    expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(index);
    expect(await fs.readdir(path.join(dir, 'blobs'))).toEqual([asset.id]);
    await viewer.close();
    await writer.close();
  });

  it('close waits for imports under way (they are on disk after it), then refuses new ones', async () => {
    const library = await openLibrary({ dir });
    const pngs = await Promise.all(['#010101', '#020202', '#030303'].map((c) => pngBytes(9, 9, c)));
    const running = pngs.map((png, i) => library.importAsset(`p${i}.png`, png));
    await library.close();
    const ids = (await Promise.all(running)).map((r) => r.asset.id);
    const error = (await library.importAsset('late.png', pngs[0]).catch((e: unknown) => e)) as UserError;
    expect(error.code).toBe('read-only');
    expect(error.message).toBe('The library is closed.');
    const reopened = await openLibrary({ dir, readOnly: true });
    expect(reopened.listAssets({}).map((a) => a.id).sort()).toEqual([...ids].sort());
    await reopened.close();
  });
});
