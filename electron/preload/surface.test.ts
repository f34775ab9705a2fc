import { describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES, type EventName, type MethodName } from '../../core/api/contract';
import { buildPreloadSurface, createEventHub, unwrapOutcome, type InvokeCall, type InvokeUpload } from './surface';
import { MENU_COMMANDS, isMenuCommand } from '../main/channels';

const SHA = 'b'.repeat(64);

function allPropertyNames(value: unknown, seen = new Set<unknown>(), prefix = ''): string[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return [];
  seen.add(value);
  const names: string[] = [];
  for (const key of Reflect.ownKeys(value as object)) {
    if (typeof value === 'function' && ['length', 'name', 'prototype'].includes(String(key))) continue;
    const name = prefix + String(key);
    names.push(name);
    names.push(...allPropertyNames((value as Record<PropertyKey, unknown>)[key as string], seen, `${name}.`));
  }
  return names;
}

function surface(invoke: InvokeCall = async () => ({ ok: true, result: {} }), upload: InvokeUpload = async () => undefined) {
  const hub = createEventHub();
  return { bridge: buildPreloadSurface(invoke, hub.subscribe, upload), hub };
}

describe('SEC-06 preload surface', () => {
  it('equals the reviewed list: transport, mediaUrl, one api function per method, one subscriber per event', () => {
    const { bridge } = surface();
    expect(Object.keys(bridge).sort()).toEqual(['api', 'events', 'mediaUrl', 'transport', 'uploads']);
    expect(Object.keys(bridge.uploads).sort()).toEqual(['abort', 'append', 'begin', 'finish']);
    expect(Object.keys(bridge.api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(bridge.events).sort()).toEqual([...EVENT_NAMES].sort());
    const expected = [
      'transport',
      'mediaUrl',
      'api',
      'events',
      ...METHOD_NAMES.map((m) => `api.${m}`),
      ...EVENT_NAMES.map((e) => `events.${e}`),
      'uploads',
      ...['abort', 'append', 'begin', 'finish'].map((u) => `uploads.${u}`),
    ].sort();
    expect(allPropertyNames(bridge).sort()).toEqual(expected);
    expect(bridge.transport).toBe('electron');
    for (const m of METHOD_NAMES) expect(typeof bridge.api[m]).toBe('function');
    for (const e of EVENT_NAMES) expect(typeof bridge.events[e]).toBe('function');
  });

  it('exposes nothing generic (no send / invoke / on / ipcRenderer) at any depth', () => {
    const { bridge } = surface();
    const forbidden = /(^|\.)(send|sendSync|invoke|on|once|off|emit|postMessage|ipcRenderer|ipc|require|process|electron|removeListener|removeAllListeners)$/i;
    expect(allPropertyNames(bridge).filter((name) => forbidden.test(name))).toEqual([]);
  });

  it('is frozen, so page scripts cannot add or swap functions', () => {
    const { bridge } = surface();
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.api)).toBe(true);
    expect(Object.isFrozen(bridge.events)).toBe(true);
  });

  it('has only contract names: the list itself is what core/api says', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(0);
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z][A-Za-z]*\.[A-Za-z]+$/);
    for (const name of EVENT_NAMES) expect(name).toMatch(/^[a-z][A-Za-z]*\.[A-Za-z]+$/);
  });
});

describe('api calls', () => {
  it('sends the method name and arguments, and unwraps a result', async () => {
    const invoke = vi.fn(async (_method: MethodName, _args: unknown) => ({ ok: true, result: { designs: [] } }));
    const { bridge } = surface(invoke);
    await expect(bridge.api['designs.list']({ trash: true })).resolves.toEqual({ designs: [] });
    expect(invoke).toHaveBeenCalledWith('designs.list', { trash: true });
  });

  it('sends {} when called without arguments', async () => {
    const invoke = vi.fn(async () => ({ ok: true, result: {} }));
    const { bridge } = surface(invoke);
    await (bridge.api['app.info'] as unknown as () => Promise<unknown>)();
    expect(invoke).toHaveBeenCalledWith('app.info', {});
  });

  it('passes arguments through untouched', async () => {
    const invoke = vi.fn(async () => ({ ok: true, result: {} }));
    const { bridge } = surface(invoke);
    const source = 'a'.repeat(32);
    await bridge.api['assets.import']({ fileName: 'a.png', source });
    expect((invoke.mock.calls[0] as unknown[])[1]).toEqual({ fileName: 'a.png', source });
  });

  it('sends uploads in steps, bytes untouched, and refuses answers of the wrong shape', async () => {
    const steps: unknown[][] = [];
    const { bridge } = surface(undefined, async (op, ...args) => {
      steps.push([op, ...args]);
      if (op === 'begin') return 'u1';
      if (op === 'finish') return { id: 'b'.repeat(32), bytes: 3 };
      return undefined;
    });
    const id = await bridge.uploads.begin('photo.jpg');
    await bridge.uploads.append(id, new Uint8Array([1, 2, 3]));
    expect(await bridge.uploads.finish(id)).toEqual({ id: 'b'.repeat(32), bytes: 3 });
    expect(steps).toEqual([['begin', 'photo.jpg'], ['append', 'u1', new Uint8Array([1, 2, 3])], ['finish', 'u1']]);
    await expect(bridge.uploads.append(id, 'not bytes' as never)).rejects.toThrow(/Uint8Array/);
    const broken = surface(undefined, async () => ({ nonsense: true }));
    await expect(broken.bridge.uploads.begin('x')).rejects.toMatchObject({ code: 'internal' });
  });

  it('rejects with the backend code and message as a plain object (an Error would lose its code crossing the bridge)', async () => {
    const { bridge } = surface(async () => ({ ok: false, error: { code: 'not-found', key: 'design.notFound', params: { id: 'abc' }, message: 'This design no longer exists.' } }));
    const error = await bridge.api['designs.get']({ id: 'abc' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AfficheCallError', code: 'not-found', key: 'design.notFound', params: { id: 'abc' }, message: 'This design no longer exists.' });
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
    expect(Object.keys(error as object).sort()).toEqual(['code', 'key', 'message', 'name', 'params', 'toString']);
    expect(String(error)).toBe('This design no longer exists.');
  });

  it('turns transport failures and unreadable answers into internal errors', async () => {
    const broken = surface(async () => {
      throw new Error('An object could not be cloned.');
    });
    await expect(broken.bridge.api['settings.get']({})).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('could not be cloned') });
    for (const answer of [undefined, null, 'ok', { ok: 'yes' }, { ok: false }, { ok: false, error: 'x' }]) {
      const s = surface(async () => answer);
      await expect(s.bridge.api['settings.get']({})).rejects.toMatchObject({ name: 'AfficheCallError', code: 'internal' });
    }
    expect(() => unwrapOutcome('x', { ok: false, error: { code: 'made-up', message: 'm' } })).toThrow();
    try {
      unwrapOutcome('x', { ok: false, error: { code: 'made-up', message: 'm' } });
    } catch (error) {
      expect(error).toMatchObject({ name: 'AfficheCallError', code: 'internal', message: 'm' });
    }
  });
});

describe('events', () => {
  const event = EVENT_NAMES[0] as EventName;

  it('delivers payloads to subscribers until they unsubscribe', () => {
    const { bridge, hub } = surface();
    const seen: unknown[] = [];
    const off = bridge.events[event]((payload) => seen.push(payload));
    hub.emit(event, { scope: 'designs' });
    off();
    hub.emit(event, { scope: 'assets' });
    expect(seen).toEqual([{ scope: 'designs' }]);
    expect(hub.listenerCount(event)).toBe(0);
  });

  it('keeps two subscriptions of the same function independent', () => {
    const { bridge, hub } = surface();
    let count = 0;
    const listener = () => count++;
    const offA = bridge.events[event](listener);
    bridge.events[event](listener);
    offA();
    hub.emit(event, {});
    expect(count).toBe(1);
  });

  it('drops unknown event names and survives a throwing listener', () => {
    const errors: unknown[] = [];
    const hub = createEventHub((error) => errors.push(error));
    const bridge = buildPreloadSurface(async () => ({ ok: true, result: {} }), hub.subscribe, async () => undefined);
    const seen: unknown[] = [];
    bridge.events[event](() => {
      throw new Error('listener bug');
    });
    bridge.events[event]((payload) => seen.push(payload));
    hub.emit('not.an.event', { x: 1 });
    hub.emit(42, {});
    hub.emit(event, { scope: 'settings' });
    expect(seen).toEqual([{ scope: 'settings' }]);
    expect(errors).toHaveLength(1);
  });

  it('refuses a subscription without a function', () => {
    const { bridge } = surface();
    expect(() => (bridge.events[event] as unknown as (x: unknown) => void)('nope')).toThrow(TypeError);
  });
});

describe('media URLs and menu commands', () => {
  it('builds asset:// URLs', () => {
    const { bridge } = surface();
    expect(bridge.mediaUrl('asset', SHA)).toBe(`asset://asset/${SHA}`);
    expect(bridge.mediaUrl('thumb', SHA, '7')).toBe(`asset://thumb/${SHA}?v=7`);
    expect(bridge.mediaUrl('design-thumb', 'd1')).toBe('asset://design-thumb/d1');
  });
  it('accepts only known menu commands', () => {
    expect(MENU_COMMANDS).toEqual(['new-design']);
    expect(isMenuCommand('new-design')).toBe(true);
    for (const bad of ['', 'eval', 'new-design ', null, 1, {}]) expect(isMenuCommand(bad)).toBe(false);
  });
});
