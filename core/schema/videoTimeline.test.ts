/**
 * Design schema v10 (short video): a v9 file's animations named by a word become objects with a
 * length and an easing, its transitions take ffmpeg's xfade names, and the v10 fixture keeps every
 * new field (Ken Burns, a clip's speed, fit and crop, the soundtrack's fit, settings, captions).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesign } from './parseDesign';
import { SchemaError } from './migrate';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

function v9Video(): Record<string, unknown> {
  const doc = fixture('design.v9.json');
  const pages = doc.pages as Array<Record<string, unknown>>;
  const el = (pages[0].elements as Array<Record<string, unknown>>)[0];
  el.timing = { inMs: 300, outMs: 2000, animationIn: 'zoom', animationOut: 'none' };
  const second = (pages[1].elements as Array<Record<string, unknown>>)[0];
  second.timing = { inMs: 0, animationIn: 'slideLeft', animationOut: 'fade' };
  pages[0].durationMs = 3000;
  pages[0].transitionOut = { kind: 'slideLeft', durationMs: 500 };
  pages[1].transitionOut = { kind: 'none', durationMs: 0 };
  return { ...doc, kind: 'video' };
}

describe('design schema v10: the video timeline', () => {
  it('turns a v9 animation word into an animation, zoom into a pop, none into nothing', () => {
    const { design, migratedFrom } = parseDesign(v9Video());
    expect(migratedFrom).toBe(9);
    const [first] = design.pages[0].elements;
    expect(first.timing).toEqual({ inMs: 300, outMs: 2000, animationIn: { kind: 'pop', durationMs: 400, easing: 'easeOut' } });
    expect(design.pages[1].elements[0].timing).toEqual({
      inMs: 0,
      animationIn: { kind: 'slideLeft', durationMs: 400, easing: 'easeOut' },
      animationOut: { kind: 'fade', durationMs: 400, easing: 'easeIn' },
    });
    expect(design.pages[0].transitionOut).toEqual({ kind: 'slideleft', durationMs: 500 });
    expect(design.pages[1].transitionOut).toEqual({ kind: 'cut', durationMs: 0 });
  });

  it('reads the v10 fixture whole: Ken Burns, clip speed, fit and crop, soundtrack, settings, captions', () => {
    const { design, migratedFrom } = parseDesign(fixture('design.v10.json'));
    expect(migratedFrom).toBeUndefined();
    const photo = design.pages[0].elements.find((e) => e.type === 'image');
    expect(photo?.type === 'image' && photo.kenBurns).toEqual({ kind: 'zoomIn', amount: 0.15 });
    const clip = design.pages[1].elements.find((e) => e.type === 'video');
    expect(clip?.type === 'video' && [clip.speed, clip.fit, clip.crop]).toEqual([1.5, 'blurFill', { x: 0.125, y: 0.05, width: 0.75, height: 0.9 }]);
    expect(design.audio).toMatchObject({ trimInMs: 2000, fit: 'fitToVideo', ducking: true });
    expect(design.video).toEqual({ fps: 30, loudness: { lufs: -14, truePeak: -1 }, coverMs: 1200 });
    expect(design.captions?.cues.map((c) => c.text)).toEqual(['Nouvelle collection', 'Lien en bio ?']);
  });

  it('refuses a transition that is not a plain name, a speed past 2x, an fps it does not know and an empty crop', () => {
    const bad = (edit: (doc: Record<string, unknown>) => void) => {
      const doc = fixture('design.v10.json');
      edit(doc);
      return () => parseDesign(doc);
    };
    const pages = (doc: Record<string, unknown>) => doc.pages as Array<Record<string, unknown>>;
    expect(bad((doc) => { pages(doc)[0].transitionOut = { kind: 'fade;drawtext=x', durationMs: 500 }; })).toThrow(SchemaError);
    expect(bad((doc) => { (pages(doc)[1].elements as Array<Record<string, unknown>>)[0].speed = 3; })).toThrow(SchemaError);
    expect(bad((doc) => { doc.video = { fps: 29 }; })).toThrow(SchemaError);
    expect(bad((doc) => { (pages(doc)[1].elements as Array<Record<string, unknown>>)[0].crop = { x: 0, y: 0, width: 0, height: 1 }; })).toThrow(SchemaError);
  });
});
