/**
 * The music lane's waveform (`assets.waveform`) through the dispatcher, on a real sound made by
 * ffmpeg's lavfi: one second of silence, then one second of a 440 Hz tone at half amplitude.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage, type Message } from '../../../core/messages';
import { createBackend, type Backend } from '../backend';
import { callOn, staged } from '../testing/backendTesting';
import { locateTools } from '../library/mediaImport/probe';
import { bucketPeaks } from './waveform';

const tools = locateTools();
let dir: string;
let backend: Backend;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affiche-waveform-'));
  backend = await createBackend({ libraryDir: path.join(dir, 'library'), transport: 'inprocess', validateResults: true });
}, 60_000);
afterAll(async () => {
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('bucketPeaks', () => {
  it('property: each bucket holds the loudest sample of its slice, in 0..1', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -2, max: 2, noNaN: true }), { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (values, buckets) => {
        const peaks = bucketPeaks(Float32Array.from(values), buckets);
        expect(peaks).toHaveLength(buckets);
        for (const p of peaks) expect(p >= 0 && p <= 1).toBe(true);
        const loudest = Math.min(1, Math.max(0, ...values.map((v) => Math.abs(Math.fround(v)))));
        expect(Math.max(0, ...peaks)).toBe(loudest);
      }),
    );
  });
});

describe.skipIf(!tools.ffmpeg)('assets.waveform (real ffmpeg)', () => {
  it('silence then a tone: low peaks for the first second, about 0.5 for the second; cached', async () => {
    const file = path.join(dir, 'tone.wav');
    execFileSync(tools.ffmpeg!, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'aevalsrc=if(gte(t\\,1)\\,0.5*sin(2*PI*440*t)\\,0):s=44100:d=2', file], { timeout: 30_000 });
    const { asset } = await callOn(backend, 'assets.import', await staged(backend, 'tone.wav', new Uint8Array(fs.readFileSync(file))));
    expect(asset.kind).toBe('audio');
    const { peaks, durationMs } = await callOn(backend, 'assets.waveform', { assetId: asset.id, buckets: 20 });
    expect(peaks).toHaveLength(20);
    expect(Math.abs(durationMs - 2000)).toBeLessThanOrEqual(50);
    for (const p of peaks.slice(0, 9)) expect(p).toBeLessThan(0.01);
    for (const p of peaks.slice(11)) expect(p).toBeGreaterThan(0.45), expect(p).toBeLessThan(0.55);
    // The same asset and bucket count again: the same answer (from the cache).
    expect(await callOn(backend, 'assets.waveform', { assetId: asset.id, buckets: 20 })).toEqual({ peaks, durationMs });
  }, 60_000);

  it('refuses a picture (no sound) and an unknown asset, in English and French', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const { asset } = await callOn(backend, 'assets.import', await staged(backend, 'red.png', new Uint8Array(png)));
    const picture = await backend.dispatch('assets.waveform', { assetId: asset.id, buckets: 10 });
    expect(picture.ok).toBe(false);
    if (picture.ok) return;
    expect(picture.error.code).toBe('invalid-args');
    expect(picture.error.message).toBe('"red.png" has no sound stream');
    expect(formatMessage({ key: picture.error.key, params: picture.error.params } as Message, 'fr')).toBe('«\u00a0red.png\u00a0» n’a pas de piste audio');
    const unknown = await backend.dispatch('assets.waveform', { assetId: 'f'.repeat(64), buckets: 10 });
    expect(!unknown.ok && unknown.error.code).toBe('not-found');
  });
});
