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
 * How deep JSON may nest, in objects and arrays: files, archive entries and call arguments alike.
 * A design with groups nested as deep as allowed (LIMITS.maxGroupDepth) is about 30 levels; past
 * a few thousand, anything recursive (zod, structuredClone, JSON.stringify, a reviver) overflows
 * the stack. So deeper input is refused first, with one clear reason (docs/architecture.md,
 * "Data"), before any of those sees it.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * True when JSON text nests objects or arrays deeper than `limit` (strings skipped). One pass
 * with no recursion, which stops as soon as the limit is passed: checked before JSON.parse.
 */
export function jsonTextTooDeep(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Why a value is refused before anything recursive reads it. */
export type Oversize = { kind: 'deep' } | { kind: 'list'; path: string; length: number };

/** A plain object or an array (the containers JSON has); anything else is a leaf. */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Whether a value (parsed JSON, or arguments a transport cloned) nests plain objects or arrays
 * deeper than `maxDepth`, or holds a list longer than `maxList` (with where: "pages.0.elements").
 * One walk with its own stack (the path from the root), so depth cannot overflow it. Structured
 * clone can carry shared and cyclic references: a cycle counts as too deep, and a shared part is
 * walked once (its height remembered), so the walk stays linear.
 */
export function findOversize(value: unknown, limits: { maxDepth?: number; maxList?: number } = {}): Oversize | null {
  if (!isContainer(value)) return null;
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  const maxList = limits.maxList ?? Infinity;
  interface Frame {
    node: object;
    /** Own keys of an object; null for an array (walked by index). */
    keys: string[] | null;
    count: number;
    next: number;
    /** How it was reached from its parent (a key or an index). */
    key: string;
    /** Levels from this node down (1: holds no container). */
    height: number;
  }
  const frameOf = (node: object, key: string): Frame => {
    const keys = Array.isArray(node) ? null : Object.keys(node);
    return { node, keys, count: keys ? keys.length : (node as unknown[]).length, next: 0, key, height: 1 };
  };
  const long = (path: Frame[], frame: Frame): Oversize | null =>
    frame.keys === null && frame.count > maxList ? { kind: 'list', path: [...path.slice(1).map((f) => f.key), frame.key].filter(Boolean).join('.'), length: frame.count } : null;
  if (maxDepth < 1) return { kind: 'deep' };
  const root = frameOf(value, '');
  const tooLong = long([], root);
  if (tooLong) return tooLong;
  const heights = new Map<object, number>();
  const onPath = new Set<object>([value]);
  const path: Frame[] = [root];
  while (path.length > 0) {
    const frame = path[path.length - 1];
    if (frame.next < frame.count) {
      const index = frame.next++;
      const key = frame.keys ? frame.keys[index] : String(index);
      const child = frame.keys ? (frame.node as Record<string, unknown>)[key] : (frame.node as unknown[])[index];
      if (!isContainer(child)) continue;
      if (onPath.has(child)) return { kind: 'deep' };
      const known = heights.get(child);
      if (known !== undefined) {
        if (path.length + known > maxDepth) return { kind: 'deep' };
        frame.height = Math.max(frame.height, known + 1);
        continue;
      }
      if (path.length + 1 > maxDepth) return { kind: 'deep' };
      const next = frameOf(child, key);
      const longList = long(path, next);
      if (longList) return longList;
      onPath.add(child);
      path.push(next);
    } else {
      path.pop();
      onPath.delete(frame.node);
      heights.set(frame.node, frame.height);
      const parent = path[path.length - 1];
      if (parent) parent.height = Math.max(parent.height, frame.height + 1);
    }
  }
  return null;
}

/** True when a value nests plain objects or arrays deeper than `limit` (findOversize). */
export function valueTooDeep(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  return findOversize(value, { maxDepth: limit })?.kind === 'deep';
}

function tooDeep(what: FileSubject): SchemaError {
  return new SchemaError('invalid', msg('schema.tooDeeplyNested', { what, max: MAX_JSON_DEPTH }));
}

/** Refuses (SchemaError) a value nested deeper than MAX_JSON_DEPTH, saying so. */
export function assertNotTooDeep(value: unknown, what: FileSubject): void {
  if (valueTooDeep(value)) throw tooDeep(what);
}

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

/** Bring `raw` up to `current` with `migrations`. Never mutates `raw` (and returns it when already current). */
export function migrate(raw: unknown, migrations: readonly Migration[], current: number, what: FileSubject): MigrationResult {
  const fromVersion = readVersion(raw, what);
  if (fromVersion > current) {
    throw new SchemaError('future-version', msg('schema.futureVersion', { what, found: fromVersion, current }), fromVersion);
  }
  const applied: string[] = [];
  // Nothing to run: the document is returned as it is (no step, so nothing can change it), which
  // spares a whole copy of a large file.
  if (fromVersion === current) return { doc: raw as JsonObject, fromVersion, applied };
  // structuredClone recurses: a value that did not come through parseJsonText is checked first.
  assertNotTooDeep(raw, what);
  let doc = structuredClone(raw) as JsonObject;
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
  if (jsonTextTooDeep(body)) throw tooDeep(what);
  try {
    return JSON.parse(body);
  } catch {
    throw new SchemaError('not-json', msg('schema.notJson', { what }));
  }
}
