import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from './httpBridge';

const answer = (result: unknown) => new Response(JSON.stringify({ ok: true, result }));

afterEach(() => vi.unstubAllGlobals());

describe('HTTP bridge and the calls early.ts sent', () => {
  it('takes an early answer once, for the same method and body only', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      fetched.push(`${url} ${String(init.body)}`);
      return answer({ language: 'en' });
    });
    vi.stubGlobal('window', {
      __afficheEarlyCalls: {
        'settings.get': { body: '{}', response: Promise.resolve(answer({ language: 'fr' })) },
        'designs.get': { body: '{"id":"abc"}', response: Promise.resolve(answer({ design: 'early' })) },
      },
    });
    const { api } = createHttpBridge();
    expect(await api['settings.get']({})).toEqual({ language: 'fr' });
    expect(fetched).toEqual([]);
    // Taken: the next call asks the server.
    expect(await api['settings.get']({})).toEqual({ language: 'en' });
    expect(fetched).toEqual(['/api/call/settings.get {}']);
    // Another design than the early one: asked for, and the early answer stays for its own call.
    await api['designs.get']({ id: 'other' });
    expect(fetched).toHaveLength(2);
    expect(await api['designs.get']({ id: 'abc' })).toEqual({ design: 'early' });
    expect(fetched).toHaveLength(2);
  });

  it('asks again when the early request failed', async () => {
    vi.stubGlobal('fetch', async () => answer({ language: 'en' }));
    vi.stubGlobal('window', { __afficheEarlyCalls: { 'settings.get': { body: '{}', response: Promise.reject(new TypeError('network')) } } });
    expect(await createHttpBridge().api['settings.get']({})).toEqual({ language: 'en' });
  });

  it('surfaces the server’s error from an early answer', async () => {
    vi.stubGlobal('fetch', async () => answer({}));
    const failed = new Response(JSON.stringify({ ok: false, error: { code: 'not-found', message: 'No design abc' } }));
    vi.stubGlobal('window', { __afficheEarlyCalls: { 'designs.get': { body: '{"id":"abc"}', response: Promise.resolve(failed) } } });
    await expect(createHttpBridge().api['designs.get']({ id: 'abc' })).rejects.toMatchObject({ code: 'not-found', message: 'No design abc' });
  });
});
