import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFormat } from '../formats/catalog';
import { formatMessage } from '../messages';
import { passes } from './preflight';
import { videoPreflight, type VideoFacts, type VideoRuleId } from './video';

/** A 1080x1920 H.264 High yuv420p 30 fps CFR MP4 with AAC 48 kHz, index first: what the fix writes. */
const good: VideoFacts = {
  type: 'video/mp4',
  durationMs: 15_000,
  bytes: 8_000_000,
  video: { codec: 'h264', profile: 'High', pixFmt: 'yuv420p', width: 1080, height: 1920, fps: 30, constantFps: true },
  audio: { codec: 'aac', sampleRate: 48000 },
  faststart: true,
};

function rules(facts: VideoFacts, formatId: string) {
  return Object.fromEntries(videoPreflight(facts, findFormat(formatId)!).map((rule) => [rule.id, rule]));
}

const withVideo = (patch: Partial<NonNullable<VideoFacts['video']>>): VideoFacts => ({ ...good, video: { ...good.video!, ...patch } });

/** Each rule: a format, a failing file, the English and French problem. */
const cases: Array<{ id: VideoRuleId; format: string; facts: VideoFacts; en: string; fr: string }> = [
  { id: 'type', format: 'linkedin-video', facts: { ...good, type: 'video/quicktime' }, en: 'the file is video/quicktime; linkedin-video takes video/mp4', fr: 'le fichier est en video/quicktime\u202f; linkedin-video accepte video/mp4' },
  { id: 'bytes', format: 'bluesky-video', facts: { ...good, bytes: 123_450_000 }, en: 'the file weighs 123.45 MB, 23.45 MB over the 100 MB cap', fr: 'le fichier pèse 123,45\u00a0Mo, 23,45\u00a0Mo de plus que le plafond de 100\u00a0Mo' },
  { id: 'min-bytes', format: 'linkedin-video', facts: { ...good, bytes: 50_000 }, en: 'the file weighs 50,000 bytes, under the 75,000 bytes minimum', fr: 'le fichier pèse 50\u202f000\u00a0octets, moins que le minimum de 75\u202f000\u00a0octets' },
  { id: 'duration', format: 'facebook-reel', facts: { ...good, durationMs: 95_000 }, en: 'the video lasts 95 s, 5 s over the 90 s maximum', fr: 'la vidéo dure 95\u00a0s, 5\u00a0s de plus que le maximum de 90\u00a0s' },
  { id: 'codec', format: 'x-video', facts: withVideo({ codec: 'hevc', profile: 'Main' }), en: 'the video is HEVC (H.265); H.264 needed', fr: 'la vidéo est en HEVC (H.265)\u202f; il faut H.264' },
  { id: 'profile', format: 'youtube-short', facts: withVideo({ profile: 'Main' }), en: 'the H.264 profile is Main; High needed', fr: 'le profil H.264 est Main\u202f; il faut High' },
  { id: 'pix-fmt', format: 'instagram-reel', facts: withVideo({ pixFmt: 'yuv444p' }), en: 'the pixel format is yuv444p; yuv420p (4:2:0) needed', fr: 'le format de pixels est yuv444p\u202f; il faut yuv420p (4:2:0)' },
  { id: 'size', format: 'tiktok-video', facts: withVideo({ width: 720, height: 1280 }), en: 'the video is 720x1280, not the format’s 1080x1920', fr: 'la vidéo mesure 720\u00a0×\u00a01280, pas les 1080\u00a0×\u00a01920 du format' },
  { id: 'ratio', format: 'tiktok-video', facts: withVideo({ width: 1080, height: 1080 }), en: 'the ratio is 1:1, 77.8 % off the format’s 9:16', fr: 'le ratio est 1:1, à 77,8\u00a0% du 9:16 du format' },
  { id: 'even', format: 'tiktok-video', facts: withVideo({ width: 1079 }), en: '1079x1920 has an odd side; H.264 in 4:2:0 needs an even width and height', fr: '1079\u00a0×\u00a01920 a un côté impair\u202f; le H.264 en 4:2:0 exige une largeur et une hauteur paires' },
  { id: 'width', format: 'x-video', facts: withVideo({ width: 1280, height: 1920 }), en: 'the video is 1280 px wide, 80 px over the 1200 px maximum', fr: 'la vidéo fait 1280\u00a0px de large, 80\u00a0px de plus que le maximum de 1200\u00a0px' },
  { id: 'height', format: 'tiktok-video', facts: withVideo({ width: 640, height: 300 }), en: 'the video is 300 px high, 60 px under the 360 px minimum', fr: 'la vidéo fait 300\u00a0px de haut, 60\u00a0px de moins que le minimum de 360\u00a0px' },
  { id: 'aspect', format: 'linkedin-video', facts: withVideo({ width: 1080, height: 3000 }), en: 'the ratio 0.36 is outside 0.42..2.4', fr: 'le ratio 0,36 sort de la plage 0,42..2,4' },
  { id: 'fps', format: 'instagram-reel', facts: withVideo({ fps: 15 }), en: 'the video runs at 15 fps, outside 23..60 fps', fr: 'la vidéo tourne à 15\u00a0i/s, hors de la plage 23..60\u00a0i/s' },
  { id: 'cfr', format: 'facebook-reel', facts: withVideo({ fps: 27.4, constantFps: false }), en: 'the frame rate varies (about 27.4 fps on average); a constant rate is needed', fr: 'la cadence d’images varie (environ 27,4\u00a0i/s en moyenne)\u202f; il faut une cadence constante' },
  { id: 'audio-codec', format: 'x-video', facts: { ...good, audio: { codec: 'mp3', sampleRate: 44100 } }, en: 'the audio is MP3; AAC needed', fr: 'le son est en MP3\u202f; il faut AAC' },
  { id: 'audio-rate', format: 'youtube-short', facts: { ...good, audio: { codec: 'aac', sampleRate: 44100 } }, en: 'the audio is sampled at 44,100 Hz; 48 kHz needed', fr: 'le son est échantillonné à 44\u202f100\u00a0Hz\u202f; il faut 48\u00a0kHz' },
  { id: 'faststart', format: 'instagram-reel', facts: { ...good, faststart: false }, en: 'the MP4 index comes after the data: playback waits for the whole download (+faststart needed)', fr: 'l’index MP4 est placé après les données\u00a0: la lecture attend la fin du téléchargement (il faut +faststart)' },
];

describe('video preflight', () => {
  it('a file as the fix writes it passes every video format', () => {
    for (const id of ['instagram-reel', 'facebook-reel', 'tiktok-video', 'youtube-short', 'threads-video', 'bluesky-video', 'linkedin-video']) {
      const result = videoPreflight(good, findFormat(id)!);
      expect(result.filter((rule) => !rule.ok).map((rule) => `${id}: ${rule.id}`)).toEqual([]);
      expect(passes(result as never)).toBe(true);
    }
    // X's vertical bound is 1200x1920: the 1080x1920 preset fits it.
    expect(passes(videoPreflight(good, findFormat('x-video')!) as never)).toBe(true);
  });

  for (const c of cases) {
    it(`${c.id}: passes the good file, fails the bad one with what and by how much`, () => {
      expect(rules(good, c.format)[c.id]?.ok).toBe(true);
      const rule = rules(c.facts, c.format)[c.id];
      expect(rule.ok).toBe(false);
      expect(rule.source.length).toBeGreaterThan(0);
      expect(formatMessage(rule.problem!, 'en')).toBe(c.en);
      expect(formatMessage(rule.problem!, 'fr')).toBe(c.fr);
    });
  }

  it('says whether a rule is the network’s or the safe export’s advice', () => {
    // TikTok states H.264 but not the profile: Main is advice, HEVC a refusal.
    const tiktok = rules(withVideo({ codec: 'h264', profile: 'Baseline' }), 'tiktok-video');
    expect(tiktok.profile).toMatchObject({ ok: false, scope: 'preset' });
    expect(tiktok.profile.source).toMatch(/safe common export/);
    expect(tiktok.codec).toMatchObject({ ok: true, scope: 'network' });
    expect(rules(withVideo({ codec: 'hevc' }), 'instagram-reel').codec.ok).toBe(true);
    expect(rules(good, 'x-video').profile).toMatchObject({ limit: 'High', scope: 'network' });
  });

  it('a file without audio passes the audio rules; one without video says so', () => {
    expect(rules({ ...good, audio: null }, 'youtube-short')['audio-codec']).toBeUndefined();
    const none = rules({ ...good, video: null }, 'tiktok-video');
    expect(none['video-stream']).toMatchObject({ ok: false });
    expect(formatMessage(none['video-stream'].problem!, 'fr')).toBe('le fichier ne contient pas de flux vidéo');
  });

  it('property: a duration fails exactly when outside the format’s range, by the amount it says', () => {
    const reel = findFormat('facebook-reel')!;
    fc.assert(
      // Whole milliseconds, and lengths as ffprobe gives them (a fraction of a millisecond is judged rounded).
      fc.property(fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.double({ min: 0, max: 300_000, noNaN: true })), (measuredMs) => {
        const rule = videoPreflight({ ...good, durationMs: measuredMs }, reel).find((r) => r.id === 'duration')!;
        const durationMs = Math.round(measuredMs);
        expect(rule.ok).toBe(durationMs >= 3000 && durationMs <= 90_000);
        if (rule.ok) return;
        const params = rule.problem!.params as { seconds: number; over?: number; under?: number };
        // The amount to trim (or add) is in tenths of a second, never 0, and enough: once cut, the video fits.
        const change = durationMs > 90_000 ? params.over! : params.under!;
        expect(change).toBeGreaterThan(0);
        expect(Math.abs(change * 10 - Math.round(change * 10))).toBeLessThan(1e-9);
        const fixedMs = durationMs > 90_000 ? durationMs - Math.round(change * 1000) : durationMs + Math.round(change * 1000);
        expect(fixedMs >= 3000 && fixedMs <= 90_000).toBe(true);
        expect(Math.abs(fixedMs - (durationMs > 90_000 ? 90_000 : 3000))).toBeLessThan(100);
        // The length shown is never the limit it misses.
        expect(params.seconds).not.toBe(durationMs > 90_000 ? 90 : 3);
        expect(Math.abs(Math.round(params.seconds * 1000) - durationMs)).toBeLessThanOrEqual(50);
      }),
      { examples: [[181_450], [258_550], [91_050], [90_001], [90_040], [90_000.4], [90_000.6], [2_999], [2_999.6], [2_950], [150]] },
    );
  });

  it('a video just over or under its range says by how much, never "0 s"', () => {
    const reel = findFormat('facebook-reel')!;
    const problem = (durationMs: number) => formatMessage(videoPreflight({ ...good, durationMs }, reel).find((r) => r.id === 'duration')!.problem!, 'en');
    expect(problem(90_040)).toBe('the video lasts 90.04 s, 0.1 s over the 90 s maximum');
    expect(problem(181_450)).toBe('the video lasts 181.5 s, 91.5 s over the 90 s maximum');
    expect(problem(2_980)).toBe('the video lasts 2.98 s, 0.1 s under the 3 s minimum');
    expect(formatMessage(videoPreflight({ ...good, durationMs: 90_040 }, reel).find((r) => r.id === 'duration')!.problem!, 'fr')).toBe(
      'la vidéo dure 90,04\u00a0s, 0,1\u00a0s de plus que le maximum de 90\u00a0s',
    );
  });
});
