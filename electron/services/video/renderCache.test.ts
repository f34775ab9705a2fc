/**
 * The render cache stays under its size: the renders least recently used go first, a hit counts as
 * a use, and the render just written is kept even when it alone is over the size.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RenderCache } from './renderCache';

const key = (n: number) => n.toString(16).padStart(64, '0');
let dir: string;
let source: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-render-cache-'));
  source = path.join(dir, 'reel.mp4');
  writeFileSync(source, Buffer.alloc(400, 1));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The cached keys, sorted. */
function cached(cache: RenderCache): string[] {
  return readdirSync(cache.dir).filter((name) => name.endsWith('.mp4')).map((name) => name.slice(0, -4)).sort();
}

/** Stores `n` renders of 400 bytes, each older than the next. */
async function storeAged(cache: RenderCache, keys: number[]): Promise<void> {
  const start = Date.now() / 1000 - 1000;
  for (const [i, n] of keys.entries()) {
    await cache.store(key(n), source);
    utimesSync(cache.pathOf(key(n)), start + i, start + i);
  }
}

describe('render cache size', () => {
  it('removes the least recently used renders once over its size', async () => {
    const cache = new RenderCache(path.join(dir, 'renders'), 1000);
    await storeAged(cache, [1, 2]);
    expect(cached(cache)).toEqual([key(1), key(2)]);
    await cache.store(key(3), source); // 1,200 bytes: the oldest goes
    expect(cached(cache)).toEqual([key(2), key(3)]);
  });

  it('counts a hit as a use', async () => {
    const cache = new RenderCache(path.join(dir, 'renders'), 1000);
    await storeAged(cache, [1, 2]);
    expect(await cache.find(key(1))).toBe(cache.pathOf(key(1)));
    await cache.store(key(3), source);
    expect(cached(cache)).toEqual([key(1), key(3)]);
  });

  it('keeps the render just made even when it alone is over the size', async () => {
    const cache = new RenderCache(path.join(dir, 'renders'), 100);
    await storeAged(cache, [1]);
    const reserved = await cache.reserve(key(2), dir);
    writeFileSync(reserved.path, Buffer.alloc(400, 2));
    expect(await reserved.commit()).toBe(cache.pathOf(key(2)));
    expect(cached(cache)).toEqual([key(2)]);
    expect(await cache.find(key(2))).not.toBeNull();
  });

  it('leaves files that are not renders alone', async () => {
    const cache = new RenderCache(path.join(dir, 'renders'), 500);
    await storeAged(cache, [1]);
    writeFileSync(path.join(cache.dir, 'notes.txt'), Buffer.alloc(2000));
    await cache.store(key(2), source);
    expect(cached(cache)).toEqual([key(2)]);
    expect(readdirSync(cache.dir)).toContain('notes.txt');
  });
});
