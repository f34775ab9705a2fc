/**
 * The meme being made: a bank layout at a format, in the UI language, with the user's lines and
 * pictures put in its slots by core/templates' fillTemplate (the one fill; the editor and the
 * command line use it too). Lines left empty show the layout's example words.
 *
 * A clip in a picture slot makes it a video meme (a design of kind `video`): each text box then
 * has its timing (shows from ... to ..., an entrance), applied by core/templates' timeBoxes, which
 * runs the editor's own timing and animation actions.
 */
import { useMemo, useState } from 'react';
import { findFormat, type Format } from '../../../core/formats/catalog';
import type { Message } from '../../../core/messages';
import { fillTemplateWithNotes, listSlots, timeBoxes, type BoxTiming, type SlotInfo, type SlotValue } from '../../../core/templates';
import type { BankTemplate } from '../../../core/templates/bank';
import type { Design, FormatRef } from '../../../core/schema';

export interface MemePicture {
  assetId: string;
  width: number;
  height: number;
  name: string;
  /** A clip (a video asset: an MP4, or a GIF/WebP imported as one): its length. */
  clipMs?: number;
}

export interface MemeState {
  formats: Format[];
  format: Format | undefined;
  setFormatId: (id: string) => void;
  slots: SlotInfo[];
  lines: Readonly<Record<string, string>>;
  setLine: (slot: string, text: string) => void;
  pictures: Readonly<Record<string, MemePicture>>;
  setPicture: (slot: string, picture: MemePicture | null) => void;
  colors: Readonly<Record<string, string>>;
  setColor: (slot: string, color: string) => void;
  /** Each text box's timing, by slot name (a video meme's; absent: the whole clip, no entrance). */
  timings: Readonly<Record<string, BoxTiming>>;
  setTiming: (slot: string, timing: BoxTiming) => void;
  /** The filled meme, or null while the layout has no format. */
  design: Design | null;
  /** What the fill says (a clip cut at the format's longest video). */
  notes: Message[];
}

/** A text box of a video meme with no timing set: the whole clip, no entrance. */
export const WHOLE_CLIP: BoxTiming = { inMs: 0, outMs: null, entrance: 'none' };

/**
 * What the screen fills: a bank template (built at the format chosen), or one of the user's
 * templates (its saved design, at its own format: `formats` empty).
 */
export type FillSource = Pick<BankTemplate, 'id' | 'category' | 'name' | 'formats'> & { build(format: FormatRef | undefined, language: 'en' | 'fr'): Design };

export function useMemeDesign(template: FillSource | undefined, language: 'en' | 'fr'): MemeState {
  const formats = useMemo(() => (template?.formats ?? []).flatMap((id) => findFormat(id) ?? []), [template]);
  const [formatId, setFormatId] = useState<string | null>(null);
  const format = formats.find((f) => f.id === formatId) ?? formats[0];
  const [lines, setLines] = useState<Record<string, string>>({});
  const [pictures, setPictures] = useState<Record<string, MemePicture>>({});
  const [colors, setColors] = useState<Record<string, string>>({});
  const [timings, setTimings] = useState<Record<string, BoxTiming>>({});

  const base = useMemo(
    () => (template ? template.build(format ? { preset: format.id, width: format.width, height: format.height } : undefined, language) : null),
    [template, format, language],
  );
  const slots = useMemo(() => (base ? listSlots(base) : []), [base]);
  const filled = useMemo(() => {
    if (!base) return null;
    const values: Record<string, SlotValue> = {};
    for (const { slot } of slots) {
      const line = lines[slot.name];
      if (slot.kind === 'text' && line !== undefined && line !== '') values[slot.name] = { kind: 'text', text: line };
      const picture = pictures[slot.name];
      if (slot.kind === 'image' && picture) {
        values[slot.name] = picture.clipMs
          ? { kind: 'clip', assetId: picture.assetId, width: picture.width, height: picture.height, durationMs: picture.clipMs }
          : { kind: 'image', assetId: picture.assetId, width: picture.width, height: picture.height };
      }
      const color = colors[slot.name];
      if (slot.kind === 'color' && color) values[slot.name] = { kind: 'color', color };
    }
    const result = fillTemplateWithNotes(base, values);
    return result.design.kind === 'video' ? { ...result, design: timeBoxes(result.design, timings) } : result;
  }, [base, slots, lines, pictures, colors, timings]);

  return {
    formats,
    format,
    setFormatId,
    slots,
    lines,
    setLine: (slot, text) => setLines((current) => ({ ...current, [slot]: text })),
    pictures,
    setPicture: (slot, picture) =>
      setPictures((current) => {
        const next = { ...current };
        if (picture) next[slot] = picture;
        else delete next[slot];
        return next;
      }),
    colors,
    setColor: (slot, color) => setColors((current) => ({ ...current, [slot]: color })),
    timings,
    setTiming: (slot, timing) => setTimings((current) => ({ ...current, [slot]: timing })),
    design: filled?.design ?? null,
    notes: filled?.notes ?? [],
  };
}
