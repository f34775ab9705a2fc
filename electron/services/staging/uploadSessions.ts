/**
 * Uploads sent chunk by chunk (Electron's IPC, where a request body can't be streamed): `begin`,
 * then `append` as many times as needed, then `finish` (or `abort`). Each sender has its own
 * sessions, so a window can't write into another's upload, and everything a sender left open is
 * removed when it goes away. Plain Node: electron/main only wires these to IPC channels.
 */
import type { StagingArea, Upload } from './staging';

/** Chunks larger than this are refused (the preload sends 4 MB). */
export const MAX_UPLOAD_CHUNK = 16 * 1024 * 1024;
/** Uploads a sender may have open at once. */
const MAX_OPEN = 8;

export class UploadSessions {
  private readonly open = new Map<string, { owner: unknown; upload: Upload; bytes: number }>();

  constructor(private readonly staging: StagingArea) {}

  async begin(owner: unknown, fileName: unknown): Promise<string> {
    if (typeof fileName !== 'string' || fileName.length === 0 || fileName.length > 1000) throw new TypeError('an upload needs a file name');
    if ([...this.open.values()].filter((session) => session.owner === owner).length >= MAX_OPEN) throw new RangeError('too many uploads at once');
    const upload = await this.staging.beginUpload(fileName);
    this.open.set(upload.id, { owner, upload, bytes: 0 });
    return upload.id;
  }

  private sessionOf(owner: unknown, id: unknown) {
    const session = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!session || session.owner !== owner) throw new RangeError('no such upload');
    return session;
  }

  async append(owner: unknown, id: unknown, chunk: unknown): Promise<void> {
    const session = this.sessionOf(owner, id);
    if (!(chunk instanceof Uint8Array) || chunk.byteLength > MAX_UPLOAD_CHUNK) throw new TypeError('an upload chunk is bytes, at most 16 MB');
    try {
      await session.upload.append(chunk);
      session.bytes += chunk.byteLength;
    } catch (error) {
      this.open.delete(session.upload.id);
      throw error;
    }
  }

  async finish(owner: unknown, id: unknown): Promise<{ id: string; bytes: number }> {
    const session = this.sessionOf(owner, id);
    this.open.delete(session.upload.id);
    const input = await session.upload.finish();
    return { id: input.id, bytes: session.bytes };
  }

  async abort(owner: unknown, id: unknown): Promise<void> {
    const session = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!session || session.owner !== owner) return;
    this.open.delete(session.upload.id);
    await session.upload.abort();
  }

  /** A window closed or reloaded: its unfinished uploads are removed. */
  async forget(owner: unknown): Promise<void> {
    for (const [id, session] of [...this.open]) if (session.owner === owner) await this.abort(owner, id);
  }
}
