/**
 * What the parse worker does (./worker.ts): untrusted documents in, checked values or a refusal
 * out. Each task is a plain function of its input, so the same code runs in the worker and in a
 * test. Refusals travel as data (`TaskFailure`): the error classes are rebuilt on the other side
 * (./index.ts), with the same Message.
 */
import { resourceLimits } from 'node:worker_threads';
import type { FileSubject } from '../../../core/schema/migrate';
import { decodeUtf8, MAX_JSON_DEPTH, parseJsonText, SchemaError, type SchemaProblem } from '../../../core/schema/migrate';
import { parseDesign, type ParsedDesign } from '../../../core/schema/parseDesign';
import { parseLibrary, type ParsedLibrary } from '../../../core/schema/library';
import { errorDetail, msg, type Message } from '../../../core/messages';
import { checkManifest, type ManifestCheck } from '../library/archive/format';
import { MAX_SVG_DEPTH, sanitiseSvg, SvgRefused, type SanitisedSvg } from '../library/mediaImport/svg';

export type ParseTask =
  /** A design file's bytes (UTF-8 JSON): validated and migrated. */
  | { kind: 'design'; bytes: Uint8Array; what: FileSubject }
  /** A library.json's bytes (an archive's index). */
  | { kind: 'library'; bytes: Uint8Array; what: FileSubject }
  /** An archive's manifest.json. */
  | { kind: 'manifest'; bytes: Uint8Array; what: FileSubject }
  /** An SVG drawing's text, sanitised (../library/mediaImport/svg.ts). */
  | { kind: 'svg'; text: string };

export interface TaskResults {
  design: ParsedDesign;
  library: ParsedLibrary;
  manifest: ManifestCheck;
  svg: SanitisedSvg;
}

/** A refusal as data: which error it was and its Message. */
export type TaskFailure =
  | { kind: 'schema'; problem: SchemaProblem; detail: Message; foundVersion?: number }
  /** The document would need more of this thread's heap than it may use (`megabytes`: the heap). */
  | { kind: 'memory'; megabytes: number }
  | { kind: 'svg'; detail: Message }
  | { kind: 'internal'; message: string };

/** A document refused before parsing: what it would take is more than the thread's heap allows. */
export class HeapBudgetExceeded extends Error {
  constructor(readonly megabytes: number) {
    super(`parsing would need more than ${megabytes} MB`);
    this.name = 'HeapBudgetExceeded';
  }
}

/**
 * An upper bound of the heap JSON.parse needs for this text, in bytes, measured on V8 (Node 20):
 * at most ~70 bytes per object or array kept (an empty `{}` is the worst), ~16 per number or
 * short string, and the text's characters for string contents; doubled for what the parser holds
 * while it works and the copy the schema makes.
 */
export function jsonHeapEstimate(text: string): number {
  let containers = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) containers++;
    else if (c === 0x2c || c === 0x3a) values++;
  }
  return 2 * (containers * 72 + values * 24 + text.length * 2);
}

/**
 * JSON.parse allocates without ever stopping to check a heap limit: a thread that runs out of
 * heap inside it ends the whole process, not only the thread. So a text is parsed only when the
 * estimate fits in a third of the thread's heap (the text itself, the schema's copy and the
 * answer's copy take the rest); anything larger is refused as too big to read.
 */
function parseJsonWithin(bytes: Uint8Array, what: FileSubject): unknown {
  const heapMb = resourceLimits.maxOldGenerationSizeMb ?? 0;
  const text = decodeUtf8(bytes, what);
  if (heapMb > 0 && jsonHeapEstimate(text) > (heapMb * 1024 * 1024) / 3) throw new HeapBudgetExceeded(heapMb);
  return parseJsonText(text, what);
}

export function runTask(task: ParseTask): TaskResults[ParseTask['kind']] {
  switch (task.kind) {
    case 'design':
      return parseDesign(parseJsonWithin(task.bytes, task.what), task.what);
    case 'library':
      return parseLibrary(parseJsonWithin(task.bytes, task.what), task.what);
    case 'manifest':
      return checkManifest(parseJsonWithin(task.bytes, task.what));
    case 'svg':
      return sanitiseSvg(task.text);
  }
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Any error a task threw, as data. A stack overflow the checks missed still says "too deeply nested". */
export function failureOf(task: ParseTask, error: unknown): TaskFailure {
  if (error instanceof HeapBudgetExceeded) return { kind: 'memory', megabytes: error.megabytes };
  if (error instanceof SchemaError) return { kind: 'schema', problem: error.problem, detail: error.detail, ...(error.foundVersion !== undefined ? { foundVersion: error.foundVersion } : {}) };
  if (error instanceof SvgRefused) return { kind: 'svg', detail: error.detail };
  if (isStackOverflow(error)) {
    return task.kind === 'svg'
      ? { kind: 'svg', detail: msg('asset.svg.tooDeep', { max: MAX_SVG_DEPTH }) }
      : { kind: 'schema', problem: 'invalid', detail: msg('schema.tooDeeplyNested', { what: task.what, max: MAX_JSON_DEPTH }) };
  }
  const detail = errorDetail(error);
  if (detail) return { kind: 'schema', problem: 'invalid', detail };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
