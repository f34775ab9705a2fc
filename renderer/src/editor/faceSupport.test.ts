import { describe, expect, it } from 'vitest';
import type { LibraryFontFace } from '../../../core/render/libraryFonts';
import { faceSupport } from './TextSection';

const face = (family: string, weight: number, style: 'normal' | 'italic' = 'normal'): LibraryFontFace => ({ assetId: 'a'.repeat(64), family, weight, style, styleName: '' });

describe('faceSupport: bold and italic only where a real face exists', () => {
  it('reads a bundled family from its files', () => {
    expect(faceSupport('Inter')).toEqual({ bold: true, italic: true });
    expect(faceSupport('Pacifico')).toEqual({ bold: false, italic: false });
  });

  it('reads a library family from its imported faces, by name regardless of case', () => {
    const faces = [face('Marquise', 400), face('Marquise', 600), face('Other', 400, 'italic')];
    expect(faceSupport('Marquise', faces)).toEqual({ bold: true, italic: false });
    expect(faceSupport('marquise', faces)).toEqual({ bold: true, italic: false });
    expect(faceSupport('Other', faces)).toEqual({ bold: false, italic: true });
    expect(faceSupport('Unknown', faces)).toEqual({ bold: false, italic: false });
  });

  it('never lets a library face claim styles for a bundled family', () => {
    expect(faceSupport('Pacifico', [face('Pacifico', 700, 'italic')])).toEqual({ bold: false, italic: false });
  });
});
