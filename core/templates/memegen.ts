/**
 * memegen's `config.yml` (issue 11, "Import memegen's config.yml templates") as a template on the
 * user's own picture: each `text[]` box becomes a text slot where memegen would draw it, the
 * picture an image slot covering the page. The YAML text is parsed by the caller (the backend);
 * this module takes the parsed document, trusts nothing in it, and returns a valid design.
 *
 * memegen's fields, as its templates write them: `anchor_x`/`anchor_y` (the box's top-left corner,
 * fractions of the picture), `scale_x`/`scale_y` (its size, fractions), `angle` (degrees,
 * counter-clockwise as PIL rotates), `style` (upper, none, default = upper, mock...), `color` (a
 * CSS name or #rrggbb), `font` (memegen's own names), `align`; `example[]` the example lines;
 * `keywords[]` search words. Without `text`, memegen draws full-width bands over the top 20 % and
 * the bottom 20 %. Its text is at most picture height / 9 tall, outlined in the opposite colour.
 */
import { z } from 'zod';
import { LIMITS, createDesign, createImageElement, createTextElement, parseDesign, type Design } from '../schema';

/** memegen's font names -> the nearest bundled family (core/render/fonts.ts). */
const FONTS: Readonly<Record<string, { family: string; weight: 400 | 700 }>> = {
  thick: { family: 'Anton', weight: 400 },
  impact: { family: 'Anton', weight: 400 },
  titilliumweb: { family: 'Anton', weight: 400 },
  thin: { family: 'Oswald', weight: 400 },
  tiny: { family: 'Inter', weight: 700 },
  notosans: { family: 'Inter', weight: 700 },
  kalam: { family: 'Caveat', weight: 700 },
  comic: { family: 'Caveat', weight: 700 },
  hgminchob: { family: 'Lora', weight: 700 },
};
const DEFAULT_FONT = FONTS.thick;

/** The CSS colour names memegen's templates use, and the basic ones. */
const COLORS: Readonly<Record<string, string>> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  pink: '#ffc0cb',
  gray: '#808080',
  grey: '#808080',
  brown: '#a52a2a',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  lime: '#00ff00',
  navy: '#000080',
  maroon: '#800000',
  teal: '#008080',
  silver: '#c0c0c0',
  gold: '#ffd700',
};

const fraction = z.coerce.number().finite().min(-1).max(2);
const boxSchema = z
  .object({
    style: z.string().max(40).optional(),
    color: z.string().max(40).optional(),
    font: z.string().max(40).optional(),
    align: z.string().max(20).optional(),
    angle: z.coerce.number().finite().min(-360).max(360).optional(),
    anchor_x: fraction.optional(),
    anchor_y: fraction.optional(),
    scale_x: z.coerce.number().finite().min(0.01).max(1).optional(),
    scale_y: z.coerce.number().finite().min(0.01).max(1).optional(),
  })
  .loose();

export const memegenConfigSchema = z
  .object({
    name: z.coerce.string().max(200).optional(),
    keywords: z.array(z.coerce.string().max(100)).max(100).optional(),
    example: z.array(z.coerce.string().max(LIMITS.maxTextLength)).max(100).optional(),
    text: z.array(boxSchema).max(20).optional(),
  })
  .loose();
export type MemegenConfig = z.infer<typeof memegenConfigSchema>;

/** memegen's default boxes: full-width bands over the top and the bottom 20 %. */
const DEFAULT_BOXES: z.infer<typeof boxSchema>[] = [
  { anchor_x: 0, anchor_y: 0, scale_x: 1, scale_y: 0.2 },
  { anchor_x: 0, anchor_y: 0.8, scale_x: 1, scale_y: 0.2 },
];

export function colorOf(value: string | undefined, fallback: string): string {
  const text = (value ?? '').trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  // Own names only: `__proto__` or `constructor` in a config is no colour.
  return Object.hasOwn(COLORS, text) ? COLORS[text] : fallback;
}

/** Dark text gets a white outline, light text a black one (memegen outlines in the opposite colour). */
function outlineFor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? '#ffffff' : '#000000';
}

/** Slot names: `top` / `bottom` for memegen's classic two boxes, else `text1`, `text2`... */
function slotNames(count: number): string[] {
  return count === 2 ? ['top', 'bottom'] : Array.from({ length: count }, (_, i) => `text${i + 1}`);
}

export interface MemegenPicture {
  assetId: string;
  width: number;
  height: number;
}

/**
 * A meme template from a parsed config.yml and the user's picture (the page is the picture's size,
 * scaled down to fit the largest page). Throws a ZodError when the document is not memegen's shape.
 */
export function memegenTemplate(document: unknown, picture: MemegenPicture, options: { now?: string } = {}): { design: Design; name: string; tags: string[] } {
  const config = memegenConfigSchema.parse(document ?? {});
  const scale = Math.min(1, LIMITS.maxPageSide / Math.max(picture.width, picture.height));
  const width = Math.max(1, Math.round(picture.width * scale));
  const height = Math.max(1, Math.round(picture.height * scale));
  const name = (config.name ?? '').trim() || 'memegen';
  const design = createDesign({ name, format: { preset: null, width, height }, kind: 'meme', ...(options.now ? { now: options.now } : {}) });
  const boxes = config.text && config.text.length > 0 ? config.text : DEFAULT_BOXES;
  const names = slotNames(boxes.length);
  const maxSize = Math.max(8, Math.round(height / 9));
  const texts = boxes.map((box, i) => {
    const x = Math.round((box.anchor_x ?? 0) * width);
    const y = Math.round((box.anchor_y ?? 0) * height);
    const boxWidth = Math.max(1, Math.round((box.scale_x ?? 1) * width));
    const boxHeight = Math.max(1, Math.round((box.scale_y ?? 0.2) * height));
    const fontSize = Math.max(8, Math.min(maxSize, Math.floor(boxHeight / 1.2)));
    const font = FONTS[(box.font ?? '').trim().toLowerCase()] ?? DEFAULT_FONT;
    const fill = colorOf(box.color, '#ffffff');
    const style = (box.style ?? 'upper').trim().toLowerCase();
    const example = config.example?.[i] ?? '';
    const align = (['left', 'center', 'right'] as const).find((a) => a === (box.align ?? 'center').trim().toLowerCase()) ?? 'center';
    return createTextElement({
      id: `text${i + 1}`,
      x,
      y,
      width: boxWidth,
      height: boxHeight,
      fontSize,
      fontFamily: font.family,
      fontWeight: font.weight,
      fill,
      stroke: { color: outlineFor(fill), width: Math.max(1, Math.round(fontSize / 12)) },
      align,
      // memegen's default style is upper case; "none" keeps the words as typed.
      textCase: style === 'upper' || style === 'default' ? 'upper' : 'asTyped',
      // PIL turns counter-clockwise for a positive angle; Affiche's rotation turns clockwise.
      rotation: box.angle ? -box.angle : 0,
      text: example,
      slot: { kind: 'text', name: names[i], ...(example ? { example: { en: example, fr: example } } : {}) },
    });
  });
  design.pages[0].elements = [
    createImageElement({ id: 'picture', assetId: picture.assetId, x: 0, y: 0, width, height, slot: { kind: 'image', name: 'picture', fit: 'cover', focalX: 0.5, focalY: 0.5 } }),
    ...texts,
  ];
  const tags = [...new Set((config.keywords ?? []).map((k) => k.trim()).filter(Boolean))].slice(0, 50);
  return { design: parseDesign(design).design, name, tags };
}
