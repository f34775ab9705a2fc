/**
 * ffprobe refusals as keyed messages (EXP-06), in both languages, through the one runner: the real
 * ffprobe for real files, a stand-in printing ffprobe's JSON for limits too costly to reach with
 * real media (an hour of sound, an 8K+ picture), and a stand-in that hangs for the time limit.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../core/messages';
import { UserError } from '../../errors';
import { FfmpegFailure } from '../../ffmpeg/run';
import { MEDIA_LIMITS } from './limits';
import { durationMessage, locateTools, probeMedia, type Tools } from './probe';
import { videoPoster } from './thumbs';

const tools = locateTools();
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'affiche-probe-')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An ffprobe stand-in that prints `json` whatever it is asked. */
function ffprobePrinting(json: object): Tools {
  const target = file(`ffprobe-${Math.random().toString(36).slice(2)}`);
  writeFileSync(target, `#!/bin/sh\ncat <<'EOF'\n${JSON.stringify(json)}\nEOF\n`);
  chmodSync(target, 0o755);
  return { ffmpeg: null, ffprobe: target };
}

async function refusal(run: Promise<unknown>): Promise<{ key: string; en: string; fr: string }> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const { detail } = error as UserError;
  return { key: detail.key, en: formatMessage(detail, 'en'), fr: formatMessage(detail, 'fr') };
}

describe.skipIf(!tools.ffmpeg || !tools.ffprobe)('with the real ffprobe', () => {
  it('a sound in an MP4 imported as a video', async () => {
    const sound = file('sound only.mp4');
    execFileSync(tools.ffmpeg!, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=duration=1', '-c:a', 'aac', sound]);
    expect(await refusal(probeMedia(sound, 'sound only.mp4', 'video', 'video/mp4', tools))).toEqual({
      key: 'media.soundOnly',
      en: '"sound only.mp4" has no picture, only sound; import it as a sound (M4A, MP3...)',
      fr: '«\u00a0sound only.mp4\u00a0» ne contient pas d’image, seulement du son\u202f; importez-le comme un son (M4A, MP3…)',
    });
  });

  it('bytes ffprobe cannot read', async () => {
    const junk = file('junk.mp4');
    writeFileSync(junk, Buffer.from('\0\0\0\x18ftypisom\0\0\0\0isommp41 and then nothing useful', 'latin1'));
    expect(await refusal(probeMedia(junk, 'junk.mp4', 'video', 'video/mp4', tools))).toEqual({
      key: 'media.unreadable',
      en: '"junk.mp4" is truncated or damaged and cannot be read',
      fr: '«\u00a0junk.mp4\u00a0» est tronqué ou endommagé et ne peut pas être lu',
    });
  });

  it('a poster that cannot be made fails with the command line to reproduce it', async () => {
    const junk = file('junk poster.mp4');
    writeFileSync(junk, 'not a video');
    const error = await videoPoster(tools.ffmpeg!, junk, 'mov', 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegFailure);
    expect((error as FfmpegFailure).exitCode).not.toBe(0);
    expect((error as FfmpegFailure).message).toContain(`To reproduce: ${tools.ffmpeg} -v error -nostdin -ss 0.100 -protocol_whitelist file,pipe -f mov -i '${junk}'`);
  });
});

describe('limits read from the JSON', () => {
  const video = (stream: object, duration = '10.0') => ({ streams: [{ codec_type: 'video', codec_name: 'h264', ...stream }], format: { duration } });

  it('a video longer than the limit, its duration written the reader’s way', async () => {
    const tooLong = ffprobePrinting(video({ width: 1080, height: 1920 }, String(16 * 60 + 5)));
    expect(await refusal(probeMedia(file('x'), 'long.mp4', 'video', 'video/mp4', tooLong))).toEqual({
      key: 'media.videoTooLong',
      en: '"long.mp4" lasts 16 min 05 s; the limit for a video is 15 min 00 s',
      fr: '«\u00a0long.mp4\u00a0» dure 16\u00a0min\u00a005\u00a0s\u202f; une vidéo ne doit pas dépasser 15\u00a0min\u00a000\u00a0s',
    });
  });

  it('a sound longer than an hour, a picture too large, no size, no duration, too short', async () => {
    const longSound = ffprobePrinting({ streams: [{ codec_type: 'audio', codec_name: 'mp3' }], format: { duration: '3700' } });
    expect((await refusal(probeMedia(file('x'), 'a.mp3', 'audio', 'audio/mpeg', longSound))).en).toBe('"a.mp3" lasts 61 min 40 s; the limit for a sound is 60 min 00 s');

    const huge = await refusal(probeMedia(file('x'), 'huge.mp4', 'video', 'video/mp4', ffprobePrinting(video({ width: 10_000, height: 10_000 }))));
    expect(huge.en).toBe('"huge.mp4" declares 10,000 x 10,000 pixels; the limit is 8192 px per side');
    expect(huge.fr).toBe('«\u00a0huge.mp4\u00a0» annonce 10\u202f000\u00a0×\u00a010\u202f000\u00a0pixels\u202f; la limite est de 8192\u00a0px par côté');

    expect((await refusal(probeMedia(file('x'), 'n.mp4', 'video', 'video/mp4', ffprobePrinting(video({}))))).key).toBe('media.noPictureSize');
    expect((await refusal(probeMedia(file('x'), 'd.mp4', 'video', 'video/mp4', ffprobePrinting(video({ width: 2, height: 2 }, 'N/A'))))).key).toBe('media.noDuration');
    expect((await refusal(probeMedia(file('x'), 's.mp4', 'video', 'video/mp4', ffprobePrinting(video({ width: 2, height: 2 }, '0.01'))))).en).toBe('"s.mp4" is too short (10 ms)');
    expect((await refusal(probeMedia(file('x'), 'v.mp3', 'audio', 'audio/mpeg', ffprobePrinting(video({ width: 2, height: 2 }))))).key).toBe('media.noSoundStream');
  });

  it('durations under a minute are written in seconds', () => {
    expect(formatMessage(durationMessage(8_000), 'en')).toBe('8 s');
    expect(formatMessage(durationMessage(8_000), 'fr')).toBe('8\u00a0s');
    expect(formatMessage(durationMessage(59_600), 'en')).toBe('1 min 00 s');
  });
});

describe('no ffprobe, or one that hangs', () => {
  it('says ffprobe is missing and how to install it, in both languages', async () => {
    const missing = await refusal(probeMedia(file('x'), 'clip.mp4', 'video', 'video/mp4', { ffmpeg: null, ffprobe: null }));
    expect(missing.key).toBe('media.needsFfprobe');
    expect(missing.en).toMatch(/^"clip.mp4" cannot be checked: importing video and sound needs ffprobe, which was not found\. Install ffmpeg \(Debian\/Ubuntu: sudo apt install ffmpeg;/);
    expect(missing.fr).toMatch(/^«\u00a0clip.mp4\u00a0» ne peut pas être vérifié\u00a0: .* Installez ffmpeg \(Debian\/Ubuntu\u00a0: sudo apt install ffmpeg\u202f;/);
  });

  it('stops ffprobe at the time limit and calls the file damaged', async () => {
    const hanging = file('hanging-ffprobe');
    writeFileSync(hanging, '#!/bin/sh\nexec sleep 60\n');
    chmodSync(hanging, 0o755);
    const refused = await refusal(probeMedia(file('x'), 'slow.mp4', 'video', 'video/mp4', { ffmpeg: null, ffprobe: hanging }));
    expect(refused).toEqual({
      key: 'media.probeTimeout',
      en: `"slow.mp4" could not be read within ${MEDIA_LIMITS.probeTimeoutMs / 1000} s; it is probably damaged`,
      fr: `«\u00a0slow.mp4\u00a0» n’a pas pu être lu en ${MEDIA_LIMITS.probeTimeoutMs / 1000}\u00a0s\u202f; le fichier est probablement endommagé`,
    });
  }, 30_000);
});
