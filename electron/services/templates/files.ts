/**
 * Template files: templates shared between laptops as one zip, like a `.affiche` file
 * (docs/architecture.md, "Data"): `manifest.json` (format, version, each template's entry, name
 * and tags), `templates/<n>.json` (each template's design, compact, deflated) and
 * `blobs/<sha256>` for every medium they use (stored).
 *
 * Reading trusts nothing and is checked whole before anything is written: the zip's table of
 * contents first (names known and each once, sizes, deflate ratios, total), then the manifest
 * (version known, entries listed once and present), then every design on the parse worker (the
 * design schema, slots present, media present), then every medium's hash as it is unpacked. Only
 * then do media and templates join the library; a refusal takes back what this import added.
 */
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { TemplateSummary } from '../../../core/api/templateArgs';
import { assetIdsOfDesign, replaceAssetIds } from '../../../core/elements';
import { msg, type Message } from '../../../core/messages';
import { normaliseTags } from '../../../core/schema/assetOrganisation';
import { SchemaError, type Design } from '../../../core/schema';
import { isTemplate } from '../../../core/templates/slots';
import { isUserError, UserError } from '../errors';
import { extractEntryChecked, readCentralDirectory, readEntry, ZipRefused, type ZipEntry } from '../library/archive/zipReader';
import { ZipFileWriter } from '../library/archive/zipWriter';
import type { LibraryStore } from '../library/types';
import { offLoop } from '../parse';
import { PORTABLE_LIMITS } from '../portable';

export const TEMPLATE_FILE_FORMAT = 'affiche-templates';
export const TEMPLATE_FILE_VERSION = 1;

export const TEMPLATE_FILE_LIMITS = {
  maxTemplates: 500,
  maxManifestBytes: 1024 ** 2,
  maxDesignBytes: PORTABLE_LIMITS.maxDesignBytes,
  maxMediaBytes: PORTABLE_LIMITS.maxMediaBytes,
  maxDeflateRatio: PORTABLE_LIMITS.maxDeflateRatio,
  maxUnpackedBytes: PORTABLE_LIMITS.maxUnpackedBytes,
  maxEntries: PORTABLE_LIMITS.maxEntries,
  maxFileBytes: PORTABLE_LIMITS.maxFileBytes,
} as const;
const L = TEMPLATE_FILE_LIMITS;

const MANIFEST = 'manifest.json';
const TEMPLATE_ENTRY = /^templates\/([0-9]{1,4})\.json$/;
const BLOB_ENTRY = /^blobs\/([0-9a-f]{64})$/;

const manifestSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.number().int(),
  templates: z
    .array(z.object({ entry: z.string().regex(TEMPLATE_ENTRY), name: z.string().trim().min(1).max(200), tags: z.array(z.string().max(100)).max(50) }))
    .min(1)
    .max(L.maxTemplates),
});
export type TemplateFileManifest = z.infer<typeof manifestSchema>;

const refused = (message: Message) => new UserError('bad-file', message);
const label = (name: string) => {
  const blob = BLOB_ENTRY.exec(name);
  const shown = blob ? `blobs/${blob[1].slice(0, 12)}…` : name;
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
};

// Writing ---------------------------------------------------------------------------------------

export interface TemplateToWrite {
  design: Design;
  name: string;
  tags: readonly string[];
}

/** Writes templates and the media they use (read from the library, hash-checked) at `target`. Returns its size. */
export async function writeTemplateFile(target: string, fileName: string, templates: readonly TemplateToWrite[], library: LibraryStore, options: { throwIfCancelled?: () => void } = {}): Promise<number> {
  const manifest: TemplateFileManifest = {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    templates: templates.map((t, i) => ({ entry: `templates/${i + 1}.json`, name: t.name, tags: [...t.tags] })),
  };
  const media = new Map<string, { file: string; name: string }>();
  for (const { design } of templates) {
    for (const id of assetIdsOfDesign(design)) {
      const asset = library.getAsset(id);
      const file = library.assetPath(id);
      if (asset && file) media.set(id, { file, name: asset.name ?? asset.fileName });
    }
  }
  const zip = await ZipFileWriter.create(target, { maxBytes: L.maxFileBytes, mtime: new Date(), inPlace: true });
  try {
    await zip.addDeflated(MANIFEST, new TextEncoder().encode(JSON.stringify(manifest)));
    for (const [i, { design }] of templates.entries()) await zip.addDeflated(manifest.templates[i].entry, new TextEncoder().encode(JSON.stringify(design)));
    for (const [id, medium] of media) {
      options.throwIfCancelled?.();
      await zip.addStoredFile(`blobs/${id}`, medium.file, { sha256: id, name: medium.name });
    }
    return await zip.finish(target);
  } catch (error) {
    return zip.abort(error, fileName);
  }
}

// Reading ---------------------------------------------------------------------------------------

interface CheckedFile {
  manifest: TemplateFileManifest;
  designs: Design[];
  media: Map<string, ZipEntry>;
}

/** The table of contents: names known and each once, sizes, ratios, the whole unpacked size. */
function checkEntries(fileName: string, entries: readonly ZipEntry[]): { manifest: ZipEntry; templates: Map<string, ZipEntry>; media: Map<string, ZipEntry> } {
  const names = new Set<string>();
  const templates = new Map<string, ZipEntry>();
  const media = new Map<string, ZipEntry>();
  let manifest: ZipEntry | undefined;
  let unpacked = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw refused(msg('template.file.entryTwice', { file: fileName, entry: label(entry.name) }));
    names.add(entry.name);
    const isManifest = entry.name === MANIFEST;
    const isTemplate = TEMPLATE_ENTRY.test(entry.name);
    const blob = BLOB_ENTRY.exec(entry.name);
    if (!isManifest && !isTemplate && !blob && !((entry.name === 'blobs/' || entry.name === 'templates/') && entry.size === 0)) {
      throw refused(msg('template.file.unknownEntry', { file: fileName, entry: label(entry.name) }));
    }
    const cap = isManifest ? L.maxManifestBytes : isTemplate ? L.maxDesignBytes : L.maxMediaBytes;
    if (entry.size > cap) throw refused(msg('template.file.entryTooLarge', { file: fileName, entry: label(entry.name), megabytes: Math.max(1, Math.round(cap / 1024 ** 2)) }));
    if (entry.method === 8 && entry.size > entry.compressedSize * L.maxDeflateRatio + 1024) {
      throw refused(msg('template.file.bomb', { file: fileName, megabytes: Math.round(entry.size / 1024 ** 2) }));
    }
    unpacked += entry.size;
    if (unpacked > L.maxUnpackedBytes) throw refused(msg('template.file.bomb', { file: fileName, megabytes: Math.round(unpacked / 1024 ** 2) }));
    if (isManifest) manifest = entry;
    else if (isTemplate) templates.set(entry.name, entry);
    else if (blob) media.set(blob[1], entry);
  }
  if (!manifest) throw refused(msg('template.file.noManifest', { file: fileName }));
  return { manifest, templates, media };
}

/** Every part checked, nothing written: the manifest, each design (parse worker), slots and media present. */
async function checkTemplateFile(file: string, fileName: string, handle: FileHandle): Promise<CheckedFile & { dataEnd: number }> {
  const { size } = await handle.stat();
  if (size > L.maxFileBytes) throw refused(msg('template.file.entryTooLarge', { file: fileName, entry: fileName, megabytes: Math.round(L.maxFileBytes / 1024 ** 2) }));
  const { entries, dataEnd } = await readCentralDirectory(handle, size, L.maxEntries);
  const toc = checkEntries(fileName, entries);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readEntry(file, handle, toc.manifest, dataEnd)));
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw refused(msg('template.file.badManifest', { file: fileName, detail: 'not JSON' }));
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === TEMPLATE_FILE_FORMAT && typeof version === 'number' && version !== TEMPLATE_FILE_VERSION) {
    throw refused(msg('template.file.version', { file: fileName, version: String(version).slice(0, 20) }));
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused(msg('template.file.badManifest', { file: fileName, detail: `${issue.path.join('.') || 'manifest'}: ${issue.message}`.slice(0, 200) }));
  }
  const manifest = parsed.data;
  const listed = new Set<string>();
  for (const { entry } of manifest.templates) {
    if (listed.has(entry)) throw refused(msg('template.file.entryTwice', { file: fileName, entry }));
    listed.add(entry);
    if (!toc.templates.has(entry)) throw refused(msg('template.file.missingEntry', { file: fileName, entry }));
  }
  for (const name of toc.templates.keys()) if (!listed.has(name)) throw refused(msg('template.file.unknownEntry', { file: fileName, entry: name }));
  const designs: Design[] = [];
  for (const { entry } of manifest.templates) {
    let design: Design;
    try {
      design = (await offLoop.design(await readEntry(file, handle, toc.templates.get(entry)!, dataEnd), msg('schema.subject.file', { file: `${fileName}: ${entry}` }))).design;
    } catch (error) {
      if (error instanceof SchemaError) throw refused(error.detail);
      throw error;
    }
    if (!isTemplate(design)) throw refused(msg('template.file.notATemplate', { file: fileName, entry }));
    for (const id of assetIdsOfDesign(design)) if (!toc.media.has(id)) throw refused(msg('template.file.missingMedium', { file: fileName, entry }));
    designs.push(design);
  }
  return { manifest, designs, media: toc.media, dataEnd };
}

/** Unpacks a medium to `to`, hash-checked (removed when it does not match). */
async function extract(file: string, fileName: string, handle: FileHandle, id: string, entry: ZipEntry, dataEnd: number, to: string): Promise<void> {
  if (!(await extractEntryChecked(file, handle, entry, dataEnd, to, id))) throw refused(msg('template.file.checksum', { file: fileName, entry: label(`blobs/${id}`) }));
}

/**
 * Imports a template file into the library, checked whole first (see the top of this file), then
 * all or nothing: media through the library's normal import, then each template under a new id.
 */
export async function importTemplateFile(library: LibraryStore, file: string, fileName: string): Promise<TemplateSummary[]> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw refused(msg('template.file.refused', { file: fileName, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const added: string[] = [];
  const created: TemplateSummary[] = [];
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'affiche-templates-'));
  try {
    const checked = await checkTemplateFile(file, fileName, handle);
    const ids = new Map<string, string>();
    for (const [id, entry] of checked.media) {
      const unpacked = path.join(temp, id);
      await extract(file, fileName, handle, id, entry, checked.dataEnd, unpacked);
      let result;
      try {
        result = await library.importAssetFile(`template-${id.slice(0, 8)}`, unpacked, { owned: true });
      } catch (error) {
        if (isUserError(error) && error.code === 'bad-file') throw refused(msg('template.file.mediumRefused', { file: fileName, entry: label(`blobs/${id}`), reason: error.detail }));
        throw error;
      } finally {
        await fs.rm(unpacked, { force: true });
      }
      if (!result.duplicate) added.push(result.asset.id);
      if (result.asset.id !== id) ids.set(id, result.asset.id);
    }
    for (const [i, design] of checked.designs.entries()) {
      const { name, tags } = checked.manifest.templates[i];
      created.push(await library.addTemplate(replaceAssetIds(design, ids), { name, tags: normaliseTags(tags) }));
    }
    return created;
  } catch (error) {
    // All or nothing: the templates this import made go to the trash, the media it added go.
    for (const template of created) await library.trashTemplate(template.id).catch(() => undefined);
    await library.discardImportedAssets(added).catch(() => undefined);
    if (error instanceof ZipRefused) {
      if (error.detail.key === 'archive.zip.notZip' || error.detail.key === 'archive.zip.tooSmall') throw refused(msg('template.file.notZip', { file: fileName }));
      throw refused(msg('template.file.refused', { file: fileName, reason: error.detail }));
    }
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { recursive: true, force: true });
  }
}
