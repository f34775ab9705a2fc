import { describe, expect, it } from 'vitest';
import { errorDetail, formatMessage } from '../messages';
import { designSchema } from '../schema/design';
import { createDesign } from '../schema/factory';
import { toSrt } from '../video/captions';
import { ACTIONS } from './registry';
import { createTestEditor } from './testing';

const SRT = '1\n00:00:01,000 --> 00:00:02,000\nBonjour\n\n2\n00:00:03,000 --> 00:00:04,500\nà tous\n';

function videoEditor() {
  return createTestEditor(createDesign({ name: 'Reel', kind: 'video', format: { preset: 'instagram-reel', width: 1080, height: 1920 }, now: '2026-01-01T00:00:00.000Z' }));
}
const cues = (e: ReturnType<typeof videoEditor>) => (e.design.captions?.cues ?? []).map((c) => [c.startMs, c.endMs, c.text]);

describe('caption lane actions', () => {
  it('imports a file onto the lane in one undoable step, replacing what was there, with the default style', () => {
    const e = videoEditor();
    e.run(ACTIONS.addCue, { atMs: 10_000, text: 'old' });
    e.run(ACTIONS.importCaptions, { text: SRT });
    expect(cues(e)).toEqual([
      [1000, 2000, 'Bonjour'],
      [3000, 4500, 'à tous'],
    ]);
    expect(e.design.captions).toMatchObject({ burnIn: true, preset: 'highlight', position: 'bottom', fontFamily: 'Inter', fontSize: 64 });
    expect(designSchema.safeParse(e.design).success).toBe(true);
    e.undo();
    expect(cues(e)).toEqual([[10_000, 12_000, 'old']]);
    e.redo();
    expect(toSrt(e.design.captions!.cues)).toBe(SRT);
  });

  it('refuses a bad file with its line and changes nothing', () => {
    const e = videoEditor();
    e.run(ACTIONS.importCaptions, { text: SRT });
    const before = e.design;
    let thrown: unknown;
    try {
      e.run(ACTIONS.importCaptions, { text: '1\n00:00:01 --> 00:00:02,000\nx\n' });
    } catch (error) {
      thrown = error;
    }
    expect(formatMessage(errorDetail(thrown)!, 'fr')).toBe('Ligne 2\u00a0: un temps s’écrit 00:00:01,000 (heures:minutes:secondes et millisecondes).');
    expect(e.design).toBe(before);
  });

  it('adds a cue at the playhead, after the cue playing then, up to the next one', () => {
    const e = videoEditor();
    e.run(ACTIONS.importCaptions, { text: SRT });
    e.run(ACTIONS.addCue, { atMs: 1500, text: ' Salut ' });
    expect(cues(e)[1]).toEqual([2000, 3000, 'Salut']);
    // No room left between 2000 and 3000: nothing changes, no undo step.
    const before = e.design;
    e.run(ACTIONS.addCue, { atMs: 2500, text: 'x' });
    expect(e.design).toBe(before);
    e.run(ACTIONS.addCue, { atMs: 8000, text: 'fin' });
    expect(cues(e)[3]).toEqual([8000, 10_000, 'fin']);
  });

  it('edits words and times without crossing a neighbour or ending before the start; undo and redo', () => {
    const e = videoEditor();
    e.run(ACTIONS.importCaptions, { text: SRT });
    const [first, second] = e.design.captions!.cues;
    e.run(ACTIONS.updateCue, { id: first.id, text: 'Hello' });
    e.run(ACTIONS.updateCue, { id: first.id, endMs: 5000 });
    expect(cues(e)[0]).toEqual([1000, 3000, 'Hello']);
    e.run(ACTIONS.updateCue, { id: second.id, startMs: 0 });
    expect(cues(e)[1]).toEqual([3000, 4500, 'à tous']);
    const before = e.design;
    e.run(ACTIONS.updateCue, { id: second.id, startMs: 4500 });
    e.run(ACTIONS.updateCue, { id: first.id, text: '   ' });
    expect(e.design).toBe(before);
    e.undo();
    expect(cues(e)[0]).toEqual([1000, 2000, 'Hello']);
    e.undo();
    expect(cues(e)[0]).toEqual([1000, 2000, 'Bonjour']);
    e.redo();
    e.redo();
    expect(cues(e)[0]).toEqual([1000, 3000, 'Hello']);
  });

  it('merges typing in one cue into one step', () => {
    const e = videoEditor();
    e.run(ACTIONS.importCaptions, { text: SRT });
    const id = e.design.captions!.cues[0].id;
    for (const text of ['B', 'Bo', 'Bon']) {
      e.run(ACTIONS.updateCue, { id, text });
      e.tick(100);
    }
    e.undo();
    expect(cues(e)[0][2]).toBe('Bonjour');
  });

  it('deletes a cue; sets the style; only on a video', () => {
    const e = videoEditor();
    e.run(ACTIONS.importCaptions, { text: SRT });
    e.run(ACTIONS.deleteCue, { id: e.design.captions!.cues[0].id });
    expect(cues(e)).toEqual([[3000, 4500, 'à tous']]);
    e.run(ACTIONS.setCaptionStyle, { preset: 'pill', position: 'top', accent: '#FF0000', fontSize: 999, burnIn: false, fontFamily: 'Anton' });
    expect(e.design.captions).toMatchObject({ preset: 'pill', position: 'top', accent: '#FF0000', fontSize: 400, burnIn: false, fontFamily: 'Anton' });
    e.run(ACTIONS.setCaptionStyle, { color: 'red' });
    expect(e.design.captions!.color).toBe('#FFFFFF');
    e.undo();
    expect(e.design.captions!.preset).toBe('highlight');
    e.undo();
    expect(cues(e)).toHaveLength(2);

    const still = createTestEditor();
    expect(still.can(ACTIONS.importCaptions)).toBe(false);
    still.run(ACTIONS.addCue, { atMs: 0, text: 'x' });
    expect(still.design.captions).toBeUndefined();
  });
});
