/**
 * Filling a template (docs/architecture.md, glossary: template, slot): a copy of the design with
 * each given slot's content replaced, and nothing else: what the template fixed (boxes, styles,
 * order, the other elements) stays where it was. Used by the fill form, the editor, the meme
 * screen and the CLI alike.
 *
 * - text slot: the element's words (its style runs, made for the example words, are dropped; its
 *   style, sizes and line limit are the element's own);
 * - image slot: the picture, in the element's box by the slot's `fit` around its focal point:
 *   `cover` crops the picture to the box, `contain` shrinks the box about its centre to the
 *   picture's shape. A shape standing in for the picture becomes an image with the same id, box,
 *   slot and corner radius (an ellipse masks it to a circle);
 * - colour slot: the element's fill or outline colour; an icon's one colour.
 *
 * A picture slot also takes a clip (issue 13, animated memes): the element becomes a video element
 * in the slot's box (cover, or contain, as the slot says), and the design a video (kind `video`)
 * whose scene lasts the clip, cut at the format's longest video (with a note). The texts keep their
 * place and show the whole scene until their timing says otherwise (docs/architecture.md, "Video").
 */
import { findFormat, FORMATS, NETWORK_LABELS } from '../formats/catalog';
import { coverCrop, containBox } from '../render/geometry';
import { msg, MessageError, type Message } from '../messages';
import { LIMITS, VIDEO_LIMITS, walkElements, type Design, type Element, type FormatRef, type ImageElement, type ShapeElement, type Slot, type VideoElement } from '../schema';
import { listSlots, sameSlotName } from './slots';

export type SlotValue =
  | { kind: 'text'; text: string }
  /** `width` x `height`: the picture's pixel size as shown (EXIF orientation applied). */
  | { kind: 'image'; assetId: string; width: number; height: number }
  /** A video asset in a picture slot: its pixel size and length (the library's probe). */
  | { kind: 'clip'; assetId: string; width: number; height: number; durationMs: number }
  | { kind: 'color'; color: string };

/** Values by slot name (names compare case-insensitively). */
export type SlotValues = Readonly<Record<string, SlotValue>>;

export interface FillOptions {
  /** Refuse when a required slot gets no value (the CLI, a final export); a preview leaves it as it is. */
  complete?: boolean;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;
const ASSET_ID = /^[0-9a-f]{64}$/;

/** The example words of each text slot in `language` (previews, the form's placeholders). */
export function exampleValues(design: Design, language: 'en' | 'fr'): Record<string, SlotValue> {
  const values: Record<string, SlotValue> = {};
  for (const { slot } of listSlots(design)) if (slot.kind === 'text' && slot.example) values[slot.name] = { kind: 'text', text: slot.example[language] };
  return values;
}

/** Checks every value against its slot; returns the values by slot name as the design spells it. */
function resolveValues(design: Design, values: SlotValues, options: FillOptions): Map<string, SlotValue> {
  const slots = listSlots(design).map((info) => info.slot);
  if (slots.length === 0) throw new MessageError(msg('template.noSlots'));
  const resolved = new Map<string, SlotValue>();
  for (const [name, value] of Object.entries(values)) {
    const slot = slots.find((s) => sameSlotName(s.name, name));
    if (!slot) throw new MessageError(msg('template.unknownSlot', { name, known: slots.map((s) => s.name).join(', ') }));
    checkValue(slot, value);
    resolved.set(slot.name, value);
  }
  if (options.complete) {
    for (const slot of slots) {
      if (slot.kind === 'color' || !slot.required || resolved.has(slot.name)) continue;
      throw new MessageError(slot.kind === 'text' ? msg('template.missingText', { name: slot.name }) : msg('template.missingPicture', { name: slot.name }));
    }
  }
  return resolved;
}

function checkValue(slot: Slot, value: SlotValue): void {
  const name = slot.name;
  switch (slot.kind) {
    case 'text':
      if (value.kind !== 'text') throw new MessageError(msg('template.needsText', { name }));
      if (value.text.length > LIMITS.maxTextLength) throw new MessageError(msg('template.textTooLong', { name, max: LIMITS.maxTextLength }));
      return;
    case 'image':
      if (value.kind === 'clip') {
        if (!ASSET_ID.test(value.assetId) || !(value.width > 0 && value.height > 0) || !Number.isFinite(value.width * value.height) || !(value.durationMs > 0) || !Number.isFinite(value.durationMs)) {
          throw new MessageError(msg('template.badClip', { name }));
        }
        return;
      }
      if (value.kind !== 'image') throw new MessageError(msg('template.needsPicture', { name }));
      if (!ASSET_ID.test(value.assetId) || !(value.width > 0 && value.height > 0) || !Number.isFinite(value.width * value.height)) {
        throw new MessageError(msg('template.badPicture', { name }));
      }
      return;
    case 'color':
      if (value.kind !== 'color') throw new MessageError(msg('template.needsColor', { name }));
      if (!HEX_COLOR.test(value.color)) throw new MessageError(msg('template.badColor', { name, value: value.color.slice(0, 40) }));
      return;
  }
}

/** What a slot's element keeps when a picture or a clip takes its place: id, box, state, constraints and timing. */
function placeOf(el: ImageElement | ShapeElement) {
  return {
    id: el.id,
    name: el.name,
    x: el.x,
    y: el.y,
    width: el.width,
    height: el.height,
    rotation: el.rotation,
    opacity: el.opacity,
    locked: el.locked,
    hidden: el.hidden,
    ...(el.aspectLocked !== undefined ? { aspectLocked: el.aspectLocked } : {}),
    ...(el.constraints ? { constraints: el.constraints } : {}),
    ...(el.timing ? { timing: el.timing } : {}),
  };
}

/** A picture in an image slot's box, by its fit. */
function placePicture(el: ImageElement | ShapeElement, slot: Extract<Slot, { kind: 'image' }>, picture: Extract<SlotValue, { kind: 'image' }>): ImageElement {
  const base = { ...placeOf(el), slot };
  const image: ImageElement =
    el.type === 'image'
      ? { ...el, ...base, assetId: picture.assetId }
      : {
          ...base,
          type: 'image',
          assetId: picture.assetId,
          flipX: false,
          flipY: false,
          cornerRadius: el.shape === 'rect' ? el.cornerRadius : 0,
          ...(el.shape === 'ellipse' ? { mask: 'circle' as const } : {}),
        };
  if (slot.fit === 'contain') {
    // The box shrinks about its centre to the picture's shape: all of it shows, uncropped.
    const inside = containBox(picture.width, picture.height, el.width, el.height);
    const { crop: _crop, ...uncropped } = image;
    return { ...uncropped, x: el.x + inside.x, y: el.y + inside.y, width: inside.width, height: inside.height };
  }
  const part = coverCrop(picture.width, picture.height, el.width / el.height, slot.focalX, slot.focalY);
  const crop = { x: part.x / picture.width, y: part.y / picture.height, width: part.width / picture.width, height: part.height / picture.height };
  // Rounding can leave x + width a hair over 1: the schema bounds each part.
  crop.width = Math.min(1, crop.width);
  crop.height = Math.min(1, crop.height);
  crop.x = Math.min(crop.x, 1 - crop.width);
  crop.y = Math.min(crop.y, 1 - crop.height);
  return { ...image, crop };
}

/**
 * A clip in an image slot's box: a video element with the element's id, place and timing, fitted
 * as the slot fits a picture (cover, centred; contain), playing from its start for `sceneMs`. The
 * slot goes: a video element carries none (SLOT_TARGETS).
 */
function placeClip(el: ImageElement | ShapeElement, slot: Extract<Slot, { kind: 'image' }>, clip: Extract<SlotValue, { kind: 'clip' }>, sceneMs: number): VideoElement {
  return {
    ...placeOf(el),
    type: 'video',
    assetId: clip.assetId,
    trimInMs: 0,
    ...(sceneMs < clip.durationMs ? { trimOutMs: sceneMs } : {}),
    muted: false,
    volume: 1,
    fit: slot.fit === 'contain' ? 'contain' : 'cover',
  };
}

/**
 * The longest a video in `format` may last: the format's own duration limit, else the shortest
 * limit among its network's video formats (an Instagram square post becomes a video the Reels
 * limits apply to), else the longest scene Affiche makes.
 */
export function videoDurationCapMs(format: FormatRef): { maxMs: number; network: string } {
  const entry = format.preset ? findFormat(format.preset) : undefined;
  const own = entry?.limits.durationSeconds?.max;
  const siblings = entry ? FORMATS.filter((f) => f.network === entry.network && f.kind === 'video').flatMap((f) => (f.limits.durationSeconds?.max ? [f.limits.durationSeconds.max] : [])) : [];
  const seconds = own ?? (siblings.length ? Math.min(...siblings) : undefined);
  const maxMs = Math.min(VIDEO_LIMITS.maxSceneMs, seconds !== undefined ? seconds * 1000 : VIDEO_LIMITS.maxSceneMs);
  return { maxMs, network: entry ? NETWORK_LABELS[entry.network] : 'Affiche' };
}

function filled(el: Element, value: SlotValue, sceneMs: number): Element {
  const slot = el.slot!;
  if (slot.kind === 'text' && el.type === 'text' && value.kind === 'text') {
    const { styles: _styles, ...rest } = el;
    return { ...rest, text: value.text };
  }
  if (slot.kind === 'image' && (el.type === 'image' || el.type === 'shape') && value.kind === 'image') return placePicture(el, slot, value);
  if (slot.kind === 'image' && (el.type === 'image' || el.type === 'shape') && value.kind === 'clip') return placeClip(el, slot, value, sceneMs);
  if (slot.kind === 'color' && (el.type === 'text' || el.type === 'shape') && value.kind === 'color') {
    if (slot.property === 'fill') return { ...el, fill: value.color };
    return { ...el, stroke: { width: 2, ...el.stroke, color: value.color } };
  }
  // An icon is painted with one colour (its strokes and fills alike): the slot sets it.
  if (slot.kind === 'color' && el.type === 'icon' && value.kind === 'color') return { ...el, color: value.color };
  // parseDesign keeps slots on the elements that can take them (SLOT_TARGETS), and resolveValues
  // matched the value to the slot's kind.
  throw new Error(`slot ${slot.name} (${slot.kind}) on a ${el.type} element with a ${value.kind} value`);
}

/** Replaces the elements of a page tree that carry a filled slot; the rest is shared, not copied. */
function fillElements(elements: readonly Element[], values: ReadonlyMap<string, SlotValue>, sceneMs: number): Element[] {
  return elements.map((el) => {
    const value = el.slot ? values.get(el.slot.name) : undefined;
    const self = value ? filled(el, value, sceneMs) : el;
    return self.type === 'group' ? { ...self, children: fillElements(self.children, values, sceneMs) } : self;
  });
}

/**
 * A copy of `design` with the slots in `values` filled. Throws a MessageError naming the slot when
 * a name is unknown, a value is of the wrong kind or malformed, or (`complete`) a required slot
 * has no value.
 */
export function fillTemplate(design: Design, values: SlotValues, options: FillOptions = {}): Design {
  return fillTemplateWithNotes(design, values, options).design;
}

/**
 * fillTemplate, and what the user should know about the result: a clip longer than the format
 * takes was cut (`template.clipCapped`). With a clip in any picture slot the result is a video
 * design: each page a scene as long as its longest clip (capped), other pages keeping their length.
 */
export function fillTemplateWithNotes(design: Design, values: SlotValues, options: FillOptions = {}): { design: Design; notes: Message[] } {
  const resolved = resolveValues(design, values, options);
  const clips = [...resolved.values()].filter((value): value is Extract<SlotValue, { kind: 'clip' }> => value.kind === 'clip');
  const copy = structuredClone(design);
  if (clips.length === 0) {
    copy.pages = copy.pages.map((page) => ({ ...page, elements: fillElements(page.elements, resolved, 0) }));
    return { design: copy, notes: [] };
  }
  const cap = videoDurationCapMs(design.format);
  const notes: Message[] = [];
  const longest = Math.max(...clips.map((clip) => clip.durationMs));
  if (longest > cap.maxMs) notes.push(msg('template.clipCapped', { seconds: Math.round(longest / 100) / 10, network: cap.network, max: Math.round(cap.maxMs / 1000) }));
  copy.kind = 'video';
  copy.pages = copy.pages.map((page) => {
    const onPage = new Set<string>();
    walkPage(page.elements, (el) => {
      const value = el.slot ? resolved.get(el.slot.name) : undefined;
      if (value?.kind === 'clip') onPage.add(el.slot!.name);
    });
    const lengths = [...onPage].map((name) => (resolved.get(name) as Extract<SlotValue, { kind: 'clip' }>).durationMs);
    const sceneMs = lengths.length ? Math.max(VIDEO_LIMITS.minSceneMs, Math.min(cap.maxMs, Math.round(Math.max(...lengths)))) : (page.durationMs ?? 0);
    const elements = fillElements(page.elements, resolved, sceneMs);
    return lengths.length ? { ...page, durationMs: sceneMs, elements } : { ...page, elements };
  });
  return { design: copy, notes };
}

function walkPage(elements: readonly Element[], visit: (el: Element) => void): void {
  for (const el of elements) {
    visit(el);
    if (el.type === 'group') walkPage(el.children, visit);
  }
}

/** Names of the slots a fill left to the template (nothing given): what a form shows as still to do. */
export function unfilledSlots(design: Design, values: SlotValues): Slot[] {
  const given = Object.keys(values);
  const slots: Slot[] = [];
  walkElements(design, (el) => {
    if (el.slot && !given.some((name) => sameSlotName(name, el.slot!.name))) slots.push(el.slot);
  });
  return slots;
}
