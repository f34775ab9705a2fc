import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLine, ffmpegArgsPrefix, ffmpegInputArgs, shellQuote } from './args';
import { ffmpegCandidates, findOnPath, locateFfmpeg, locateFfprobe, unpackedAsarPath, whyNotExecutable } from './locate';
import { SELF_CHECK_ARGS, checkFfmpeg, parseFfmpegVersion, selfCheck } from './selfCheck';

/** The real ffmpeg (Debian's /usr/bin/ffmpeg on the build machines). */
const REAL_FFMPEG = findOnPath('ffmpeg');
const REAL_DIR = REAL_FFMPEG ? path.dirname(REAL_FFMPEG) : '/usr/bin';

let tmp: string;
const file = (name: string) => path.join(tmp, name);
function script(name: string, body: string, mode = 0o755): string {
  const target = file(name);
  writeFileSync(target, `#!/bin/sh\n${body}\n`);
  chmodSync(target, mode);
  return target;
}

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'affiche-ffmpeg-')));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('arguments', () => {
  it('always whitelists only file and pipe', () => {
    expect(ffmpegArgsPrefix()).toEqual(['-protocol_whitelist', 'file,pipe']);
    expect(ffmpegInputArgs('/a b.mp4', ['-ss', '1'])).toEqual(['-protocol_whitelist', 'file,pipe', '-ss', '1', '-i', '/a b.mp4']);
    expect(SELF_CHECK_ARGS.slice(0, 4)).toEqual(['-hide_banner', '-nostdin', '-protocol_whitelist', 'file,pipe']);
  });
  it('logs command lines a user can paste into a shell', () => {
    expect(shellQuote('plain-arg_1.mp4')).toBe('plain-arg_1.mp4');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe("''");
    expect(commandLine('/usr/bin/ffmpeg', ['-i', 'my file;rm -rf ~.mp4'])).toBe("/usr/bin/ffmpeg -i 'my file;rm -rf ~.mp4'");
  });
  it('keeps the quoting exact for hostile names (round trip through sh)', () => {
    const nasty = [`a'b`, 'a b', '$(id)', '`id`', '-leading', 'tab\there', 'new\nline', 'émoji 🎬', '%;:"'];
    const out = spawnSync('/bin/sh', ['-c', `printf '%s\\0' ${nasty.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
    expect(out.stdout.split('\0').slice(0, -1)).toEqual(nasty);
  });
});

describe('locating ffmpeg', () => {
  it('finds the real ffmpeg on PATH', () => {
    expect(REAL_FFMPEG, 'these tests need ffmpeg on PATH (Debian: apt install ffmpeg)').toBeTruthy();
    const location = locateFfmpeg({ env: { PATH: REAL_DIR }, staticPath: null });
    expect(location.found).toEqual({ source: 'PATH', path: path.join(REAL_DIR, 'ffmpeg') });
    expect(location.skipped.map((s) => s.source)).toEqual(['setting', 'FFMPEG_PATH', 'ffmpeg-static']);
  });

  it('falls through a FFMPEG_PATH that does not exist, recording why', () => {
    const missing = file('nope/ffmpeg');
    const location = locateFfmpeg({ env: { PATH: REAL_DIR, FFMPEG_PATH: missing }, staticPath: null });
    expect(location.found?.source).toBe('PATH');
    expect(location.skipped).toContainEqual({ source: 'FFMPEG_PATH', path: missing, reason: `there is no file at ${missing}` });
  });

  it('follows the documented order: setting, FFMPEG_PATH, ffmpeg-static, PATH', () => {
    const fromSetting = script('setting-ffmpeg', 'exit 0');
    const fromEnv = script('env-ffmpeg', 'exit 0');
    const fromStatic = script('static-ffmpeg', 'exit 0');
    const env = { PATH: REAL_DIR, FFMPEG_PATH: fromEnv };
    expect(locateFfmpeg({ userSetting: fromSetting, env, staticPath: fromStatic }).found).toEqual({ source: 'setting', path: fromSetting });
    expect(locateFfmpeg({ userSetting: '  ', env, staticPath: fromStatic }).found).toEqual({ source: 'FFMPEG_PATH', path: fromEnv });
    expect(locateFfmpeg({ env: { PATH: REAL_DIR }, staticPath: fromStatic }).found).toEqual({ source: 'ffmpeg-static', path: fromStatic });
    const candidates = ffmpegCandidates({ userSetting: fromSetting, env, staticPath: fromStatic });
    expect(candidates.map((c) => c.source)).toEqual(['setting', 'FFMPEG_PATH', 'ffmpeg-static', 'PATH']);
  });

  it("skips ffmpeg-static's path when its binary was never downloaded", () => {
    const location = locateFfmpeg({ env: { PATH: REAL_DIR }, staticPath: file('node_modules/ffmpeg-static/ffmpeg') });
    expect(location.found?.source).toBe('PATH');
    expect(location.skipped.find((s) => s.source === 'ffmpeg-static')?.reason).toMatch(/there is no file at/);
  });

  it('says why a file cannot be run', () => {
    const notExecutable = script('plain-file', 'exit 0', 0o644);
    mkdirSync(file('a-folder'), { recursive: true });
    expect(whyNotExecutable(notExecutable)).toMatch(/is not executable \(run: chmod \+x/);
    expect(whyNotExecutable(file('a-folder'))).toMatch(/is a folder/);
    expect(whyNotExecutable(file('missing'))).toMatch(/there is no file at/);
    if (REAL_FFMPEG) expect(whyNotExecutable(REAL_FFMPEG)).toBeNull();
  });

  it('searches PATH like a shell, ignoring empty and relative entries', () => {
    const dir = file('bin');
    mkdirSync(dir, { recursive: true });
    script('bin/ffmpeg', 'exit 0');
    expect(findOnPath('ffmpeg', { PATH: `:relative:${dir}` })).toBe(path.join(dir, 'ffmpeg'));
    expect(findOnPath('ffmpeg', { PATH: '' })).toBeNull();
    expect(findOnPath('ffmpeg', {})).toBeNull();
  });

  it('reports every place it looked when nothing is found', () => {
    const location = locateFfmpeg({ env: { PATH: '' }, staticPath: null });
    expect(location.found).toBeNull();
    expect(location.skipped.map((s) => s.reason)).toEqual([
      'no ffmpeg path is set in Settings',
      'FFMPEG_PATH is not set',
      'ffmpeg-static has no binary for this platform (or is not installed)',
      'no executable named ffmpeg on PATH',
    ]);
  });

  it('runs ffmpeg-static from app.asar.unpacked in a packaged app', () => {
    expect(unpackedAsarPath('/opt/Affiche/resources/app.asar/node_modules/ffmpeg-static/ffmpeg')).toBe(
      '/opt/Affiche/resources/app.asar.unpacked/node_modules/ffmpeg-static/ffmpeg',
    );
    expect(unpackedAsarPath('C:\\Affiche\\resources\\app.asar\\node_modules\\ffmpeg-static\\ffmpeg.exe')).toBe(
      'C:\\Affiche\\resources\\app.asar.unpacked\\node_modules\\ffmpeg-static\\ffmpeg.exe',
    );
    expect(unpackedAsarPath('/usr/bin/ffmpeg')).toBe('/usr/bin/ffmpeg');
  });

  it('finds ffprobe next to ffmpeg', () => {
    if (!REAL_FFMPEG) return;
    expect(locateFfprobe(REAL_FFMPEG, { PATH: '' })).toBe(path.join(REAL_DIR, 'ffprobe'));
    expect(locateFfprobe(null, { PATH: REAL_DIR })).toBe(path.join(REAL_DIR, 'ffprobe'));
    expect(locateFfprobe(null, { PATH: '' })).toBeNull();
  });
});

describe('self-check', () => {
  it('parses version lines', () => {
    expect(parseFfmpegVersion('ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026 the FFmpeg developers\nbuilt with gcc')).toBe('5.1.9-0+deb12u1');
    expect(parseFfmpegVersion('ffmpeg version 6.1.1-static https://johnvansickle.com/ffmpeg/  Copyright (c) 2000-2023')).toBe('6.1.1-static');
    expect(parseFfmpegVersion('ffmpeg version N-113227-g3f5a5f0 Copyright')).toBe('N-113227-g3f5a5f0');
    expect(parseFfmpegVersion('ffprobe version 5.1 Copyright')).toBeNull();
    expect(parseFfmpegVersion('')).toBeNull();
  });

  it('passes with the real ffmpeg and reports its version', async () => {
    expect(REAL_FFMPEG).toBeTruthy();
    const status = await selfCheck(REAL_FFMPEG!, { source: 'PATH' });
    const expected = parseFfmpegVersion(spawnSync(REAL_FFMPEG!, ['-version'], { encoding: 'utf8' }).stdout);
    expect(status).toEqual({ ok: true, source: 'PATH', path: REAL_FFMPEG, version: expected });
    expect(status.version).toMatch(/^\d+\.\d+/);
  });

  it('explains a file that is not executable', async () => {
    const target = script('no-exec-ffmpeg', 'exit 0', 0o644);
    const status = await selfCheck(target, { source: 'FFMPEG_PATH' });
    expect(status.ok).toBe(false);
    expect(status.problem).toContain(`${target} is not executable (run: chmod +x "${target}")`);
    expect(status.problem).toContain('the FFMPEG_PATH environment variable');
    expect(status.problem).toMatch(/Point Settings or FFMPEG_PATH to a working ffmpeg/);
  });

  it('explains a program that exits 1', async () => {
    const target = script('failing-ffmpeg', 'echo "error while loading shared libraries: libavdevice.so.59" >&2\nexit 1');
    const status = await selfCheck(target);
    expect(status.ok).toBe(false);
    expect(status.problem).toContain('exited with code 1');
    expect(status.problem).toContain('libavdevice.so.59');
  });

  it('explains a program that is not ffmpeg', async () => {
    const status = await selfCheck(script('not-ffmpeg', 'echo "hello"\nexit 0'));
    expect(status.problem).toMatch(/does not look like ffmpeg: "-version" printed no "ffmpeg version" line/);
  });

  it('explains an ffmpeg that prints a version but cannot encode, with the command to reproduce', async () => {
    const target = script(
      'half-ffmpeg',
      'if [ "$1" = "-version" ]; then echo "ffmpeg version 9.9-test Copyright"; exit 0; fi\necho "Unknown input format: lavfi" >&2\nexit 1',
    );
    const status = await selfCheck(target);
    expect(status).toMatchObject({ ok: false, version: '9.9-test' });
    expect(status.problem).toContain('failed to encode a 1-frame test video');
    expect(status.problem).toContain('Unknown input format: lavfi');
    expect(status.problem).toContain(`To reproduce: ${target} -hide_banner -nostdin -protocol_whitelist file,pipe -f lavfi`);
  });

  it('stops a program that hangs', async () => {
    const target = script('hanging-ffmpeg', 'exec sleep 30');
    const started = Date.now();
    const status = await selfCheck(target, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(status.problem).toContain('did not finish to print its version within 300 ms and was stopped');
  });

  it('explains a missing file and a folder', async () => {
    expect((await selfCheck(file('gone'))).problem).toMatch(/there is no file at/);
    mkdirSync(file('dir-ffmpeg'), { recursive: true });
    expect((await selfCheck(file('dir-ffmpeg'))).problem).toMatch(/is a folder/);
  });
});

describe('checkFfmpeg (locate + self-check)', () => {
  it('uses the real ffmpeg when FFMPEG_PATH is broken, and says FFMPEG_PATH was skipped', async () => {
    const broken = script('broken-ffmpeg', 'exit 1');
    const status = await checkFfmpeg({ env: { PATH: REAL_DIR, FFMPEG_PATH: broken }, staticPath: null });
    expect(status).toMatchObject({ ok: true, source: 'PATH', path: path.join(REAL_DIR, 'ffmpeg') });
    expect(status.skipped).toContainEqual(expect.objectContaining({ source: 'FFMPEG_PATH', path: broken, reason: expect.stringContaining('exited with code 1') }));
    expect(status.warning).toMatch(/^Using ffmpeg on PATH \(.*\) instead: the FFMPEG_PATH environment variable: ffmpeg: .* exited with code 1/);
  });

  it('has no warning when nothing the user chose was skipped', async () => {
    const status = await checkFfmpeg({ env: { PATH: REAL_DIR }, staticPath: null });
    expect(status.ok).toBe(true);
    expect(status.warning).toBeUndefined();
  });

  it('says clearly what is missing and how to fix it when there is no ffmpeg at all', async () => {
    const status = await checkFfmpeg({ env: { PATH: '', FFMPEG_PATH: file('missing') }, staticPath: null });
    expect(status.ok).toBe(false);
    expect(status.problem).toMatch(/^No working ffmpeg was found, so video export is unavailable\./);
    expect(status.problem).toContain('the FFMPEG_PATH environment variable: ffmpeg can\'t be used: there is no file at');
    expect(status.problem).toContain('no executable named ffmpeg on PATH');
    expect(status.problem).toContain('Install ffmpeg');
  });
});

describe('the protocol whitelist, against the real ffmpeg', () => {
  it('refuses a network input when placed before that input', () => {
    if (!REAL_FFMPEG) return;
    const run = spawnSync(
      REAL_FFMPEG,
      ['-hide_banner', '-nostdin', ...ffmpegInputArgs('http://127.0.0.1:9/x.mp4'), '-f', 'null', '-'],
      { encoding: 'utf8', timeout: 10_000 },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("Protocol 'http' not on whitelist 'file,pipe'");
  });
});
