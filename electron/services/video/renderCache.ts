/**
 * Rendered MP4s kept in the library (`<library>/renders/<key>.mp4`, docs/architecture.md "Video"),
 * so a post's bundle reuses the reel the export already made instead of encoding it again.
 *
 * The key is the sha256 of what decides the pixels and the sound: the design as the format lays it
 * out (its name, id and dates left out), the format id, the quality and a version of the render
 * pipeline. Media are content-addressed (an asset's id is its sha256), so an unchanged key means
 * an unchanged file. A design edited since gets a new key; an old entry is never read again (the
 * folder can be emptied at any time: it is only a cache).
 *
 * Writes are atomic: a copy under a temp name (`.<key>.mp4.<pid>.<hex>.tmp`) renamed into place, so
 * a reader finds a whole checked MP4 or nothing. Because of that, and because two writers of one
 * key write the same render, the cache is written even by a process that opened the library
 * read-only (the command line while the app holds it): it is not library data, only a copy of
 * what a key names. A cache that cannot be written (a read-only disk) costs a render, never an
 * export: the render then goes to the caller's work folder.
 *
 * The folder stays under a size (`RENDER_CACHE_MAX_BYTES`): after each write the renders least
 * recently used (a hit touches its file's time) go first, never the one just written.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import type { Design } from '../../../core/schema';
import type { VideoQuality } from '../../../core/video/graph';
import { isTempFileName, tempPathFor } from '../library/durableFile';

/** Raised when the way an MP4 is made changes, so older renders are not reused. */
export const RENDER_CACHE_VERSION = 1;

/** The most the renders may take together: about 150 final 15 s reels at 1080x1920. */
export const RENDER_CACHE_MAX_BYTES = 2 * 1024 ** 3;

/** Temps older than this are a killed writer's (a render copy takes seconds). */
const STALE_TEMP_MS = 60 * 60_000;

/** JSON with every object's keys sorted (a key that does not depend on the order fields were set in). */
export function sortedJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The cache key of a design (as its format lays it out) rendered in that format and quality. */
export function renderCacheKey(design: Design, formatId: string | null, quality: VideoQuality): string {
  // What names or dates the design does not change its pixels.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, name, createdAt, updatedAt, variants, ...drawn } = design as Design & { createdAt?: unknown; updatedAt?: unknown };
  const content = JSON.stringify(sorted({ v: RENDER_CACHE_VERSION, formatId, quality, design: drawn }));
  return createHash('sha256').update(content).digest('hex');
}

export class RenderCache {
  constructor(
    /** `<library>/renders`. */
    readonly dir: string,
    /** The size the folder is brought back under after a write. */
    readonly maxBytes = RENDER_CACHE_MAX_BYTES,
  ) {}

  pathOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('refusing a render cache key that is not a sha256');
    return path.join(this.dir, `${key}.mp4`);
  }

  /** The cached MP4's path, or null. */
  async find(key: string): Promise<string | null> {
    const file = this.pathOf(key);
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile() || stat.size === 0) return null;
      // Used now: the last to be evicted (a read-only folder keeps its old time, which is harmless).
      const now = new Date();
      await fs.utimes(file, now, now).catch(() => undefined);
      return file;
    } catch {
      return null;
    }
  }

  /** Keeps a copy of a checked MP4 under `key` (failures are dropped: it is only a cache). */
  async store(key: string, file: string): Promise<void> {
    const final = this.pathOf(key);
    let temp: string | undefined;
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await this.sweep();
      temp = tempPathFor(final);
      await fs.copyFile(file, temp);
      await fs.rename(temp, final);
      await this.evict(final);
    } catch {
      if (temp) await fs.rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /**
   * A place to render `key` into: a temp path in the cache (`commit` renames it into place and
   * answers the cached path; `discard` removes it). A cache folder that cannot be written: a path in
   * `workDir`, committed in place.
   */
  async reserve(key: string, workDir: string): Promise<{ path: string; commit(): Promise<string>; discard(): Promise<void> }> {
    const final = this.pathOf(key);
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await fs.access(this.dir, fsConstants.W_OK);
    } catch {
      const file = path.join(workDir, `${key}.mp4`);
      return { path: file, commit: async () => file, discard: () => fs.rm(file, { force: true }) };
    }
    await this.sweep();
    const temp = tempPathFor(final);
    return {
      path: temp,
      commit: async () => {
        await fs.rename(temp, final);
        await this.evict(final).catch(() => undefined);
        return final;
      },
      discard: () => fs.rm(temp, { force: true }),
    };
  }

  /**
   * Brings the folder back under `maxBytes`, removing the least recently used renders first and
   * never `keep` (the render just written, even when it alone is larger).
   */
  private async evict(keep: string): Promise<void> {
    const names = (await fs.readdir(this.dir)).filter((name) => /^[0-9a-f]{64}\.mp4$/.test(name));
    const renders = [];
    for (const name of names) {
      const file = path.join(this.dir, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat?.isFile()) renders.push({ file, bytes: stat.size, usedAt: stat.mtimeMs });
    }
    let total = renders.reduce((sum, render) => sum + render.bytes, 0);
    renders.sort((a, b) => a.usedAt - b.usedAt || (a.file < b.file ? -1 : 1));
    for (const render of renders) {
      if (total <= this.maxBytes) break;
      if (render.file === keep) continue;
      await fs.rm(render.file, { force: true });
      total -= render.bytes;
    }
  }

  /** Removes temp copies a killed writer left (older than an hour). */
  private async sweep(): Promise<void> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return;
    }
    const now = Date.now();
    for (const name of names.filter(isTempFileName)) {
      const file = path.join(this.dir, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && now - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(file, { force: true }).catch(() => undefined);
    }
  }
}

/** The render cache of a library. */
export function renderCacheOf(library: { dir: string }): RenderCache {
  return new RenderCache(path.join(library.dir, 'renders'));
}
