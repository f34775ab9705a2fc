/**
 * A meme over a clip (issue 13, animated memes): a clip in the classic meme's picture slot makes a
 * video design of one scene as long as the clip, the clip covering the picture's box under the
 * texts; boxes timed through the editor's actions; a clip longer than the format takes is cut,
 * with a note in both languages.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, MessageError } from '../messages';
import { parseDesign, type Design, type Element } from '../schema';
import { layerStateAt } from '../video/motion';
import { layerWindow, videoTimeline } from '../video/timeline';
import { bankTemplate } from './bank';
import { fillTemplate, fillTemplateWithNotes, videoDurationCapMs } from './fill';
import { timeBoxes } from './boxTiming';
import { listSlots } from './slots';

const CLIP = 'c'.repeat(64);
const SQUARE = { preset: 'instagram-square', width: 1080, height: 1080 };

function classic(format = SQUARE): Design {
  return bankTemplate('bank:classic')!.build(format, 'en');
}

const slotElement = (design: Design, name: string): Element => {
  const info = listSlots(design).find((s) => s.slot.name === name);
  if (info) return design.pages[info.pageIndex].elements.find((el) => el.id === info.elementId)!;
  throw new Error(`no slot ${name}`);
};

describe('fillTemplate with a clip', () => {
  it('makes a video design: one scene the clip long, the clip covering the picture slot, the texts over it', () => {
    const template = classic();
    const picture = slotElement(template, 'picture');
    const design = fillTemplate(template, {
      picture: { kind: 'clip', assetId: CLIP, width: 640, height: 360, durationMs: 4200 },
      top: { kind: 'text', text: 'QUAND' },
      bottom: { kind: 'text', text: 'LUNDI' },
    });
    expect(design.kind).toBe('video');
    expect(design.pages).toHaveLength(1);
    expect(design.pages[0].durationMs).toBe(4200);
    expect(videoTimeline(design).durationMs).toBe(4200);
    const clip = design.pages[0].elements.find((el) => el.id === picture.id)!;
    expect(clip).toMatchObject({ type: 'video', assetId: CLIP, x: picture.x, y: picture.y, width: picture.width, height: picture.height, fit: 'cover', trimInMs: 0, muted: false });
    expect(clip).not.toHaveProperty('trimOutMs');
    // Painted first: the texts are over it.
    expect(design.pages[0].elements[0].id).toBe(picture.id);
    const texts = design.pages[0].elements.filter((el) => el.type === 'text');
    expect(texts.map((el) => el.type === 'text' && el.text)).toEqual(['QUAND', 'LUNDI']);
    // A valid design, and a still template stays a still (same fill, no clip).
    expect(parseDesign(JSON.parse(JSON.stringify(design))).design.kind).toBe('video');
    expect(fillTemplate(template, { top: { kind: 'text', text: 'x' } }).kind).toBe(template.kind);
  });

  it('times each box through the editor actions: in/out inside the clip, an entrance', () => {
    const design = fillTemplate(classic(), { picture: { kind: 'clip', assetId: CLIP, width: 480, height: 480, durationMs: 3000 } });
    const timed = timeBoxes(design, { bottom: { inMs: 1000, outMs: null, entrance: 'pop' }, TOP: { inMs: 0, outMs: 2500, entrance: 'fade' } });
    const bottom = slotElement(timed, 'bottom');
    const top = slotElement(timed, 'top');
    expect(bottom.timing).toMatchObject({ inMs: 1000, animationIn: { kind: 'pop' } });
    expect(bottom.timing).not.toHaveProperty('outMs');
    expect(layerWindow(bottom, 3000)).toEqual({ inMs: 1000, outMs: 3000 });
    expect(top.timing).toMatchObject({ inMs: 0, outMs: 2500, animationIn: { kind: 'fade' } });
    // What plays: the bottom line is absent before 1 s and shows after its entrance.
    expect(layerStateAt(bottom, timed.format, 3000, 500)).toBeNull();
    expect(layerStateAt(bottom, timed.format, 3000, 2000)).toMatchObject({ opacity: 1, scale: 1 });
    expect(layerStateAt(top, timed.format, 3000, 2800)).toBeNull();
    // Times outside the clip are brought inside it, as the timeline does; "none" removes the entrance.
    const clamped = timeBoxes(timed, { bottom: { inMs: 9000, outMs: 12_000, entrance: 'none' } });
    const b = slotElement(clamped, 'bottom');
    expect(layerWindow(b, 3000)).toEqual({ inMs: 2900, outMs: 3000 });
    expect(b.timing?.animationIn).toBeUndefined();
    expect(parseDesign(JSON.parse(JSON.stringify(clamped))).design.pages[0].durationMs).toBe(3000);
  });

  it('cuts a clip longer than the format takes, and says so in English and French', () => {
    const cap = videoDurationCapMs(SQUARE);
    expect(cap).toEqual({ maxMs: 180_000, network: 'Instagram' });
    const { design, notes } = fillTemplateWithNotes(classic(), { picture: { kind: 'clip', assetId: CLIP, width: 1920, height: 1080, durationMs: 200_500 } });
    expect(design.pages[0].durationMs).toBe(180_000);
    expect(videoTimeline(design).durationMs).toBe(180_000);
    expect(design.pages[0].elements[0]).toMatchObject({ type: 'video', trimInMs: 0, trimOutMs: 180_000 });
    expect(notes.map((note) => formatMessage(note, 'en'))).toEqual(['The clip lasts 200.5 s; Instagram takes 180 s at most: the meme keeps its first 180 s.']);
    expect(formatMessage(notes[0], 'fr')).toBe('Le clip dure 200,5\u00a0s\u00a0; Instagram en accepte 180\u00a0s au plus\u00a0: le mème en garde les 180 premières secondes.');
    expect(parseDesign(JSON.parse(JSON.stringify(design))).design.kind).toBe('video');
    // A clip within the limit: no note.
    expect(fillTemplateWithNotes(classic(), { picture: { kind: 'clip', assetId: CLIP, width: 10, height: 10, durationMs: 180_000 } }).notes).toEqual([]);
  });

  it('refuses a clip without a size or a length, naming the slot', () => {
    let refused: unknown;
    try {
      fillTemplate(classic(), { picture: { kind: 'clip', assetId: CLIP, width: 640, height: 360, durationMs: 0 } });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(MessageError);
    expect(formatMessage((refused as MessageError).detail, 'en')).toBe('Slot "picture": the clip has no usable size or length.');
    expect(formatMessage((refused as MessageError).detail, 'fr')).toBe('Emplacement «\u00a0picture\u00a0»\u00a0: le clip n’a pas de dimensions ou de durée utilisables.');
  });
});
