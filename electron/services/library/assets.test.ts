import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { UserError } from '../errors';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { isoMedia, pngDeclaring } from './testing/craft';
import { jpegBytes, makeTempDir, pngBytes, removeDir, steppingClock } from './testing/helpers';

let dir: string;
let library: LibraryStore;
beforeEach(async () => {
  dir = await makeTempDir();
  library = await openLibrary({ dir, now: steppingClock() });
});
afterEach(async () => {
  await library.close();
  await removeDir(dir);
});

async function importError(fileName: string, bytes: Uint8Array): Promise<UserError> {
  const error = await library.importAsset(fileName, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe('bad-file');
  return error as UserError;
}

describe('importAsset', () => {
  it('stores a PNG content-addressed, with a WebP thumbnail at most 512 px a side', async () => {
    const png = await pngBytes(1200, 800);
    const { asset, duplicate } = await library.importAsset('banner.png', png);
    const sha = createHash('sha256').update(png).digest('hex');
    expect(duplicate).toBe(false);
    expect(asset).toMatchObject({ id: sha, kind: 'image', mime: 'image/png', fileName: 'banner.png', width: 1200, height: 800, bytes: png.length });
    expect(await fs.readFile(path.join(dir, 'blobs', sha))).toEqual(png);
    expect(library.assetPath(sha)).toBe(path.join(dir, 'blobs', sha));
    const thumb = await sharp(library.assetThumbnailPath(sha)!).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 512, 341]);
    expect(Buffer.from(await library.readAsset(sha))).toEqual(png);
  });

  it('imports JPEG, GIF, WebP and AVIF, detecting the type from the bytes, not the name', async () => {
    const base = sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } });
    const cases: [string, Buffer, string][] = [
      ['photo.jpg', await jpegBytes(64, 48), 'image/jpeg'],
      ['anim.gif', await base.clone().gif().toBuffer(), 'image/gif'],
      ['pic.webp', await base.clone().webp().toBuffer(), 'image/webp'],
      ['pic.avif', await base.clone().avif().toBuffer(), 'image/avif'],
      ['lying-name.jpg', await pngBytes(20, 10, '#0000ff'), 'image/png'],
    ];
    for (const [name, bytes, mime] of cases) {
      const { asset } = await library.importAsset(name, bytes);
      expect(asset.mime).toBe(mime);
    }
    expect(library.listAssets({}).map((a) => a.fileName)).toEqual(['lying-name.jpg', 'pic.avif', 'pic.webp', 'anim.gif', 'photo.jpg']);
    expect(library.listAssets({ kind: 'video' })).toEqual([]);
  });

  it('returns the existing asset for the same bytes (also when imported twice at once)', async () => {
    const png = await pngBytes(30, 30);
    const [a, b] = await Promise.all([library.importAsset('a.png', png), library.importAsset('b.png', png)]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    const again = await library.importAsset('c.png', png);
    expect(again.duplicate).toBe(true);
    expect(again.asset).toEqual(a.asset);
    expect(library.listAssets({})).toHaveLength(1);
    expect(await fs.readdir(path.join(dir, 'blobs'))).toHaveLength(1);
  });

  it('rejects a text file by name and kind', async () => {
    const error = await importError('notes.txt', Buffer.from('Buy milk\nCall Anna\n'));
    expect(error.message).toBe('"notes.txt" is not a file Affiche can import (it looks like plain text)');
  });

  it.each([
    ['report.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1'), 'it looks like a PDF document'],
    ['photos.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'it looks like a ZIP archive'],
    ['mystery.png', Buffer.from([0x00, 0x9a, 0x13, 0xfe, 0x81, 0x00]), 'its format is not recognised'],
  ])('rejects %s with a specific message', async (name, bytes, why) => {
    const error = await importError(name, bytes);
    expect(error.message).toBe(`"${name}" is not a file Affiche can import (${why})`);
  });

  it('rejects a video that is only a header: sniffed as MP4/MOV, then refused by ffprobe', async () => {
    expect((await importError('clip.mp4', isoMedia('mp42'))).message).toBe('"clip.mp4" is truncated or damaged and cannot be read');
    expect((await importError('clip.mov', isoMedia('qt  '))).message).toBe('"clip.mov" is truncated or damaged and cannot be read');
  });

  it('rejects a decompression bomb from its header, before decoding', async () => {
    const bomb = pngDeclaring(50_000, 50_000);
    expect(bomb.length).toBeLessThan(200);
    const started = Date.now();
    const error = await importError('bomb.png', bomb);
    expect(error.message).toBe('"bomb.png" declares 50,000 x 50,000 pixels; the limit is 16,384 px per side');
    expect(error.detail).toEqual({ key: 'asset.declaresSide', params: { name: 'bomb.png', width: 50_000, height: 50_000, max: 16_384 } });
    expect(formatMessage(error.detail, 'fr')).toBe('«\u00a0bomb.png\u00a0» annonce 50\u202f000\u00a0×\u00a050\u202f000\u00a0pixels\u202f; la limite est de 16\u202f384\u00a0px par côté');
    expect(Date.now() - started).toBeLessThan(2000);
    const tooMany = await importError('wide.png', pngDeclaring(12_000, 12_000));
    expect(tooMany.message).toBe('"wide.png" declares 12,000 x 12,000 pixels (144 megapixels); the limit is 100 megapixels');
  });

  it('rejects a truncated JPEG', async () => {
    const jpeg = await sharp(Buffer.from(Array.from({ length: 300 * 200 * 3 }, (_, i) => (i * 37) % 256)), {
      raw: { width: 300, height: 200, channels: 3 },
    })
      .jpeg()
      .toBuffer();
    const error = await importError('photo.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(error.message).toBe('"photo.jpg" is truncated or damaged and cannot be decoded');
    const headerOnly = await importError('cut.png', (await pngBytes(50, 50)).subarray(0, 40));
    expect(headerOnly.message).toBe('"cut.png" is truncated or damaged and cannot be decoded');
  });

  it('applies EXIF orientation: a 6-oriented 300 x 200 JPEG is 200 x 300', async () => {
    const rotated = await sharp(await jpegBytes(300, 200)).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const { asset } = await library.importAsset('portrait.jpg', rotated);
    expect([asset.width, asset.height]).toEqual([200, 300]);
    const thumb = await sharp(library.assetThumbnailPath(asset.id)!).metadata();
    expect([thumb.width, thumb.height]).toEqual([200, 300]);
  });

  it('rejects empty files and keeps only the base name of what the user dropped', async () => {
    expect((await importError('empty.png', new Uint8Array(0))).message).toBe('"empty.png" is empty');
    const { asset } = await library.importAsset('../../etc/\u0007passwd.png', await pngBytes(8, 8));
    expect(asset.fileName).toBe('passwd.png');
  });

  it('builds paths only from known sha256 ids', async () => {
    const { asset } = await library.importAsset('a.png', await pngBytes(8, 8));
    for (const bad of ['../library.json', '..%2f..%2fetc', '/etc/passwd', asset.id.toUpperCase(), 'f'.repeat(64), '']) {
      expect(library.assetPath(bad)).toBeNull();
      expect(library.assetThumbnailPath(bad)).toBeNull();
      expect(library.getAsset(bad)).toBeUndefined();
      await expect(library.readAsset(bad)).rejects.toMatchObject({ code: 'not-found' });
    }
  });

  it('keeps assets across a reopen', async () => {
    const { asset } = await library.importAsset('keep.png', await pngBytes(16, 16));
    await library.close();
    library = await openLibrary({ dir });
    expect(library.getAsset(asset.id)).toEqual(asset);
  });
});
