/**
 * Untrusted documents, read off the thread that answers calls (docs/architecture.md, "Data"):
 * `offLoop.design(bytes, what)`, `.library`, `.manifest`, `.svg(text)`. Each resolves to what
 * the synchronous reader would return and refuses with the error it would throw (SchemaError,
 * SvgRefused), with the same Message; on top, a document that takes too long or too much memory to
 * read is refused saying so (`parse.*` messages), and the thread that read it is ended.
 */
import type { ParsedDesign } from '../../../core/schema/parseDesign';
import type { ParsedLibrary } from '../../../core/schema/library';
import { SchemaError, type FileSubject } from '../../../core/schema/migrate';
import { msg, type Message } from '../../../core/messages';
import type { ManifestCheck } from '../library/archive/format';
import { SvgRefused, type SanitisedSvg } from '../library/mediaImport/svg';
import { ParseAborted, ParsePool, ParseRefused, type PoolOptions } from './pool';
import type { ParseTask, TaskResults } from './tasks';

type DocumentTask = Exclude<ParseTask, { kind: 'svg' }>;

export { ParsePool, type PoolOptions } from './pool';

/** Time limits. Generous for the largest real document (a 64 MB design, a 5 MB SVG) on a busy laptop. */
export const PARSE_LIMITS = {
  documentMs: 30_000,
  svgMs: 15_000,
} as const;

export interface ParseOptions {
  /** Replaces the time limit (tests). */
  timeoutMs?: number;
}

const seconds = (ms: number) => ms / 1000;
const causeText = (error: ParseAborted) => (error.cause instanceof Error ? error.cause.message : String(error.cause));

/** Why the reading stopped, as the end of a sentence (an SVG refusal's `why`). */
function whyAborted(error: ParseAborted): Message {
  switch (error.reason) {
    case 'timeout':
      return msg('parse.why.timeout', { seconds: seconds(error.limit) });
    case 'memory':
      return msg('parse.why.memory', { megabytes: error.limit });
    case 'crash':
      return msg('parse.why.crashed', { detail: causeText(error) });
  }
}

function documentAborted(error: ParseAborted, what: FileSubject): Message {
  switch (error.reason) {
    case 'timeout':
      return msg('parse.timeout', { what, seconds: seconds(error.limit) });
    case 'memory':
      return msg('parse.memory', { what, megabytes: error.limit });
    case 'crash':
      return msg('parse.crashed', { what, detail: causeText(error) });
  }
}

export class OffLoopParser {
  constructor(private readonly pool: ParsePool) {}

  private async document<K extends DocumentTask['kind']>(task: DocumentTask & { kind: K }, options: ParseOptions): Promise<TaskResults[K]> {
    try {
      return (await this.pool.run(task, options.timeoutMs ?? PARSE_LIMITS.documentMs)) as TaskResults[K];
    } catch (error) {
      if (error instanceof ParseAborted) throw new SchemaError('invalid', documentAborted(error, task.what));
      if (error instanceof ParseRefused) {
        const failure = error.failure;
        if (failure.kind === 'schema') throw new SchemaError(failure.problem, failure.detail, failure.foundVersion);
        if (failure.kind === 'memory') throw new SchemaError('invalid', msg('parse.memory', { what: task.what, megabytes: failure.megabytes }));
        if (failure.kind === 'svg') throw new SchemaError('invalid', failure.detail);
        throw new Error(failure.message);
      }
      throw error;
    }
  }

  /** A design file's bytes: validated and migrated (core/schema/parseDesign.ts). */
  design(bytes: Uint8Array, what: FileSubject, options: ParseOptions = {}): Promise<ParsedDesign> {
    return this.document({ kind: 'design', bytes, what }, options);
  }

  /** A library.json's bytes (an archive's index): validated and migrated (core/schema/library.ts). */
  library(bytes: Uint8Array, what: FileSubject, options: ParseOptions = {}): Promise<ParsedLibrary> {
    return this.document({ kind: 'library', bytes, what }, options);
  }

  /** An archive's manifest.json (../library/archive/format.ts). */
  manifest(bytes: Uint8Array, what: FileSubject, options: ParseOptions = {}): Promise<ManifestCheck> {
    return this.document({ kind: 'manifest', bytes, what }, options);
  }

  /** An SVG's text, sanitised (../library/mediaImport/svg.ts); refusals are SvgRefused. */
  async svg(text: string, options: ParseOptions = {}): Promise<SanitisedSvg> {
    try {
      return (await this.pool.run({ kind: 'svg', text }, options.timeoutMs ?? PARSE_LIMITS.svgMs)) as SanitisedSvg;
    } catch (error) {
      if (error instanceof ParseAborted) throw new SvgRefused(whyAborted(error));
      if (error instanceof ParseRefused) {
        const failure = error.failure;
        if (failure.kind === 'internal') throw new Error(failure.message);
        if (failure.kind === 'memory') throw new SvgRefused(msg('parse.why.memory', { megabytes: failure.megabytes }));
        throw new SvgRefused(failure.detail);
      }
      throw error;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** The app's parser: two threads at most, made when first needed. */
export const offLoop = new OffLoopParser(new ParsePool());

/** A parser of its own (tests: smaller heaps, shorter limits). */
export function createOffLoopParser(options: Partial<PoolOptions> = {}): OffLoopParser {
  return new OffLoopParser(new ParsePool(options));
}
