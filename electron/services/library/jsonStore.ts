/**
 * A lowdb database on one JSON file, made safe for a desktop app (docs/architecture.md, Data, REL-01/04/06/09).
 *
 * - The adapter is explicit: lowdb's JSONFilePreset keeps data in memory when NODE_ENV=test, and
 *   its steno writer never fsyncs. Ours writes through writeFileAtomic with rotating backups.
 * - Writes coalesce: while one is in flight, any number of requests become exactly one more write
 *   of the latest data. Awaiting a write means that data is on disk.
 * - Reading validates and migrates. A damaged file is moved aside (never deleted), the newest
 *   valid backup is restored, and the user gets a notice. A file from a newer Affiche opens
 *   read-only and is never written.
 */
import { Low, type Adapter } from 'lowdb';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Notice } from '../../../core/api';
import { decodeUtf8, SchemaError } from '../../../core/schema/migrate';
import { msg, type Message } from '../../../core/messages';
import { notice as noticeOf, readOnlyError } from './context';
import { moveAside, readFileIfExists, writeFileAtomic, type DurableIo } from './durableFile';

/** JSON text as we store it: readable by a person who opens the file. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface Parsed<T> {
  data: T;
  /** Set when migrations ran: the version the file had. */
  migratedFrom?: number;
}

export interface JsonFileOptions<T> {
  file: string;
  /** Rotating backups, newest first. */
  backups: readonly string[];
  /** Text -> validated, migrated data. Throws (SchemaError) on anything it cannot accept. */
  parse: (text: string) => Parsed<T>;
  io?: DurableIo;
}

/** lowdb adapter: atomic durable writes, coalesced. */
export class DurableJsonFile<T> implements Adapter<T> {
  /** Number of writes that reached the disk (tests check coalescing with it). */
  writes = 0;
  private inFlight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private latest: T | null = null;

  constructor(private readonly options: JsonFileOptions<T>) {}

  async read(): Promise<T | null> {
    const bytes = await readFileIfExists(this.options.file);
    if (bytes === null) return null;
    return this.options.parse(decodeUtf8(bytes, path.basename(this.options.file))).data;
  }

  write(data: T): Promise<void> {
    this.latest = data;
    if (!this.inFlight) return this.start();
    // Everyone who asks while a write runs shares the next one; it serializes `latest` only when
    // it starts, so it carries every change made before it.
    this.queued ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  /** Resolves once nothing is being written or waiting to be. */
  async idle(): Promise<void> {
    while (this.inFlight || this.queued) await (this.queued ?? this.inFlight)?.catch(() => undefined);
  }

  private start(): Promise<void> {
    const text = toJsonText(this.latest);
    const { file, backups, io } = this.options;
    const write = writeFileAtomic(file, text, { backups, io }).then(() => {
      this.writes++;
    });
    this.inFlight = write;
    const clear = () => {
      if (this.inFlight === write) this.inFlight = null;
    };
    write.then(clear, clear);
    return write;
  }
}

export interface OpenJsonStoreOptions<T> extends JsonFileOptions<T> {
  /** Data of a new or unrecoverable file. */
  defaults: () => T;
  /** Best-effort view of a file from a newer Affiche (shown read-only), or null. */
  parseFuture?: (text: string) => T | null;
  /** Where the pre-migration copy goes before a migrated file is first written (REL-09). */
  migrationBackup: (fromVersion: number) => string;
  /** Never touch the disk (no write, no move). */
  readOnly: boolean;
  now: () => Date;
}

export interface JsonStore<T> {
  readonly db: Low<T>;
  readonly adapter: DurableJsonFile<T>;
  /** Opened read-only, or the file came from a newer Affiche. */
  readonly readOnly: boolean;
  /** Why it is read-only, for error messages. */
  readonly readOnlyReason?: Message;
  readonly notices: Notice[];
  /**
   * Where the data came from: the file, a backup, or nothing (`defaults`: a new library, or the
   * file and every backup lost; the caller can tell them apart by what else the folder holds).
   */
  readonly source: 'file' | 'backup' | 'defaults';
  /** Persist db.data (coalesced, durable once resolved). */
  save(): Promise<void>;
}

function describeDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

interface Candidate<T> {
  file: string;
  parsed: Parsed<T>;
  mtime: Date;
}

async function firstValidBackup<T>(options: OpenJsonStoreOptions<T>): Promise<Candidate<T> | null> {
  for (const file of options.backups) {
    try {
      const bytes = await readFileIfExists(file);
      if (bytes === null) continue;
      const parsed = options.parse(decodeUtf8(bytes, path.basename(file)));
      const { mtime } = await fs.stat(file);
      return { file, parsed, mtime };
    } catch {
      /* damaged too: try the next older one */
    }
  }
  return null;
}

export async function openJsonStore<T>(options: OpenJsonStoreOptions<T>): Promise<JsonStore<T>> {
  const adapter = new DurableJsonFile<T>(options);
  const db = new Low<T>(adapter, options.defaults());
  const notices: Notice[] = [];
  const name = path.basename(options.file);
  const notice = (level: Notice['level'], message: Message) => notices.push(noticeOf(level, message, options.now()));
  let readOnly = options.readOnly;
  let readOnlyReason = readOnly ? msg('library.reason.openedReadOnly') : undefined;
  let mustWrite = false;
  let source: JsonStore<T>['source'] = 'defaults';

  const bytes = await readFileIfExists(options.file);
  let damage: SchemaError | Error | null = null;
  if (bytes === null) {
    // Missing: new library, or a crash between moving a damaged file aside and restoring.
    const backup = await firstValidBackup(options);
    if (backup) {
      db.data = backup.parsed.data;
      source = 'backup';
      notice('warning', msg('library.notice.missingRestored', { file: name, date: describeDate(backup.mtime) }));
    }
    mustWrite = true;
  } else {
    try {
      const parsed = options.parse(decodeUtf8(bytes, name));
      db.data = parsed.data;
      source = 'file';
      if (parsed.migratedFrom !== undefined && !readOnly) {
        // Keep the file as the older Affiche wrote it, before the first migrated write.
        const keep = options.migrationBackup(parsed.migratedFrom);
        await fs.mkdir(path.dirname(keep), { recursive: true });
        await writeFileAtomic(keep, bytes, { io: options.io });
        mustWrite = true;
      }
    } catch (error) {
      if (error instanceof SchemaError && error.problem === 'future-version') {
        readOnly = true;
        readOnlyReason = msg('library.reason.newer', { file: name });
        db.data = options.parseFuture?.(decodeUtf8(bytes, name)) ?? options.defaults();
        source = 'file';
        notice('warning', msg('library.notice.newerReadOnly', { file: name }));
      } else {
        damage = error instanceof Error ? error : new Error(String(error));
      }
    }
  }

  if (damage) {
    const backup = await firstValidBackup(options);
    if (backup) source = 'backup';
    if (options.readOnly) {
      // Read-only: change nothing on disk, show the best copy we have.
      db.data = backup ? backup.parsed.data : options.defaults();
      notice(
        'warning',
        backup ? msg('library.notice.damagedShowing', { file: name, date: describeDate(backup.mtime) }) : msg('library.notice.damagedShowingEmpty', { file: name }),
      );
    } else {
      const keptAs = await moveAside(options.file, options.now());
      db.data = backup ? backup.parsed.data : options.defaults();
      notice(
        backup ? 'warning' : 'error',
        backup
          ? msg('library.notice.damagedRestored', { file: name, date: describeDate(backup.mtime), keptAs })
          : msg('library.notice.damagedEmpty', { file: name, keptAs }),
      );
      mustWrite = true;
    }
  }

  const save = async (): Promise<void> => {
    if (readOnly) throw readOnlyError(readOnlyReason);
    await db.write();
  };
  if (mustWrite && !readOnly) await save();
  return { db, adapter, readOnly, readOnlyReason, notices, save, source };
}
