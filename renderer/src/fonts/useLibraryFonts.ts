import { useEffect, useState } from 'react';
import type { LibraryFontFace } from '../../../core/render';
import { currentLibraryFonts, libraryFonts, subscribeLibraryFonts } from './libraryFonts';

/** The library's brand font faces, kept current as fonts are imported or deleted (libraryFonts.ts watches the library). */
export function useLibraryFonts(): LibraryFontFace[] {
  const [faces, setFaces] = useState(currentLibraryFonts);
  useEffect(() => {
    const unsubscribe = subscribeLibraryFonts(setFaces);
    void libraryFonts().then(setFaces);
    return unsubscribe;
  }, []);
  return faces;
}
