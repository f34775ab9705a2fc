/**
 * Portable design files (docs/architecture.md, Data): `.affiche` = zip of `design.json` + `blobs/<sha256>` for
 * every asset the design uses, including the library fonts its texts name (the caller passes
 * their ids: texts refer to a font by family, core/render/libraryFonts.ts). Reading one trusts nothing: entry names, sizes, hashes and the
 * design itself are all checked before anything reaches the library.
 */
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { assetIdsOfDesign } from '../../core/elements';
import { decodeUtf8, parseDesignText, SchemaError, type Design } from '../../core/schema';
import { msg } from '../../core/messages';
import { UserError } from './errors';

const MAX_ENTRIES = 2000;
const MAX_TOTAL_BYTES = 2 * 1024 ** 3;
/** Media is stored, not deflated, so a real file unpacks to about its own size; only design.json shrinks. */
const MAX_EXPANSION = 50;
const MIN_ALLOWANCE = 64 * 1024 ** 2;
const MAX_DESIGN_JSON = 64 * 1024 ** 2;
const BLOB_ENTRY = /^blobs\/([0-9a-f]{64})$/;

export interface UnpackedDesign {
  design: Design;
  blobs: Map<string, Uint8Array>;
}

export async function packDesign(design: Design, readAsset: (id: string) => Promise<Uint8Array | null>, fontAssetIds: Iterable<string> = []): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = { 'design.json': new TextEncoder().encode(JSON.stringify(design, null, 2)) };
  for (const id of new Set([...assetIdsOfDesign(design), ...fontAssetIds])) {
    const bytes = await readAsset(id);
    // Media is already compressed: store it, don't deflate it again.
    if (bytes) files[`blobs/${id}`] = bytes;
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: name === 'design.json' ? 6 : 0 }]])));
}

function designTooLarge(fileName: string): UserError {
  return new UserError('bad-file', msg('designFile.jsonTooLarge', { file: fileName, megabytes: MAX_DESIGN_JSON / 1024 ** 2 }));
}

export function unpackDesign(bytes: Uint8Array, fileName: string): UnpackedDesign {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new UserError('bad-file', msg('designFile.notZip', { file: fileName }));
  }
  let entries = 0;
  let total = 0;
  // The sizes are what the archive declares: fflate allocates them up front, so a few kilobytes
  // claiming gigabytes must be refused before any entry is inflated.
  const allowance = Math.min(MAX_TOTAL_BYTES, Math.max(MIN_ALLOWANCE, bytes.length * MAX_EXPANSION));
  let unzipped: Unzipped;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        total += file.originalSize;
        if (entries > MAX_ENTRIES) throw new UserError('bad-file', msg('designFile.tooManyEntries', { file: fileName, max: MAX_ENTRIES }));
        if (total > allowance) throw new UserError('bad-file', msg('designFile.bomb', { file: fileName, megabytes: Math.round(total / 1024 ** 2) }));
        if (file.name === 'design.json' && file.originalSize > MAX_DESIGN_JSON) throw designTooLarge(fileName);
        return file.name === 'design.json' || BLOB_ENTRY.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('bad-file', msg('designFile.damaged', { file: fileName }));
  }
  const json = unzipped['design.json'];
  if (!json) throw new UserError('bad-file', msg('designFile.noDesign', { file: fileName }));
  if (json.length > MAX_DESIGN_JSON) throw designTooLarge(fileName);
  let design: Design;
  try {
    const what = msg('schema.subject.file', { file: fileName });
    design = parseDesignText(decodeUtf8(json, what), what).design;
  } catch (error) {
    if (error instanceof SchemaError) throw new UserError('bad-file', error.detail);
    throw error;
  }
  const blobs = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipped)) {
    const match = BLOB_ENTRY.exec(name);
    if (!match) continue;
    const digest = createHash('sha256').update(data).digest('hex');
    if (digest !== match[1]) throw new UserError('bad-file', msg('designFile.checksum', { file: fileName, entry: name }));
    blobs.set(match[1], data);
  }
  return { design, blobs };
}
