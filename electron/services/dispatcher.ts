/**
 * The one dispatcher (docs/architecture.md, "The contract"). Every transport hands it a method
 * name and raw arguments from an untrusted caller; it validates both against core/api, runs the
 * handler and turns every failure into `{ ok: false, error }` with a message key (core/messages).
 * It never throws, whatever the handler or the arguments do.
 */
import type { z } from 'zod';
import { isMethodName, methods, type ApiError, type CallOutcome, type MethodName, type Methods, type ResultOf } from '../../core/api';
import { describeZodError, MAX_JSON_DEPTH, SchemaError, valueTooDeep } from '../../core/schema';
import { formatMessage, msg, type Message } from '../../core/messages';
import { isUserError } from './errors';

export type Handlers = { [M in MethodName]: (args: z.output<Methods[M]['args']>) => Promise<ResultOf<M>> };

export interface DispatcherOptions {
  /** Check results against the contract too (on in tests: a drift between handler and contract fails loudly). */
  validateResults?: boolean;
  /** Where internal errors are reported (stderr by default). */
  logError?: (method: string, error: unknown) => void;
}

export type Dispatch = (method: unknown, args: unknown) => Promise<CallOutcome<MethodName>>;

/** The wire form of a failure: its code, its message key and parameters, and the English text. */
export function apiError(code: ApiError['code'], message: Message): ApiError {
  return { code, key: message.key, ...(message.params ? { params: message.params } : {}), message: formatMessage(message, 'en') };
}

/**
 * File-system failures the user can act on (a full disk, a folder they may not write to, a path
 * through a file), with the path when the error names one: the kind of failure and the message.
 */
function fileSystemError(error: NodeJS.ErrnoException): ApiError | null {
  const where = typeof error.path === 'string' ? error.path : null;
  switch (error.code) {
    case 'ENOSPC':
      return apiError('disk-full', where ? msg('file.diskFull', { path: where }) : msg('disk.full'));
    case 'EROFS':
      return apiError('forbidden', where ? msg('file.readOnly', { path: where }) : msg('disk.readOnly'));
    case 'EACCES':
    case 'EPERM':
      return apiError('forbidden', where ? msg('file.denied', { path: where }) : msg('disk.denied'));
    case 'ENOENT':
      return where ? apiError('not-found', msg('file.notFound', { path: where })) : null;
    case 'ENOTDIR':
      return where ? apiError('bad-file', msg('file.notAFolder', { path: where })) : null;
    case 'EISDIR':
      return where ? apiError('bad-file', msg('file.isAFolder', { path: where })) : null;
    case 'EEXIST':
      return where ? apiError('bad-file', msg('file.exists', { path: where })) : null;
    default:
      return null;
  }
}

/** Any failure as an ApiError; what is not the user's to fix is logged and reported as internal. */
export function errorOutcome(error: unknown, method: string, log: (method: string, error: unknown) => void): ApiError {
  try {
    if (isUserError(error)) return apiError(error.code, error.detail);
    if (error instanceof SchemaError) return apiError(error.problem === 'future-version' ? 'read-only' : 'bad-file', error.detail);
    const fromFiles = error instanceof Error ? fileSystemError(error as NodeJS.ErrnoException) : null;
    if (fromFiles) return fromFiles;
    log(method, error);
    const detail = error instanceof Error ? error.message : String(error);
    return apiError('internal', msg('call.internal', { method, detail: detail.slice(0, 500) }));
  } catch {
    // A hostile error object (a throwing getter, a proxy): still an answer.
    return apiError('internal', msg('call.internal', { method, detail: 'unreadable error' }));
  }
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const log = options.logError ?? ((method, error) => console.error(`[affiche] ${method} failed:`, error));
  return async (method, rawArgs) => {
    try {
      if (!isMethodName(method)) {
        return { ok: false, error: apiError('unknown-method', msg('call.unknownMethod', { method: String(method).slice(0, 80) })) };
      }
      const spec = methods[method];
      // zod recurses: arguments nested past any real call's depth are refused before it sees them
      // (a million-deep design would overflow the stack; Electron's structured clone also carries cycles).
      if (valueTooDeep(rawArgs)) {
        return { ok: false, error: apiError('invalid-args', msg('schema.tooDeeplyNested', { what: msg('schema.subject.callArgs', { method }), max: MAX_JSON_DEPTH })) };
      }
      const parsed = spec.args.safeParse(rawArgs ?? {});
      if (!parsed.success) {
        return { ok: false, error: apiError('invalid-args', msg('call.invalidArgs', { method, detail: describeZodError(parsed.error) })) };
      }
      const handler = handlers[method] as (args: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      if (options.validateResults) {
        const checked = spec.result.safeParse(result);
        if (!checked.success) throw new Error(`result does not match the contract (${describeZodError(checked.error)})`);
      }
      return { ok: true, result: result as ResultOf<typeof method> };
    } catch (error) {
      return { ok: false, error: errorOutcome(error, typeof method === 'string' ? method : '?', log) };
    }
  };
}
