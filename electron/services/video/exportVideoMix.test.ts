/**
 * The video export with its sound and its captions: the soundtrack from the library brought to
 * the loudness target in the MP4 itself, a soundtrack missing or not a sound refused by name, and
 * captions burned into the frames during their cue only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { createPage } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema';
import { createBackend, type Backend } from '../backend';
import { callOn, runJobOn, staged, stageTarget } from '../testing/backendTesting';
import { ebur128, expectUploadSafeMp4, frameAt } from './mp4Testing';

let dir: string;
let backend: Backend;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-video-mix-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterAll(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const SIZE = { width: 270, height: 480 };

/** A sound made by lavfi, imported into the library as a user drops it. */
async function importSound(name: string, source: string): Promise<string> {
  const file = path.join(dir, name);
  execFileSync('ffmpeg', ['-hide_banner', '-nostdin', '-y', '-v', 'error', '-f', 'lavfi', '-i', source, file]);
  const { asset } = await callOn(backend, 'assets.import', await staged(backend, name, readFileSync(file)));
  expect(asset.kind).toBe('audio');
  return asset.id;
}

async function videoDesign(name: string, extra: Partial<Design>): Promise<Design> {
  const { design } = await callOn(backend, 'designs.create', { name, kind: 'video', format: { preset: null, ...SIZE } });
  design.pages = [{ ...createPage(), background: { fill: '#1b3a5c' }, elements: [], durationMs: 4000 }];
  Object.assign(design, extra);
  await callOn(backend, 'designs.save', { design });
  return design;
}

async function exportMp4(design: Design) {
  const target = stageTarget(backend, 'out.mp4');
  const outcome = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: target.id });
  return { ...outcome, file: target.path };
}

describe('video export: sound and captions', () => {
  it('the soundtrack from the library is in the MP4 at -14 LUFS within 1 LU and under -1 dBTP, as long as the picture', async () => {
    // A quiet tone (lavfi's sine is at 1/8 full scale: about -27 LUFS here): the export must bring it up 13 dB.
    const assetId = await importSound('quiet.wav', 'sine=frequency=440:sample_rate=44100:duration=6,volume=0.5');
    expect(ebur128(path.join(dir, 'quiet.wav')).lufs).toBeLessThan(-24);
    const design = await videoDesign('Musique', { audio: { assetId, volume: 1, startMs: 0, fadeInMs: 500, fadeOutMs: 500 } });
    const { file } = await exportMp4(design);
    expectUploadSafeMp4(file, { ...SIZE, fps: 30, durationMs: 4000 }, readFileSync(file));
    const { lufs, truePeak } = ebur128(file);
    expect(Math.abs(lufs - -14)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThanOrEqual(-0.5);
  });

  it('a soundtrack missing from the library, or a picture set as the soundtrack, is refused by name in both languages, and nothing is written', async () => {
    const picture = (await callOn(backend, 'assets.import', await staged(backend, 'photo.png', execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=red:s=8x8', '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-'])))).asset;
    const cases = [
      { assetId: 'f'.repeat(64), key: 'soundtrack.missing' },
      { assetId: picture.id, key: 'soundtrack.notSound' },
    ];
    for (const { assetId, key } of cases) {
      const design = await videoDesign('Sans musique', { audio: { assetId, volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0 } });
      const target = stageTarget(backend, 'refused.mp4');
      const error = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: target.id }).then(
        () => null,
        (e: { detail?: Parameters<typeof formatMessage>[0] }) => e,
      );
      expect(error?.detail?.key).toBe(key);
      expect(formatMessage(error!.detail!, 'en')).toMatch(/sound/i);
      expect(formatMessage(error!.detail!, 'fr')).toMatch(/son|musique/i);
      expect(readdirSync(path.dirname(target.path))).toEqual([]);
    }
  });

  it('captions are burned into the frames during their cue only, inside the picture', async () => {
    const design = await videoDesign('Sous-titres', {
      captions: { cues: [{ id: 'c1', startMs: 1000, endMs: 2500, text: 'Bonjour à tous' }], burnIn: true, preset: 'box', position: 'bottom', fontFamily: 'Inter', fontSize: 28, color: '#FFFFFF', accent: '#E61E28' },
    });
    const { file } = await exportMp4(design);
    const before = frameAt(file, 0.5, SIZE);
    const during = frameAt(file, 1.8, SIZE);
    const after = frameAt(file, 3.2, SIZE);
    /** Pixels of the bottom half far from the background's colour. */
    const inked = (rgb: Buffer) => {
      let n = 0;
      for (let y = SIZE.height / 2; y < SIZE.height; y++) {
        for (let x = 0; x < SIZE.width; x++) {
          const i = (y * SIZE.width + x) * 3;
          if (Math.abs(rgb[i] - 0x1b) + Math.abs(rgb[i + 1] - 0x3a) + Math.abs(rgb[i + 2] - 0x5c) > 90) n++;
        }
      }
      return n;
    };
    expect(inked(before)).toBe(0);
    expect(inked(after)).toBe(0);
    // The red box behind the words and the white words.
    expect(inked(during)).toBeGreaterThan(2000);
  });
});
