import { useEffect, useState } from 'react';
import type { LibraryFontFace } from '../../../core/render';
import { useLibraryChanged } from '../shared/useLibraryChanged';
import { currentLibraryFonts, libraryFonts, refreshLibraryFonts, subscribeLibraryFonts } from './libraryFonts';

/** The library's brand font faces, kept current as fonts are imported or deleted. */
export function useLibraryFonts(): LibraryFontFace[] {
  const [faces, setFaces] = useState(currentLibraryFonts);
  useEffect(() => {
    const unsubscribe = subscribeLibraryFonts(setFaces);
    void libraryFonts().then(setFaces);
    return unsubscribe;
  }, []);
  useLibraryChanged('assets', () => void refreshLibraryFonts());
  return faces;
}
