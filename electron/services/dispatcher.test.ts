import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { METHOD_NAMES } from '../../core/api';
import { createDispatcher, type Handlers } from './dispatcher';
import { UserError } from './errors';
import { SchemaError } from '../../core/schema';
import { msg } from '../../core/messages';

/** Handlers that answer without a library: the dispatcher's job is the checking around them. */
function stubHandlers(overrides: Partial<Record<string, (args: unknown) => Promise<unknown>>> = {}): Handlers {
  const handlers: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) handlers[name] = async () => ({});
  handlers['settings.get'] = async () => ({ language: 'system' });
  return { ...handlers, ...overrides } as unknown as Handlers;
}

describe('dispatcher', () => {
  it('runs a valid call and returns its result', async () => {
    const dispatch = createDispatcher(stubHandlers(), { validateResults: true });
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, result: { language: 'system' } });
  });

  it('refuses unknown methods, including prototype names', async () => {
    const dispatch = createDispatcher(stubHandlers());
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42, null]) {
      const outcome = await dispatch(name, {});
      expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('refuses invalid arguments with the field name', async () => {
    const dispatch = createDispatcher(stubHandlers());
    const outcome = await dispatch('designs.rename', { id: '../etc', name: 'x' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(!outcome.ok && outcome.error.message).toContain('id');
  });

  it('maps user errors, schema errors, disk full and crashes to codes', async () => {
    const log: unknown[] = [];
    const dispatch = createDispatcher(
      stubHandlers({
        'designs.get': async () => {
          throw new UserError('not-found', msg('design.notFound'));
        },
        'designs.delete': async () => {
          throw new SchemaError('future-version', msg('schema.futureVersion', { what: 'design.json', found: 3, current: 2 }), 3);
        },
        'designs.emptyTrash': async () => {
          throw Object.assign(new Error('write failed'), { code: 'ENOSPC' });
        },
        'designs.list': async () => {
          throw new TypeError('boom');
        },
      }),
      { logError: (_m, e) => log.push(e) },
    );
    expect(await dispatch('designs.get', { id: 'x' })).toEqual({ ok: false, error: { code: 'not-found', key: 'design.notFound', message: 'This design does not exist (it may have been deleted).' } });
    expect(await dispatch('designs.delete', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await dispatch('designs.emptyTrash', {})).toMatchObject({ ok: false, error: { code: 'disk-full', key: 'disk.full' } });
    expect(await dispatch('designs.list', {})).toMatchObject({ ok: false, error: { code: 'internal', key: 'call.internal', params: { method: 'designs.list', detail: 'boom' }, message: expect.stringContaining('boom') } });
    expect(log).toHaveLength(1);
  });

  it('catches a handler whose result drifts from the contract', async () => {
    const dispatch = createDispatcher(stubHandlers({ 'settings.get': async () => ({ language: 'klingon' }) }), {
      validateResults: true,
      logError: () => undefined,
    });
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('checks the user-format calls against the contract before any handler runs', async () => {
    let calls = 0;
    const dispatch = createDispatcher(
      stubHandlers({
        'formats.save': async () => {
          calls++;
          return { format: { id: 'f1', name: 'A', width: 1, height: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' } };
        },
        'formats.list': async () => ({ formats: [] }),
      }),
      { validateResults: true },
    );
    for (const args of [
      {},
      { name: '', width: 1, height: 1 },
      { name: 'A', width: '1', height: 1 },
      { name: 'A', width: 1.5, height: 1 },
      { name: 'A', width: 1, height: 1, id: '../x' },
      { name: 'A', width: 1, height: 1, limits: { maxBytes: -1 } },
      { name: 'A', width: 1, height: 1, limits: { types: ['text/html'] } },
      { name: 'A', width: 1, height: 1, limits: { note: 'x'.repeat(501) } },
      { name: 'x'.repeat(81), width: 1, height: 1 },
    ]) {
      expect(await dispatch('formats.save', args)).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    }
    expect(await dispatch('formats.delete', { id: '__proto__/..' })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(calls).toBe(0);
    expect(await dispatch('formats.save', { name: 'A', width: 1, height: 1 })).toMatchObject({ ok: true });
    expect(await dispatch('formats.list', {})).toEqual({ ok: true, result: { formats: [] } });
  });

  it('SEC-05: 10,000 fuzzed calls are all answered cleanly, never thrown', async () => {
    let handlerCalls = 0;
    const dispatch = createDispatcher(
      stubHandlers(Object.fromEntries(METHOD_NAMES.map((m) => [m, async () => { handlerCalls++; return {}; }]))),
      { logError: () => undefined },
    );
    const method = fc.oneof(fc.constantFrom(...METHOD_NAMES), fc.string(), fc.constantFrom('__proto__', 'constructor'));
    await fc.assert(
      fc.asyncProperty(method, fc.anything(), async (name, args) => {
        const outcome = await dispatch(name, args);
        expect(typeof outcome.ok).toBe('boolean');
        if (!outcome.ok) expect(outcome.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
    expect(handlerCalls).toBeGreaterThan(0);
  });

  it('refuses arguments nested a million deep, or in a cycle, as too deeply nested: no stack overflow, no internal error', async () => {
    const log: unknown[] = [];
    let saved = 0;
    const dispatch = createDispatcher(stubHandlers({ 'designs.save': async () => ((saved += 1), { updatedAt: new Date().toISOString() }) }), { logError: (_m, e) => log.push(e) });
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 1e6; i++) at = at.a = {} as Record<string, unknown>;
    const cyclic: Record<string, unknown> = { schemaVersion: 4 };
    cyclic.pages = [cyclic];
    for (const design of [deep, cyclic, { schemaVersion: 4, pages: [{ elements: [deep] }] }]) {
      const outcome = await dispatch('designs.save', { design });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-args', key: 'schema.tooDeeplyNested' } });
      expect(!outcome.ok && outcome.error.message).toBe('The call designs.save is too deeply nested (more than 100 levels)');
    }
    expect(saved).toBe(0);
    expect(log).toEqual([]);
  });
});
