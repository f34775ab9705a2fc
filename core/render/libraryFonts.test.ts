import { describe, expect, it } from 'vitest';
import { createDesign, createTextElement } from '../schema/factory';
import { designFontFamilies, faceOfStyleName, libraryFacesFor, libraryFamilyNames, libraryFontFaces } from './libraryFonts';

const id = (c: string) => c.repeat(64);

describe('faceOfStyleName', () => {
  it.each([
    ['Regular', 400, 'normal'],
    [undefined, 400, 'normal'],
    ['Bold', 700, 'normal'],
    ['Bold Italic', 700, 'italic'],
    ['BoldItalic', 700, 'italic'],
    ['Italic', 400, 'italic'],
    ['Light Oblique', 300, 'italic'],
    ['SemiBold', 600, 'normal'],
    ['Demi Bold', 600, 'normal'],
    ['ExtraBold', 800, 'normal'],
    ['ExtraLight', 200, 'normal'],
    ['Thin', 100, 'normal'],
    ['Medium', 500, 'normal'],
    ['Black Italic', 900, 'italic'],
    ['Heavy', 900, 'normal'],
    ['700', 700, 'normal'],
    ['Book', 400, 'normal'],
  ])('%s -> %d %s', (name, weight, style) => {
    expect(faceOfStyleName(name)).toEqual({ weight, style });
  });
});

describe('library font resolution', () => {
  const assets = [
    { id: id('1'), kind: 'font', fontFamily: 'Marquise', fontStyle: 'Bold' },
    { id: id('2'), kind: 'font', fontFamily: 'Marquise', fontStyle: 'Regular' },
    // An older import of the same face: the newest (first) wins.
    { id: id('3'), kind: 'font', fontFamily: 'Marquise', fontStyle: 'Regular' },
    // A bundled family never comes from the library.
    { id: id('4'), kind: 'font', fontFamily: 'Inter', fontStyle: 'Black' },
    { id: id('5'), kind: 'image' },
    { id: id('6'), kind: 'font' },
    { id: id('7'), kind: 'font', fontFamily: 'Acme Serif', fontStyle: 'Italic' },
  ];

  it('turns font assets into faces: non-bundled families, one asset per face, newest first', () => {
    const faces = libraryFontFaces(assets);
    expect(faces.map((f) => [f.assetId, f.family, f.weight, f.style])).toEqual([
      [id('1'), 'Marquise', 700, 'normal'],
      [id('2'), 'Marquise', 400, 'normal'],
      [id('7'), 'Acme Serif', 400, 'italic'],
    ]);
    expect(libraryFamilyNames(faces)).toEqual(['Acme Serif', 'Marquise']);
  });

  it('finds the faces a design needs by family name (case-insensitive); bundled and unknown names need none', () => {
    const faces = libraryFontFaces(assets);
    const design = createDesign({ name: 'd', format: { preset: null, width: 100, height: 100 } });
    design.pages[0].elements.push(
      createTextElement({ x: 0, y: 0, width: 10, fontFamily: 'marquise' }),
      createTextElement({ x: 0, y: 0, width: 10, fontFamily: 'Inter' }),
      createTextElement({ x: 0, y: 0, width: 10, fontFamily: 'Nowhere' }),
    );
    const families = designFontFamilies(design);
    expect([...families].sort()).toEqual(['Inter', 'Nowhere', 'marquise']);
    expect(libraryFacesFor(faces, families).map((f) => f.assetId)).toEqual([id('1'), id('2')]);
  });
});
