/**
 * Bundled fonts (assets/fonts, TTF, SIL Open Font License 1.1; each folder holds its OFL.txt).
 * Registered with FontFace in the browser and with node-canvas in Node, under the same family names,
 * so the editor and every export draw the same glyphs.
 */

export type FontCategory = 'sans' | 'serif' | 'slab' | 'display' | 'handwriting';

export interface FontFaceFile {
  /** Path under assets/fonts (served as /fonts/<file> to the renderer). */
  file: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

export interface FontFamily {
  family: string;
  category: FontCategory;
  faces: FontFaceFile[];
}

function family(name: string, dir: string, category: FontCategory, styles: 'single' | 'bold' | 'full'): FontFamily {
  const face = (suffix: string, weight: 400 | 700, style: 'normal' | 'italic'): FontFaceFile => ({
    file: `${dir}/${dir}_${suffix}.ttf`,
    weight,
    style,
  });
  const faces = [face('400Regular', 400, 'normal')];
  if (styles !== 'single') faces.push(face('700Bold', 700, 'normal'));
  if (styles === 'full') faces.push(face('400Regular_Italic', 400, 'italic'), face('700Bold_Italic', 700, 'italic'));
  return { family: name, category, faces };
}

export const BUNDLED_FONTS: readonly FontFamily[] = [
  family('Inter', 'Inter', 'sans', 'full'),
  family('Montserrat', 'Montserrat', 'sans', 'full'),
  family('Lora', 'Lora', 'serif', 'full'),
  family('Playfair Display', 'PlayfairDisplay', 'serif', 'full'),
  family('Zilla Slab', 'ZillaSlab', 'slab', 'full'),
  /** Bold condensed display face, the Impact stand-in for memes. */
  family('Anton', 'Anton', 'display', 'single'),
  family('Bebas Neue', 'BebasNeue', 'display', 'single'),
  family('Oswald', 'Oswald', 'display', 'bold'),
  family('Caveat', 'Caveat', 'handwriting', 'bold'),
  family('Pacifico', 'Pacifico', 'handwriting', 'single'),
];

export const DEFAULT_FONT = 'Inter';

export function isBundledFont(name: string): boolean {
  return BUNDLED_FONTS.some((f) => f.family === name);
}

/**
 * The bundled colour emoji face (Noto Color Emoji, colour bitmaps, SIL Open Font License 1.1):
 * emoji in every text are drawn with it (toFabricTextStyles), in the editor and in Node alike, so
 * they look the same on every system, with or without an emoji font installed. Not offered in the
 * font menu.
 */
export const EMOJI_FONT: FontFamily = {
  family: 'Noto Color Emoji',
  category: 'display',
  faces: [{ file: 'NotoColorEmoji/NotoColorEmoji.ttf', weight: 400, style: 'normal' }],
};

export const EMOJI_FONT_FAMILY = EMOJI_FONT.family;
