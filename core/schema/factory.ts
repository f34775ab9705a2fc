/** Constructors for new designs and elements with the defaults a user expects. */
import { DESIGN_SCHEMA_VERSION } from './constants';
import type { Design, DesignKind, FormatRef, IconElement, ImageElement, Page, ShapeElement, TextElement, VideoElement } from './design';

/** Short random id, url-safe (globalThis.crypto exists in browsers and Node >= 19). */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36];
  return prefix + out;
}

export function createPage(): Page {
  return { id: newId('p'), background: { fill: '#ffffff' }, elements: [] };
}

export function createDesign(input: { name: string; format: FormatRef; kind?: DesignKind; now?: string }): Design {
  const now = input.now ?? new Date().toISOString();
  return {
    schemaVersion: DESIGN_SCHEMA_VERSION,
    id: newId('d'),
    name: input.name,
    kind: input.kind ?? 'still',
    format: input.format,
    pages: [createPage()],
    createdAt: now,
    updatedAt: now,
  };
}

const baseDefaults = { rotation: 0, opacity: 1, locked: false, hidden: false } as const;

export function createTextElement(props: Partial<TextElement> & Pick<TextElement, 'x' | 'y' | 'width'>): TextElement {
  const fontSize = props.fontSize ?? 64;
  return {
    ...baseDefaults,
    id: newId('e'),
    type: 'text',
    // No name: its layer is called after its words until the user names it (core/elements).
    name: '',
    height: Math.round(fontSize * 1.2),
    text: 'Text',
    fontFamily: 'Inter',
    fontSize,
    fontWeight: 400,
    fontStyle: 'normal',
    fill: '#111111',
    align: 'center',
    lineHeight: 1.16,
    letterSpacing: 0,
    underline: false,
    linethrough: false,
    textCase: 'asTyped',
    ...props,
  };
}

export function createShapeElement(
  props: Partial<ShapeElement> & Pick<ShapeElement, 'shape' | 'x' | 'y' | 'width' | 'height'>,
): ShapeElement {
  return {
    ...baseDefaults,
    id: newId('e'),
    type: 'shape',
    name: props.shape === 'ellipse' ? 'Ellipse' : props.shape === 'rect' ? 'Rectangle' : 'Shape',
    fill: '#7c5cff',
    cornerRadius: 0,
    ...props,
  };
}

export function createImageElement(
  props: Partial<ImageElement> & Pick<ImageElement, 'assetId' | 'x' | 'y' | 'width' | 'height'>,
): ImageElement {
  return { ...baseDefaults, id: newId('e'), type: 'image', name: 'Image', flipX: false, flipY: false, cornerRadius: 0, ...props };
}

export function createVideoElement(
  props: Partial<VideoElement> & Pick<VideoElement, 'assetId' | 'x' | 'y' | 'width' | 'height'>,
): VideoElement {
  return { ...baseDefaults, id: newId('e'), type: 'video', name: 'Video', trimInMs: 0, muted: false, volume: 1, ...props };
}

export function createIconElement(
  props: Partial<IconElement> & Pick<IconElement, 'icon' | 'paths' | 'x' | 'y' | 'width' | 'height'>,
): IconElement {
  return { ...baseDefaults, id: newId('e'), type: 'icon', name: '', style: 'outline', viewBox: 24, color: '#1c1b22', strokeWidth: 2, aspectLocked: true, ...props };
}
