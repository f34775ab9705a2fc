/**
 * Single-writer lock (docs/architecture.md, Data, REL-07). lowdb rewrites whole files, so two processes writing
 * one library lose data; the second Affiche must be refused, with a message that says what to do.
 *
 * The lock is `library/.lock`, created with O_EXCL ('wx') and holding {pid, hostname, startedAt}.
 * A lock whose process is gone (crash, kill -9, reboot) is taken over.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';
import { tempPathFor } from './durableFile';

export const LOCK_FILE = '.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface LibraryLock {
  readonly file: string;
  readonly owner: LockOwner;
  release(): Promise<void>;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, belongs to another user
  }
}

async function readOwner(file: string): Promise<LockOwner | null | 'missing'> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const raw = JSON.parse(text) as Partial<LockOwner>;
    if (typeof raw.pid === 'number' && typeof raw.hostname === 'string' && typeof raw.startedAt === 'string') {
      return { pid: raw.pid, hostname: raw.hostname, startedAt: raw.startedAt };
    }
  } catch {
    /* unreadable content */
  }
  // Empty or garbled: not something a running Affiche leaves (it creates the lock with its content).
  return null;
}

/** Whether the owner may still be running. A lock from before the last boot is always stale. */
function ownerIsLive(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname()) return true; // cannot check another machine: assume live
  const bootedAt = Date.now() - os.uptime() * 1000;
  const started = Date.parse(owner.startedAt);
  if (Number.isFinite(started) && started < bootedAt - 60_000) return false; // pid was reused after a reboot
  return isProcessAlive(owner.pid);
}

function lockedError(owner: LockOwner, file: string): UserError {
  // The pid as text: an id, not a quantity to write with digit grouping.
  if (owner.hostname !== os.hostname()) {
    return new UserError('locked', msg('library.lockedElsewhere', { host: owner.hostname, pid: String(owner.pid), file }));
  }
  return new UserError('locked', msg('library.lockedHere', { pid: String(owner.pid) }));
}

/**
 * Create the lock with its content in one step: write a temp file, then hard-link it to `.lock`
 * (link, like O_EXCL, fails if the name exists). A racing reader never sees an empty lock.
 * File systems without hard links fall back to 'wx'.
 */
async function tryCreate(file: string, owner: LockOwner): Promise<boolean> {
  const text = `${JSON.stringify(owner)}\n`;
  const temp = tempPathFor(file); // swept by cleanStaleTemps if we crash right here
  try {
    await fs.writeFile(temp, text, { flag: 'wx', mode: 0o644 });
    try {
      await fs.link(temp, file);
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      await fs.writeFile(file, text, { flag: 'wx', mode: 0o644 });
      return true;
    }
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/**
 * Take the lock of `dir` (which must exist) or throw UserError('locked').
 *
 * Taking over a stale lock renames it away first, then re-reads what was renamed: if two
 * processes race, the one that moved a live lock puts it back and gives up, so at most one wins.
 */
export async function acquireLock(dir: string, now: () => Date = () => new Date()): Promise<LibraryLock> {
  const file = path.join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: now().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(file, owner)) return makeLock(file, owner);
    const current = await readOwner(file);
    if (current === 'missing') continue; // released meanwhile
    if (current && ownerIsLive(current)) throw lockedError(current, file);
    const aside = tempPathFor(file);
    try {
      await fs.rename(file, aside);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw error;
    }
    const moved = await readOwner(aside);
    if (moved !== 'missing' && moved && ownerIsLive(moved)) {
      // Someone else took it over between our read and our rename: hand it back.
      await fs.link(aside, file).catch(() => undefined);
      await fs.unlink(aside).catch(() => undefined);
      throw lockedError(moved, file);
    }
    await fs.unlink(aside).catch(() => undefined);
  }
  throw new UserError('locked', msg('library.lockUnstable', { file }));
}

function makeLock(file: string, owner: LockOwner): LibraryLock {
  let released = false;
  return {
    file,
    owner,
    async release() {
      if (released) return;
      released = true;
      // Only remove the lock if it is still ours (a takeover after a long freeze is possible).
      const current = await readOwner(file).catch(() => null);
      if (current && current !== 'missing' && current.pid === owner.pid && current.startedAt === owner.startedAt) {
        await fs.unlink(file).catch(() => undefined);
      }
    },
  };
}
