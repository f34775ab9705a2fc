/** Test helpers for library archives: a well-filled library, hand-built zips. Not shipped. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { createImageElement } from '../../../../core/schema/factory';
import { emptyLibrary, type LibraryFile } from '../../../../core/schema/library';
import type { LibraryStore } from '../types';
import { jpegBytes, pngBytes, sampleDesign } from '../testing/helpers';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './format';

export const fontsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../assets/fonts');
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export interface FilledLibrary {
  red: string;
  blue: string;
  photo: string;
  font: string;
  designId: string;
  formatId: string;
  collectionId: string;
}

/**
 * Two images and a photo (tags, a collection, notes, credit, favourite), a font the heading style
 * uses, a user format, a design using both, a trashed design, a palette and a logo.
 */
export async function fillLibrary(library: LibraryStore): Promise<FilledLibrary> {
  const red = (await library.importAsset('rouge.png', await pngBytes(40, 30, '#ff0000'))).asset.id;
  const blue = (await library.importAsset('logo-bleu.png', await pngBytes(32, 32, '#0000ff'))).asset.id;
  const photo = (await library.importAsset('plage.jpg', await jpegBytes(64, 48))).asset.id;
  const font = (await library.importAsset('Lora.ttf', await fs.readFile(path.join(fontsDir, 'Lora/Lora_700Bold.ttf')))).asset.id;
  await library.tagAssets([red, photo], ['soldes', 'été']);
  const collection = await library.createCollection('Campagne été');
  await library.setAssetCollections([red], [collection.id]);
  await library.updateAsset({ id: blue, name: 'Logo bleu', notes: 'Version fond clair', credit: 'Studio Nord', favourite: true });
  const format = await library.saveFormat({ name: 'Affiche A3', width: 1000, height: 1414 });
  const design = sampleDesign({ id: 'dsoldes', name: 'Soldes d’été' });
  design.format = { preset: `user:${format.id}`, width: 1000, height: 1414 };
  design.pages[0].elements.push(createImageElement({ id: 'img1', assetId: red, x: 10, y: 10, width: 400, height: 300 }));
  await library.createDesign(design);
  await library.createDesign(sampleDesign({ id: 'dtrash', name: 'Brouillon jeté' }));
  await library.trashDesign('dtrash');
  const kit = library.getBrandKit();
  await library.updateBrandKit({
    palettes: [{ name: 'Marque', colors: [{ hex: '#ff5a5f', name: 'Corail' }, { hex: '#222222' }] }],
    presets: { heading: { ...kit.presets.heading, fontFamily: 'Lora' } },
    logos: [blue],
  });
  return { red, blue, photo, font, designId: design.id, formatId: format.id, collectionId: collection.id };
}

/**
 * A zip built by hand: the manifest lists every other entry unless `manifest` says otherwise
 * (null: no manifest at all).
 */
export function buildArchive(
  files: Record<string, Uint8Array>,
  options: { manifest?: Record<string, unknown> | null; index?: Partial<LibraryFile> | Record<string, unknown>; level?: 0 | 6 } = {},
): Uint8Array {
  const all: Record<string, Uint8Array> = { ...files };
  if (options.index !== undefined || !('library.json' in all)) all['library.json'] = json({ ...emptyLibrary(), ...(options.index ?? {}) });
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(all)) zippable[name] = [bytes, { level: options.level ?? (name.startsWith('blobs/') ? 0 : 6) }];
  if (options.manifest !== null) {
    const manifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      scope: 'library',
      createdAt: '2025-05-01T10:00:00.000Z',
      app: 'test',
      librarySchemaVersion: 3,
      counts: { designs: 0, assets: 0, collections: 0, formats: 0, palettes: 0, logos: 0, fonts: 0 },
      entries: Object.entries(all).map(([name, bytes]) => ({ name, bytes: bytes.byteLength })),
      ...(options.manifest ?? {}),
    };
    zippable['manifest.json'] = [json(manifest), { level: 6 }];
  }
  return zipSync(zippable);
}

/** Everything on disk that matters (library.json and the folders' file lists), to prove nothing changed. */
export async function snapshot(dir: string): Promise<string> {
  const index = await fs.readFile(path.join(dir, 'library.json'), 'utf8').catch(() => '');
  const list = async (sub: string) => (await fs.readdir(path.join(dir, sub)).catch(() => [] as string[])).sort().join(',');
  return JSON.stringify({ index, designs: await list('designs'), blobs: await list('blobs') });
}

export function assetRecord(id: string, bytes: Uint8Array, fields: Record<string, unknown> = {}) {
  return { id, kind: 'image', mime: 'image/png', fileName: 'x.png', bytes: bytes.byteLength, createdAt: '2025-05-01T10:00:00.000Z', ...fields };
}
