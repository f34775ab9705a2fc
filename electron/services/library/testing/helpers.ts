/** Shared by the library tests: temp folders, sample designs, generated images. Not shipped. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createDesign, createShapeElement, createTextElement } from '../../../../core/schema/factory';
import type { Design } from '../../../../core/schema/design';
import { defaultIo, isTempFileName, type DurableIo } from '../durableFile';

export async function makeTempDir(prefix = 'affiche-lib-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** A small valid design; `id` fixed when the test needs to know it. */
export function sampleDesign(options: { id?: string; name?: string; now?: string } = {}): Design {
  const design = createDesign({
    name: options.name ?? 'Summer sale',
    format: { preset: 'instagram-post', width: 1080, height: 1350 },
    now: options.now ?? '2025-01-01T10:00:00.000Z',
  });
  design.pages[0].elements.push(
    createShapeElement({ id: 'e1', shape: 'rect', x: 0, y: 0, width: 1080, height: 400 }),
    createTextElement({ id: 'e2', x: 40, y: 60, width: 1000, text: 'Hello' }),
  );
  return options.id ? { ...design, id: options.id } : design;
}

export async function pngBytes(width: number, height: number, color = '#ff0000'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer();
}

export async function jpegBytes(width: number, height: number, color = '#00ff00'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).jpeg().toBuffer();
}

/** Every temp file of ours below `dir` (there must be none after a clean open or write). */
export async function findTemps(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (isTempFileName(entry.name)) found.push(full);
    }
  };
  await walk(dir);
  return found;
}

/** A clock that moves one second per call, so updatedAt orders are strict and repeatable. */
export function steppingClock(start = Date.parse('2025-03-01T09:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

/** A disk that is full while `full` is set: every write fails with ENOSPC (REL-04 tests of a store). */
export function switchableFullDisk(): DurableIo & { full: boolean } {
  return {
    ...defaultIo,
    full: false,
    async writeAll(handle, data) {
      if (!this.full) return defaultIo.writeAll(handle, data);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
}
