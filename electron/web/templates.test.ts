/** The template calls over browser mode's HTTP answer as they do in process (electron/services/templatesApi.test.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire, type ResultOf } from '../../core/api';
import { createBackend, type Backend } from '../services/backend';
import { TEST_BANK } from '../services/testing/templates';
import { startWebServer } from './server';
import { request } from './testRequest';

let backend: Backend;
beforeEach(async () => {
  backend = await createBackend({ libraryDir: mkdtempSync(path.join(os.tmpdir(), 'affiche-templates-web-')), transport: 'web', validateResults: true, bank: TEST_BANK });
});
afterEach(async () => {
  await backend.close();
});

describe('templates over HTTP', () => {
  it('answers the same over browser mode’s HTTP', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-templates-renderer-'));
    mkdirSync(path.join(tmp, 'renderer'));
    writeFileSync(path.join(tmp, 'renderer', 'index.html'), '<!doctype html><title>Affiche</title>');
    const server = await startWebServer({ backend, rendererDir: path.join(tmp, 'renderer'), token: 'templates-token-1' });
    try {
      const headers = { 'X-Affiche-Token': 'templates-token-1', 'Content-Type': 'application/json' };
      const reply = await request(server, '/api/call/templates.list', { method: 'POST', headers, body: encodeWire({ language: 'fr', boxes: 3 }) });
      expect(reply.status).toBe(200);
      const body = decodeWire(reply.body.toString()) as { ok: true; result: ResultOf<'templates.list'> };
      expect(body.result.templates.map((t) => [t.id, t.name])).toEqual([['bank:test-classic', 'Classique d’essai']]);
      const refused = await request(server, '/api/call/templates.update', { method: 'POST', headers, body: encodeWire({ id: 'bank:test-classic', language: 'fr', name: 'x' }) });
      expect(decodeWire(refused.body.toString())).toMatchObject({ ok: false, error: { code: 'read-only', key: 'template.bankReadOnly' } });
    } finally {
      await server.close();
    }
  });
});
