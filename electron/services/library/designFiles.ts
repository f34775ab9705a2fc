/**
 * One design per file: designs/<id>.json, written atomically with its last 3 versions in
 * backups/designs/ (REL-02). Reading validates with the design schema; a damaged file is moved
 * aside and the newest valid backup restored; a file from a newer Affiche opens read-only.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DESIGN_SCHEMA_VERSION, type Design } from '../../../core/schema/design';
import { decodeUtf8, parseJsonText, SchemaError, type FileSubject } from '../../../core/schema/migrate';
import { msg, type Message } from '../../../core/messages';
import { parseDesign, type ParsedDesign } from '../../../core/schema/parseDesign';
import { TEMPLATE_LIMITS, type DesignIndexEntry, type TemplateMark } from '../../../core/schema/library';
import { listSlots } from '../../../core/templates/slots';
import { UserError } from '../errors';
import { readOnlyError, type LibraryContext } from './context';
import { moveAside, readFileIfExists, writeFileAtomic } from './durableFile';
import { toJsonText } from './jsonStore';
import { LibraryPaths } from './paths';

/**
 * A design file damaged beyond its backups: moved aside as `keptAs` (relative to the library
 * folder), kept for the user or support, never deleted by us. The design stays listed, damaged.
 */
export class DesignDamaged extends UserError {
  constructor(
    name: string,
    readonly keptAs: string,
  ) {
    super('bad-file', msg('design.damagedLost', { name, keptAs }));
    this.name = 'DesignDamaged';
  }
}

export interface LoadedDesign {
  design: Design;
  /** Made by a newer Affiche: shown, never written. */
  readOnly: boolean;
  /** What opening it did (restored a copy, read-only), for the editor to show. */
  notice?: Message;
}

/** A template's slots as its index entry lists them (names, kinds, required). */
export function slotMarks(design: Design): TemplateMark['slots'] {
  return listSlots(design)
    .slice(0, TEMPLATE_LIMITS.maxSlots)
    .map(({ slot }) => ({ name: slot.name, kind: slot.kind, ...(slot.kind !== 'color' && slot.required ? { required: true } : {}) }));
}

export function summarize(design: Design, previous?: DesignIndexEntry): DesignIndexEntry {
  const entry: DesignIndexEntry = {
    id: design.id,
    name: design.name,
    kind: design.kind,
    format: design.format,
    pageCount: design.pages.length,
    createdAt: design.createdAt,
    updatedAt: design.updatedAt,
  };
  if (previous?.deletedAt) entry.deletedAt = previous.deletedAt;
  if (previous?.thumbnailVersion) entry.thumbnailVersion = previous.thumbnailVersion;
  // A template stays one; its slots are read again from the file (the editor may have changed them).
  if (previous?.template) entry.template = { ...previous.template, slots: slotMarks(design) };
  return entry;
}

export async function writeDesignFile(ctx: LibraryContext, design: Design): Promise<void> {
  // Not assertWritable: an operation accepted before close() must still finish after it.
  if (ctx.readOnly) throw readOnlyError(ctx.readOnlyReason);
  await writeFileAtomic(ctx.paths.design(design.id), toJsonText(design), {
    backups: ctx.paths.designBackupFiles(design.id),
    label: msg('library.label.design', { name: design.name }),
    io: ctx.io,
  });
}

/** Parse a design file's text. Future versions are shown through the current schema if they fit. */
function parseDesignFile(text: string, id: string, what: FileSubject): ParsedDesign & { future: boolean } {
  const raw = parseJsonText(text, what);
  let parsed: ParsedDesign;
  let future = false;
  try {
    parsed = parseDesign(raw, what);
  } catch (error) {
    if (!(error instanceof SchemaError && error.problem === 'future-version')) throw error;
    // Best effort: the fields this version knows, read-only. Unknown keys are dropped by zod.
    try {
      parsed = parseDesign({ ...(raw as object), schemaVersion: DESIGN_SCHEMA_VERSION }, what);
    } catch {
      throw error;
    }
    future = true;
  }
  if (parsed.design.id !== id) throw new SchemaError('invalid', msg('schema.idMismatch', { what, id: parsed.design.id }));
  return { ...parsed, future };
}

function describeDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

async function newestValidBackup(ctx: LibraryContext, id: string, what: FileSubject) {
  for (const file of ctx.paths.designBackupFiles(id)) {
    try {
      const bytes = await readFileIfExists(file);
      if (bytes === null) continue;
      const parsed = parseDesignFile(decodeUtf8(bytes, what), id, what);
      if (parsed.future) continue; // never restore something we could not write back
      return { design: parsed.design, mtime: (await fs.stat(file)).mtime };
    } catch {
      /* damaged as well: try the next older one */
    }
  }
  return null;
}

/**
 * Read designs/<id>.json with recovery. `name` is the index's name for messages (the file may be
 * unreadable). Throws UserError('bad-file') when nothing valid is left, 'not-found' when the file
 * and every backup are gone.
 */
export async function loadDesignFile(ctx: LibraryContext, id: string, name: string): Promise<LoadedDesign> {
  const file = ctx.paths.design(id);
  const what = msg('schema.subject.namedDesign', { name });
  const bytes = await readFileIfExists(file);
  let keptAs: string | null = null;
  if (bytes !== null) {
    let parsed: (ParsedDesign & { future: boolean }) | null = null;
    try {
      parsed = parseDesignFile(decodeUtf8(bytes, what), id, what);
    } catch (error) {
      if (error instanceof SchemaError && error.problem === 'future-version') {
        throw new UserError('bad-file', msg('design.newerCannotOpen', { name }));
      }
    }
    if (parsed?.future) {
      return { design: parsed.design, readOnly: true, notice: msg('design.notice.newerReadOnly', { name }) };
    }
    if (parsed) {
      if (parsed.migratedFrom !== undefined && !ctx.readOnly) {
        // Keep the old file before the first migrated write (REL-09).
        const keep = ctx.paths.designMigrationBackup(id, parsed.migratedFrom);
        await fs.mkdir(path.dirname(keep), { recursive: true });
        await writeFileAtomic(keep, bytes, { io: ctx.io });
        await writeDesignFile(ctx, parsed.design);
      }
      return { design: parsed.design, readOnly: false };
    }
    // Damaged. A read-only library changes nothing on disk, so the file stays where it is.
    keptAs = ctx.readOnly ? `designs/${path.basename(file)}` : `designs/${await moveAside(file, ctx.now())}`;
  }

  const backup = await newestValidBackup(ctx, id, what);
  if (!backup) {
    if (keptAs === null) throw new UserError('not-found', msg('design.missing', { name }));
    throw new DesignDamaged(name, keptAs);
  }
  if (!ctx.readOnly) await writeDesignFile(ctx, backup.design);
  const date = describeDate(backup.mtime);
  const notice =
    keptAs === null
      ? msg(ctx.readOnly ? 'design.notice.missingShowing' : 'design.notice.missingRestored', { name, date })
      : ctx.readOnly
        ? msg('design.notice.damagedShowing', { name, date })
        : msg('design.notice.damagedRestored', { name, date, keptAs });
  return { design: backup.design, readOnly: ctx.readOnly, notice };
}

/** Names of designs/*.json files that look like ours, as ids. */
export async function listDesignFiles(ctx: LibraryContext): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(ctx.paths.designs);
  } catch {
    return [];
  }
  return names.map(LibraryPaths.designIdOfFile).filter((id): id is string => id !== null);
}

/**
 * Damaged design files moved aside in designs/ (`<id>.json.corrupt-<time>`), newest per design id,
 * as paths relative to the library folder.
 */
export async function keptAsideDesigns(ctx: LibraryContext): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = await fs.readdir(ctx.paths.designs);
  } catch {
    return new Map();
  }
  const kept = new Map<string, string>();
  for (const name of names.sort()) {
    const match = /^(.+)\.json\.corrupt-[0-9TZ-]+$/.exec(name);
    if (match && LibraryPaths.designIdOfFile(`${match[1]}.json`)) kept.set(match[1], `designs/${name}`);
  }
  return kept;
}

/**
 * The name a damaged design file still gives, if its start is readable ("name" is the third key
 * Affiche writes), else null.
 */
export async function nameInDamagedFile(ctx: LibraryContext, keptAs: string): Promise<string | null> {
  try {
    const handle = await fs.open(path.join(ctx.paths.dir, keptAs), 'r');
    try {
      const head = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const match = /"name"\s*:\s*("(?:[^"\\\u0000-\u001f]|\\.){1,200}")/.exec(head.subarray(0, bytesRead).toString('utf8'));
      const name = match ? (JSON.parse(match[1]) as string).trim() : '';
      return name.length > 0 && name.length <= 200 ? name : null;
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** Remove a design's file, backups and thumbnail (emptying the trash). Missing files are fine. */
export async function deleteDesignFiles(ctx: LibraryContext, id: string): Promise<void> {
  const files = [ctx.paths.design(id), ctx.paths.designThumb(id), ...ctx.paths.designBackupFiles(id)];
  for (const file of files) {
    await fs.unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
