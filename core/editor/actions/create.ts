/**
 * New elements placed on the page the user sees (the shown variant's size when one is open): a
 * text, a shape, a picture or a video from the library. Where they land and how big they start is
 * decided here, once, whatever adds them (toolbar, shapes panel, library panel, a drop, a paste of
 * an image file). Each adds its element on top and selects it.
 */
import { NEW_ICON_SIZE_SHARE, NEW_SHAPES, iconPathOf, type IconPathRecord, type ShapeKind } from '../../elements';
import { createIconElement, createImageElement, createShapeElement, createTextElement, createVideoElement } from '../../schema/factory';
import type { Element, IconElement } from '../../schema/design';
import type { Perform, Point } from '../types';
import { currentFormat } from '../tree';
import { createElements } from './elements';

/** A new text's font size: 6 % of the page's shorter side, within 8..400 px. */
export function newTextFontSize(page: { width: number; height: number }): number {
  return Math.max(8, Math.min(400, Math.round(Math.min(page.width, page.height) * 0.06)));
}
/** A new text box is 70 % of the page wide. */
export const NEW_TEXT_WIDTH_SHARE = 0.7;
/** A new shape's larger side is about 40 % of the page's shorter side. */
export const NEW_SHAPE_SIZE_SHARE = 0.4;
/** A new picture or video fits inside 80 % of the page, ratio kept. */
export const NEW_MEDIA_SHARE = 0.8;

const round = (value: number) => Math.round(value * 100) / 100;

/** `element` moved so its box is centred on `at` (kept on the page), or on the page's centre. */
function centred<E extends Element>(element: E, page: { width: number; height: number }, at?: Point): E {
  const cx = at ? Math.min(page.width, Math.max(0, at.x)) : page.width / 2;
  const cy = at ? Math.min(page.height, Math.max(0, at.y)) : page.height / 2;
  return { ...element, x: round(cx - element.width / 2), y: round(cy - element.height / 2) };
}

/**
 * A text in the default style (or in `fontFamily`), its words given in the UI's language. It has
 * no name of its own: its layer is called after its words until the user names it (`elementLabel`).
 */
export const addText: Perform<{ text: string; fontFamily?: string; at?: Point }> = (state, { text, fontFamily, at }) => {
  const page = currentFormat(state);
  const width = Math.round(page.width * NEW_TEXT_WIDTH_SHARE);
  const element = createTextElement({ x: 0, y: 0, width, fontSize: newTextFontSize(page), text, name: '', ...(fontFamily ? { fontFamily } : {}) });
  return createElements(state, { elements: [centred(element, page, at)] });
};

/** A shape of this kind, in its own proportions and colour (core/elements/shape.ts). */
export const addShape: Perform<{ shape: ShapeKind; name: string }> = (state, { shape, name }) => {
  const page = currentFormat(state);
  const side = Math.round(Math.min(page.width, page.height) * NEW_SHAPE_SIZE_SHARE);
  const { proportions, fill, sides } = NEW_SHAPES[shape];
  const [width, height] = proportions.map((f) => Math.max(4, Math.round(side * f)));
  const element = createShapeElement({ shape, name: name.slice(0, 200), x: 0, y: 0, width, height, fill, ...(sides ? { sides } : {}) });
  return createElements(state, { elements: [centred(element, page)] });
};

/**
 * A library picture or video at its own ratio, as large as fits in 80 % of the page, centred on
 * the page or on `at` (a drop point). `width` and `height` are the medium's own pixels.
 */
export const insertMedia: Perform<{ kind: 'image' | 'video'; assetId: string; name: string; width: number; height: number; at?: Point }> = (state, args) => {
  if (!(args.width > 0) || !(args.height > 0)) return state;
  const page = currentFormat(state);
  const scale = Math.min((page.width * NEW_MEDIA_SHARE) / args.width, (page.height * NEW_MEDIA_SHARE) / args.height);
  const box = { assetId: args.assetId, name: args.name.slice(0, 200), x: 0, y: 0, width: round(args.width * scale), height: round(args.height * scale) };
  const element = args.kind === 'image' ? createImageElement(box) : createVideoElement(box);
  return createElements(state, { elements: [centred(element, page, args.at)] });
};

/**
 * An icon of the Elements panel's set (core/elementSets), square, a quarter of the page's shorter
 * side, centred on the page or on `at` (a drop point), in `color` (the panel's chosen colour).
 * Its drawing is copied into the element, so the design draws it without the set.
 */
export const addIcon: Perform<{
  set: string;
  name: string;
  style: IconElement['style'];
  viewBox: number;
  paths: readonly IconPathRecord[];
  color: string;
  strokeWidth?: number;
  at?: Point;
}> = (state, args) => {
  if (args.paths.length === 0) return state;
  const page = currentFormat(state);
  const side = Math.max(8, Math.round(Math.min(page.width, page.height) * NEW_ICON_SIZE_SHARE));
  const element = createIconElement({
    icon: `${args.set}:${args.name}`,
    style: args.style,
    viewBox: args.viewBox,
    paths: args.paths.map(iconPathOf),
    color: args.color,
    ...(args.strokeWidth !== undefined ? { strokeWidth: args.strokeWidth } : {}),
    x: 0,
    y: 0,
    width: side,
    height: side,
  });
  return createElements(state, { elements: [centred(element, page, args.at)] });
};

/** A new emoji sticker's size: a fifth of the page's shorter side. */
export const NEW_EMOJI_SIZE_SHARE = 0.2;

/**
 * An emoji as a sticker: a text holding just the emoji, large (a fifth of the page's shorter
 * side), centred in its box, on the page's centre or on `at` (a drop point). It is a text, so it
 * draws with the colour emoji font the renderers have, in the editor and in exports alike, and
 * its layer is called after the emoji itself.
 */
export const addEmoji: Perform<{ emoji: string; at?: Point }> = (state, { emoji, at }) => {
  const text = emoji.trim();
  if (text === '') return state;
  const page = currentFormat(state);
  const fontSize = Math.max(16, Math.round(Math.min(page.width, page.height) * NEW_EMOJI_SIZE_SHARE));
  const element = createTextElement({ x: 0, y: 0, width: Math.round(fontSize * 1.5), height: Math.round(fontSize * 1.25), fontSize, text, name: '', align: 'center', lineHeight: 1.1 });
  return createElements(state, { elements: [centred(element, page, at)] });
};
