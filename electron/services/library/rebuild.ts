/**
 * When library.json and all its backups are lost (REL-06), the media are still in blobs/: their
 * records are rebuilt from the files, so the library and the designs that use them work again.
 * What a record can get back from the file alone: the kind and type (read from the content), the
 * size, the hash (the file's name, checked), pixel sizes of pictures and a font's family (texts
 * name fonts by family). What only library.json knew is lost and the user is told: the names the
 * files were imported as, tags, collections, notes, favourites, the trash.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import type { AssetRecord } from '../../../core/schema/library';
import { readFont } from './mediaImport/font';
import { MEDIA_LIMITS } from './mediaImport/limits';
import { isAssetId, type LibraryPaths } from './paths';
import { sniff, type MediaMime } from './sniff';

const HEAD_BYTES = 64 * 1024;

const EXTENSIONS: Record<MediaMime, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'font/ttf': 'ttf',
  'font/otf': 'otf',
  'font/woff2': 'woff2',
};

async function headOf(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** One blob's record, or null when the file is not one the library would have imported (or not whole). */
async function recordOf(paths: LibraryPaths, id: string): Promise<AssetRecord | null> {
  const file = paths.blob(id);
  if (!paths.isRegularFile(file)) return null;
  const stat = await fs.stat(file);
  const sniffed = sniff(await headOf(file));
  if (sniffed.kind === 'other' || stat.size === 0 || stat.size > MEDIA_LIMITS[sniffed.kind].maxBytes) return null;
  // The name is the content's hash: a file that no longer matches it is not that medium any more.
  if ((await sha256Of(file)) !== id) return null;
  const record: AssetRecord = {
    id,
    kind: sniffed.kind === 'svg' ? 'image' : sniffed.kind,
    mime: sniffed.mime,
    // The name it was imported as is lost: its id's start and the type's extension stand in.
    fileName: `${id.slice(0, 12)}.${EXTENSIONS[sniffed.mime]}`,
    bytes: stat.size,
    createdAt: stat.mtime.toISOString(),
  };
  try {
    if (sniffed.kind === 'image' || sniffed.kind === 'svg') {
      const { width, height } = await sharp(file, { limitInputPixels: MEDIA_LIMITS.image.maxPixels }).metadata();
      if (width && height) Object.assign(record, { width, height });
    } else if (sniffed.kind === 'font') {
      const font = readFont(new Uint8Array(await fs.readFile(file)), sniffed.mime);
      Object.assign(record, { fontFamily: font.family, fontStyle: font.style });
    }
  } catch {
    /* what the header does not tell stays unknown; the medium is still listed */
  }
  return record;
}

/** Records for every medium found in blobs/ (nothing is written here). */
export async function recordsFromBlobs(paths: LibraryPaths): Promise<AssetRecord[]> {
  const names = await fs.readdir(paths.blobs).catch(() => [] as string[]);
  const records: AssetRecord[] = [];
  for (const name of names.sort()) {
    if (!isAssetId(name)) continue; // temp files, anything else
    const record = await recordOf(paths, name).catch(() => null);
    if (record) records.push(record);
  }
  return records;
}
