/**
 * Small file helpers of the video services (docs/architecture.md, "Video"): a file's type from
 * its first bytes (never its name), and an output written under a temp name in the destination
 * folder, renamed on success and deleted on failure or cancel (the swept `.tmp` pattern of
 * library/durableFile.ts).
 */
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempPathFor } from '../library/durableFile';

/** 'video/mp4', 'video/quicktime', 'image/gif', 'image/webp', 'video/webm', or 'application/octet-stream'. */
export async function detectMediaType(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.toString('latin1', 4, 8) === 'ftyp') return bytes.toString('latin1', 8, 12) === 'qt  ' ? 'video/quicktime' : 'video/mp4';
    if (bytes.toString('latin1', 0, 6) === 'GIF87a' || bytes.toString('latin1', 0, 6) === 'GIF89a') return 'image/gif';
    if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
    if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x1a45dfa3) return 'video/webm';
    return 'application/octet-stream';
  } finally {
    await handle.close();
  }
}

/**
 * Runs `write(temp)` with a temp path beside `out`, then `check(temp)`, then renames it to `out`.
 * Any failure or cancel deletes the temp file and rethrows: nothing is left at `out`.
 */
export async function writeThroughTemp<T>(out: string, write: (temp: string) => Promise<T>): Promise<T> {
  const target = path.resolve(out);
  const temp = tempPathFor(target);
  try {
    const result = await write(temp);
    await rename(temp, target);
    return result;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
