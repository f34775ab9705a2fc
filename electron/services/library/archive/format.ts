/**
 * The library archive format (issue 5), as pure rules: entry names, the manifest, the limits.
 * No Node imports, so the parser is cheap to fuzz (format.test.ts).
 *
 * ```
 * library.json          the archive's index: asset records (tags, collections, notes, credit,
 *                       favourite...), collections, brand kit, your formats, in library.json's own
 *                       schema (so an older archive goes through the same migrations)
 * designs/<id>.json     one design per file (design schema + migrations)
 * blobs/<sha256>        media originals, stored (not recompressed)
 * manifest.json         written last: format, version, scope, counts, every other entry and its size
 * ```
 */
import { z } from 'zod';
import { ARCHIVE_SCOPES, archiveCountsSchema } from '../../../../core/api/archiveArgs';
import { msg, type Message } from '../../../../core/messages';

export const ARCHIVE_FORMAT = 'affiche-archive';
export const ARCHIVE_VERSION = 1;

export const ARCHIVE_LIMITS = {
  /** fflate writes no ZIP64: 16-bit entry count, 32-bit sizes and offsets. */
  maxEntries: 65_000,
  maxArchiveBytes: 0xffff_ffff - 64 * 1024 ** 2,
  /** manifest.json, library.json, each design. */
  maxJsonBytes: 64 * 1024 ** 2,
  /** The largest media an import accepts (a 2 GB video, mediaImport/limits.ts). */
  maxBlobBytes: 2 * 1024 ** 3,
  /** What all entries may unpack to: media are stored, so about the archive's size... */
  maxTotalBytes: 8 * 1024 ** 3,
  /** ...and a deflated entry (JSON) shrinks at most this much; more is a zip bomb. */
  maxDeflateRatio: 200,
  maxNameLength: 255,
} as const;

export type EntryName =
  | { kind: 'manifest' }
  | { kind: 'index' }
  | { kind: 'design'; id: string }
  | { kind: 'blob'; id: string };

export type ParsedEntryName = EntryName | { kind: 'refused'; reason: Message };

const DESIGN_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ASSET_ID = /^[0-9a-f]{64}$/;

/** The name an entry has in the archive. */
export function entryNameOf(entry: EntryName): string {
  switch (entry.kind) {
    case 'manifest':
      return 'manifest.json';
    case 'index':
      return 'library.json';
    case 'design':
      return `designs/${entry.id}.json`;
    case 'blob':
      return `blobs/${entry.id}`;
  }
}

/**
 * What an entry name means, or why it is refused. Only the four shapes above are accepted; the
 * unsafe ones get their own reason (absolute, `..`, backslashes, drive letters, control
 * characters), so a hostile archive is named for what it tried.
 */
export function parseEntryName(name: string): ParsedEntryName {
  if (typeof name !== 'string' || name.length === 0) return { kind: 'refused', reason: msg('archive.name.empty') };
  if (name.length > ARCHIVE_LIMITS.maxNameLength) return { kind: 'refused', reason: msg('archive.name.tooLong') };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return { kind: 'refused', reason: msg('archive.name.controls') };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { kind: 'refused', reason: msg('archive.name.absolute', { name: printable(name) }) };
  if (name.includes('\\')) return { kind: 'refused', reason: msg('archive.name.backslash', { name: printable(name) }) };
  if (name.split('/').some((part) => part === '..' || part === '.')) return { kind: 'refused', reason: msg('archive.name.leaves', { name: printable(name) }) };
  if (name === 'manifest.json') return { kind: 'manifest' };
  if (name === 'library.json') return { kind: 'index' };
  const design = /^designs\/(.+)\.json$/.exec(name);
  if (design && DESIGN_ID.test(design[1])) return { kind: 'design', id: design[1] };
  const blob = /^blobs\/(.+)$/.exec(name);
  if (blob && ASSET_ID.test(blob[1])) return { kind: 'blob', id: blob[1] };
  return { kind: 'refused', reason: msg('archive.name.unknown', { name: printable(name) }) };
}

function printable(name: string): string {
  return name.length > 80 ? `${name.slice(0, 77)}…` : name;
}

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  scope: z.enum(ARCHIVE_SCOPES),
  createdAt: z.string().datetime(),
  /** The Affiche that wrote it (information only). */
  app: z.string().max(50),
  /** library.json's schema version inside (library.json itself says it too). */
  librarySchemaVersion: z.number().int().min(1),
  counts: archiveCountsSchema,
  /** Every entry but the manifest, in archive order, with its uncompressed size. */
  entries: z
    .array(z.object({ name: z.string().max(ARCHIVE_LIMITS.maxNameLength), bytes: z.number().int().min(0) }))
    .max(ARCHIVE_LIMITS.maxEntries),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;

export type ManifestCheck = { ok: true; manifest: ArchiveManifest } | { ok: false; reason: Message };

/**
 * The manifest, checked for what it is before its shape: not ours, or from a newer Affiche, is
 * said as such rather than as a schema error.
 */
export function checkManifest(raw: unknown): ManifestCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: msg('archive.manifest.notObject') };
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== ARCHIVE_FORMAT) return { ok: false, reason: msg('archive.manifest.foreign') };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: msg('archive.manifest.noVersion') };
  if (version > ARCHIVE_VERSION) return { ok: false, reason: msg('archive.manifest.newer', { found: version, current: ARCHIVE_VERSION }) };
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: msg('archive.manifest.invalid', { detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' }) };
  }
  const names = new Set<string>();
  for (const entry of parsed.data.entries) {
    const kind = parseEntryName(entry.name);
    if (kind.kind === 'refused') return { ok: false, reason: msg('archive.manifest.unsafeEntry', { reason: kind.reason }) };
    if (kind.kind === 'manifest') return { ok: false, reason: msg('archive.manifest.listsItself') };
    if (names.has(entry.name)) return { ok: false, reason: msg('archive.manifest.entryTwice', { name: entry.name }) };
    names.add(entry.name);
  }
  return { ok: true, manifest: parsed.data };
}
