/**
 * Numbered migrations for versioned files (designs, library, posts).
 *
 * Each step is pure: it receives a deep copy and returns the next version's document, so a failed
 * or repeated migration never touches the caller's data (tests check this). Steps are named and
 * run in order from the file's version to the current one.
 */

import { MessageError, msg, type Message, type MessageParam } from '../messages';

export type JsonObject = Record<string, unknown>;

export interface Migration {
  /** Version this step reads. It writes `from + 1`. */
  readonly from: number;
  readonly name: string;
  readonly up: (doc: JsonObject) => JsonObject;
}

export type SchemaProblem = 'not-json' | 'not-object' | 'no-version' | 'future-version' | 'invalid';

/**
 * A file we could not accept, with one sentence a person can act on: `detail` is its message key
 * and parameters (core/messages), `message` the same in English.
 */
export class SchemaError extends MessageError {
  constructor(
    readonly problem: SchemaProblem,
    detail: Message,
    readonly foundVersion?: number,
  ) {
    super(detail);
    this.name = 'SchemaError';
  }
}

/**
 * What a file is called in messages: its name ("library.json"), or a message naming it
 * (msg('schema.subject.namedDesign', { name })). It starts the sentence.
 */
export type FileSubject = MessageParam;

export interface MigrationResult {
  doc: JsonObject;
  /** Version the input had; equals the current version when nothing ran. */
  fromVersion: number;
  /** Names of the steps that ran, in order. */
  applied: string[];
}

export function readVersion(raw: unknown, what: FileSubject): number {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SchemaError('not-object', msg('schema.notObject', { what }));
  }
  const version = (raw as JsonObject).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new SchemaError('no-version', msg('schema.noVersion', { what }));
  }
  return version;
}

/** Bring `raw` up to `current` with `migrations`. Never mutates `raw`. */
export function migrate(raw: unknown, migrations: readonly Migration[], current: number, what: FileSubject): MigrationResult {
  const fromVersion = readVersion(raw, what);
  if (fromVersion > current) {
    throw new SchemaError('future-version', msg('schema.futureVersion', { what, found: fromVersion, current }), fromVersion);
  }
  let doc = structuredClone(raw) as JsonObject;
  const applied: string[] = [];
  for (let version = fromVersion; version < current; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new SchemaError('invalid', msg('schema.noMigration', { what, version }), fromVersion);
    doc = step.up(structuredClone(doc));
    doc.schemaVersion = version + 1;
    applied.push(step.name);
  }
  return { doc, fromVersion, applied };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes read from disk to text; invalid UTF-8 means a damaged file, not a name with odd characters. */
export function decodeUtf8(bytes: Uint8Array, what: FileSubject): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new SchemaError('not-json', msg('schema.notUtf8', { what }));
  }
}

/** JSON.parse with a message that says what is wrong with the file, not where V8 stopped. */
export function parseJsonText(text: string, what: FileSubject): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new SchemaError('not-json', msg('schema.empty', { what }));
  if (body.includes('\u0000')) throw new SchemaError('not-json', msg('schema.nulBytes', { what }));
  try {
    return JSON.parse(body);
  } catch {
    throw new SchemaError('not-json', msg('schema.notJson', { what }));
  }
}
