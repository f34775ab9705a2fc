/**
 * The drawn pages of a PDF export, kept unencoded while the JPEG quality is searched (each page is
 * encoded at several qualities). Opaque RGB on white (what a JPEG page holds): 4.4 MB for a
 * 1080x1350 slide, so the first pages stay in memory and the rest of a long document (LinkedIn
 * takes 300 pages: 1.3 GB) go to files in a private temporary folder, removed by `dispose`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { PagePixels } from '../../render/nodeRenderer';

/** Pixels kept in memory before pages go to disk. */
const MEMORY_BYTES = 256 * 1024 * 1024;

export interface StoredPage {
  width: number;
  height: number;
  /** Raw RGB, 3 bytes a pixel. */
  read(): Promise<Buffer>;
}

export class PixelStore {
  private held = 0;
  private folder: Promise<string> | undefined;
  readonly pages: StoredPage[] = [];

  constructor(private readonly memoryBytes = MEMORY_BYTES) {}

  async add(pixels: PagePixels): Promise<number> {
    const rgb = await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } }).flatten({ background: '#ffffff' }).raw().toBuffer();
    const { width, height } = pixels;
    if (this.held + rgb.byteLength <= this.memoryBytes) {
      this.held += rgb.byteLength;
      this.pages.push({ width, height, read: async () => rgb });
    } else {
      this.folder ??= mkdtemp(path.join(os.tmpdir(), 'affiche-pdf-pages-'));
      const file = path.join(await this.folder, `${this.pages.length}.rgb`);
      await writeFile(file, rgb);
      this.pages.push({ width, height, read: () => readFile(file) });
    }
    return this.pages.length - 1;
  }

  async dispose(): Promise<void> {
    const folder = this.folder;
    this.folder = undefined;
    if (folder) await rm(await folder, { recursive: true, force: true });
  }

  /** The temporary folder, when pages went to disk (tests). */
  async diskFolder(): Promise<string | undefined> {
    return this.folder;
  }
}
