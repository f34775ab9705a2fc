/**
 * Brand fonts in the browser (issue 5): the library's font assets, registered with the document
 * under their family names (FontFace, from the asset's media URL) the first time a text, the font
 * picker or an export asks for the family. Texts name a library font by family, like a bundled
 * one (core/render/libraryFonts.ts); bundled families never come from here.
 */
import { libraryFacesFor, libraryFamilyNames, libraryFontFaces, type LibraryFontFace } from '../../../core/render';
import { getBridge } from '../bridge';

/** A family asked for that the catalog lacks refetches it, at most this often (a font just imported). */
const MISS_REFETCH_MS = 2000;

let catalog: Promise<LibraryFontFace[]> | null = null;
let fetchedAt = 0;
let latest: LibraryFontFace[] = [];
const listeners = new Set<(faces: LibraryFontFace[]) => void>();
const registered = new Map<string, { face: FontFace; loading?: Promise<boolean> }>();

function fetchCatalog(): Promise<LibraryFontFace[]> {
  fetchedAt = Date.now();
  const pending = getBridge()
    .api['assets.list']({ kind: 'font', limit: 5000 })
    .then(({ assets }) => {
      latest = libraryFontFaces(assets);
      for (const listener of [...listeners]) listener(latest);
      return latest;
    })
    .catch((error: unknown) => {
      // Not cached: the next ask tries again. Texts meanwhile fall back like any unknown font.
      console.warn('library fonts unavailable', error);
      if (catalog === pending) catalog = null;
      return latest;
    });
  catalog = pending;
  return pending;
}

/** The library's font faces (bundled family names left out), fetched once and then on refresh. */
export function libraryFonts(): Promise<LibraryFontFace[]> {
  return catalog ?? fetchCatalog();
}

/** Fetches the catalog again (the library changed: a font imported or deleted). */
export function refreshLibraryFonts(): Promise<LibraryFontFace[]> {
  return fetchCatalog();
}

/** The faces known now, without waiting (menus render at once and update when subscribed). */
export function currentLibraryFonts(): LibraryFontFace[] {
  return latest;
}

/** Stops the one library-event subscription; set while anyone listens. */
let unwatch: (() => void) | null = null;

/**
 * While anyone listens, one subscription to the library's events refetches the catalog when
 * assets change (a font imported or deleted), however many menus and panels show the fonts;
 * a burst of changes (a big import) refetches once.
 */
function watchLibrary(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const stop = getBridge().events['library.changed']((payload) => {
      if (payload.scope !== 'assets') return;
      clearTimeout(timer);
      timer = setTimeout(() => void refreshLibraryFonts(), 150);
    });
    unwatch = () => {
      clearTimeout(timer);
      stop();
    };
  } catch (error) {
    console.warn('library events unavailable: fonts imported elsewhere show after a reload', error);
  }
}

export function subscribeLibraryFonts(listener: (faces: LibraryFontFace[]) => void): () => void {
  listeners.add(listener);
  if (!unwatch) watchLibrary();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unwatch) {
      unwatch();
      unwatch = null;
    }
  };
}

export { libraryFamilyNames };

function registeredFace(face: LibraryFontFace): { face: FontFace; loading?: Promise<boolean> } {
  let entry = registered.get(face.assetId);
  if (!entry) {
    const fontFace = new FontFace(face.family, `url("${getBridge().mediaUrl('asset', face.assetId)}")`, {
      weight: String(face.weight),
      style: face.style,
      display: 'block',
    });
    document.fonts.add(fontFace);
    entry = { face: fontFace };
    registered.set(face.assetId, entry);
  }
  return entry;
}

/**
 * Loads every library face of these families (names that are neither bundled nor in the library
 * are ignored: they fall back like any CSS font). Never throws: a face that fails to load leaves
 * its texts in the fallback face.
 */
export async function loadLibraryFamilies(families: Iterable<string>): Promise<void> {
  const wanted = [...new Set(families)];
  if (wanted.length === 0) return;
  let faces = libraryFacesFor(await libraryFonts(), wanted);
  const found = new Set(faces.map((face) => face.family.toLowerCase()));
  if (wanted.some((family) => !found.has(family.toLowerCase())) && Date.now() - fetchedAt > MISS_REFETCH_MS) {
    faces = libraryFacesFor(await refreshLibraryFonts(), wanted);
  }
  await Promise.all(
    faces.map((face) => {
      const entry = registeredFace(face);
      entry.loading ??= entry.face.load().then(
        () => true,
        () => {
          entry.loading = undefined;
          return false;
        },
      );
      return entry.loading;
    }),
  );
}
