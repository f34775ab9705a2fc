import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArgsOf, ResultOf } from '../../core/api';
import { createBackend, type Backend } from './backend';

let backend: Backend;

beforeEach(async () => {
  backend = await createBackend({ libraryDir: mkdtempSync(path.join(os.tmpdir(), 'affiche-panorama-')), transport: 'inprocess', validateResults: true });
});
afterEach(async () => {
  await backend.close();
});

const create = (args: ArgsOf<'designs.create'>) => backend.dispatch('designs.create', args);
const slide = { preset: 'instagram-carousel', width: 1080, height: 1350 };

describe('designs.create with a panorama', () => {
  it('makes the wide page from the slide format: a carousel that opens again as it was made', async () => {
    const outcome = await create({ name: 'Vue', format: slide, kind: 'still', panorama: { slides: 4, seamMargin: 40 } });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { design } = outcome.result as ResultOf<'designs.create'>;
    expect(design.kind).toBe('carousel');
    expect(design.format).toEqual({ preset: null, width: 4320, height: 1350 });
    expect(design.panorama).toEqual({ slides: 4, slide, seamMargin: 40 });
    const opened = await backend.dispatch('designs.get', { id: design.id });
    expect(opened.ok && (opened.result as ResultOf<'designs.get'>).design.panorama).toEqual(design.panorama);
  });

  it('refuses a page wider than a panorama may be, saying so', async () => {
    const outcome = await create({ name: 'Trop large', format: { preset: null, width: 2000, height: 1000 }, panorama: { slides: 20, seamMargin: 0 } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'invalid-args', key: 'panorama.refuseTooWide' });
    expect(!outcome.ok && outcome.error.message).toBe('20 slides 2000 px wide make a page 40,000 px wide; a panorama is at most 28,800 px wide.');
  });
});
