/**
 * The one dispatcher (DESIGN.md §1). Every transport hands it a method name and raw arguments
 * from an untrusted caller; it validates both against core/api, runs the handler and turns every
 * failure into `{ ok: false, error: { code, message } }`. It never throws.
 */
import type { z } from 'zod';
import { isMethodName, methods, type ApiError, type CallOutcome, type MethodName, type Methods, type ResultOf } from '../../core/api';
import { describeZodError, SchemaError } from '../../core/schema';
import { isUserError } from './errors';

export type Handlers = { [M in MethodName]: (args: z.output<Methods[M]['args']>) => Promise<ResultOf<M>> };

export interface DispatcherOptions {
  /** Check results against the contract too (on in tests: a drift between handler and contract fails loudly). */
  validateResults?: boolean;
  /** Where internal errors are reported (stderr by default). */
  logError?: (method: string, error: unknown) => void;
}

export type Dispatch = (method: unknown, args: unknown) => Promise<CallOutcome<MethodName>>;

function errorOutcome(error: unknown, method: string, log: (method: string, error: unknown) => void): ApiError {
  if (isUserError(error)) return { code: error.code, message: error.message };
  if (error instanceof SchemaError) return { code: error.problem === 'future-version' ? 'read-only' : 'bad-file', message: error.message };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return { code: 'disk-full', message: 'The disk is full: nothing was saved. Free some space and try again.' };
  log(method, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Affiche (${method}): ${detail}` };
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const log = options.logError ?? ((method, error) => console.error(`[affiche] ${method} failed:`, error));
  return async (method, rawArgs) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown-method', message: `Unknown call: ${String(method).slice(0, 80)}` } };
    }
    const spec = methods[method];
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-args', message: `${method}: ${describeZodError(parsed.error)}` } };
    }
    try {
      const handler = handlers[method] as (args: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      if (options.validateResults) {
        const checked = spec.result.safeParse(result);
        if (!checked.success) throw new Error(`result does not match the contract (${describeZodError(checked.error)})`);
      }
      return { ok: true, result: result as ResultOf<typeof method> };
    } catch (error) {
      return { ok: false, error: errorOutcome(error, method, log) };
    }
  };
}
