import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PixelStore } from './pixelStore';

function page(width: number, height: number, rgba: [number, number, number, number]) {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { data, width, height, opaque: rgba[3] === 255 };
}

describe('pages kept for the PDF quality search', () => {
  it('keeps the first pages in memory, the rest on disk, all read back as RGB on white; dispose removes the files', async () => {
    // Room in memory for one 10x10 page (300 bytes) only.
    const store = new PixelStore(300);
    await store.add(page(10, 10, [255, 0, 0, 255]));
    await store.add(page(10, 10, [0, 0, 255, 0]));
    await store.add(page(10, 10, [0, 0, 0, 128]));
    const folder = await store.diskFolder();
    expect(folder).toBeDefined();
    expect(readdirSync(folder!)).toHaveLength(2);
    const [red, clear, grey] = await Promise.all(store.pages.map((p) => p.read()));
    expect([...red.subarray(0, 3)]).toEqual([255, 0, 0]);
    // Transparent is white, half-transparent black is mid grey: the page a viewer shows.
    expect([...clear.subarray(0, 3)]).toEqual([255, 255, 255]);
    expect(Math.abs(grey[0] - 127)).toBeLessThanOrEqual(1);
    expect(red.byteLength).toBe(300);
    await store.dispose();
    expect(existsSync(folder!)).toBe(false);
  });
});
