/**
 * The transitions list through the dispatcher (result checked against the contract), read from the
 * real ffmpeg: xfade names of the installed version, common ones first, no `custom`; and the
 * parser on that ffmpeg's own help text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMON_TRANSITIONS, parseXfadeTransitions } from '../../../core/video/transitions';
import { createBackend, type Backend } from '../backend';
import { callOn } from '../testing/backendTesting';
import { readTransitions } from './transitions';

let backend: Backend;

beforeEach(async () => {
  backend = await createBackend({ libraryDir: mkdtempSync(path.join(os.tmpdir(), 'affiche-transitions-')), transport: 'inprocess', validateResults: true });
});
afterEach(async () => {
  await backend.close();
});

describe('video.transitions', () => {
  it('lists the installed ffmpeg\'s xfade transitions, the common ones first, twice the same', async () => {
    const help = execFileSync('ffmpeg', ['-hide_banner', '-h', 'filter=xfade'], { encoding: 'utf8' });
    const installed = parseXfadeTransitions(help);
    // Debian's 5.1 has 46 (and `custom`, which takes expressions and is never offered).
    expect(installed.length).toBeGreaterThanOrEqual(40);
    const { transitions } = await callOn(backend, 'video.transitions', {});
    expect([...transitions].sort()).toEqual([...installed].sort());
    expect(transitions).not.toContain('custom');
    const common = COMMON_TRANSITIONS.filter((name) => installed.includes(name));
    expect(transitions.slice(0, common.length)).toEqual(common);
    expect(transitions).toContain('wipeleft');
    expect((await callOn(backend, 'video.transitions', {})).transitions).toEqual(transitions);
  });

  it('gives no transitions from a program that is no ffmpeg', async () => {
    await expect(readTransitions('/bin/false')).rejects.toThrow();
    await expect(readTransitions('/bin/echo')).resolves.toEqual([]);
  });
});
