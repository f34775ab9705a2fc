/**
 * Numbered migrations for versioned files (designs, library, posts).
 *
 * Each step is pure: it receives a deep copy and returns the next version's document, so a failed
 * or repeated migration never touches the caller's data (tests check this). Steps are named and
 * run in order from the file's version to the current one.
 */

export type JsonObject = Record<string, unknown>;

export interface Migration {
  /** Version this step reads. It writes `from + 1`. */
  readonly from: number;
  readonly name: string;
  readonly up: (doc: JsonObject) => JsonObject;
}

export type SchemaProblem = 'not-json' | 'not-object' | 'no-version' | 'future-version' | 'invalid';

/** A file we could not accept, with one sentence a person can act on. */
export class SchemaError extends Error {
  constructor(
    readonly problem: SchemaProblem,
    message: string,
    readonly foundVersion?: number,
  ) {
    super(message);
    this.name = 'SchemaError';
  }
}

export interface MigrationResult {
  doc: JsonObject;
  /** Version the input had; equals the current version when nothing ran. */
  fromVersion: number;
  /** Names of the steps that ran, in order. */
  applied: string[];
}

export function readVersion(raw: unknown, what: string): number {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SchemaError('not-object', `${what} is not a JSON object`);
  }
  const version = (raw as JsonObject).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new SchemaError('no-version', `${what} has no valid schemaVersion`);
  }
  return version;
}

/** Bring `raw` up to `current` with `migrations`. Never mutates `raw`. */
export function migrate(raw: unknown, migrations: readonly Migration[], current: number, what: string): MigrationResult {
  const fromVersion = readVersion(raw, what);
  if (fromVersion > current) {
    throw new SchemaError(
      'future-version',
      `${what} was made by a newer Affiche (schema version ${fromVersion}; this version reads up to ${current})`,
      fromVersion,
    );
  }
  let doc = structuredClone(raw) as JsonObject;
  const applied: string[] = [];
  for (let version = fromVersion; version < current; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new SchemaError('invalid', `${what}: no migration from schema version ${version}`, fromVersion);
    doc = step.up(structuredClone(doc));
    doc.schemaVersion = version + 1;
    applied.push(step.name);
  }
  return { doc, fromVersion, applied };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes read from disk to text; invalid UTF-8 means a damaged file, not a name with odd characters. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new SchemaError('not-json', `${what} is not valid UTF-8 (damaged file)`);
  }
}

/** JSON.parse with a message that says what is wrong with the file, not where V8 stopped. */
export function parseJsonText(text: string, what: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new SchemaError('not-json', `${what} is empty`);
  if (body.includes('\u0000')) throw new SchemaError('not-json', `${what} contains NUL bytes (damaged file)`);
  try {
    return JSON.parse(body);
  } catch {
    throw new SchemaError('not-json', `${what} is not valid JSON (truncated or damaged)`);
  }
}
