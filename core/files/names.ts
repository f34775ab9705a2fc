/** File names Affiche writes (exports, .affiche files), safe on Windows, macOS and Linux. */

/** A file-name stem from a design name: no separators, no control characters, no reserved names. */
export function safeFileStem(name: string): string {
  const stem = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\-\s]+/, '')
    .replace(/[. ]+$/, '');
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem);
  const safe = reserved || stem === '' ? `design ${stem}`.trim() : stem;
  return safe.slice(0, 120).trim();
}

/**
 * The number of a page in a set of `pageCount`: zero-padded to at least 2 digits (3 from 100
 * pages), so "-02" sorts before "-10" in every file manager and zip tool (docs/architecture.md,
 * "Carousels").
 */
export function pageNumberTag(pageIndex: number, pageCount: number): string {
  const digits = Math.max(2, String(Math.max(1, pageCount)).length);
  return String(pageIndex + 1).padStart(digits, '0');
}

/** "-02" for page 2 of several, nothing for a single page. */
function pageSuffix(pageIndex: number, pageCount: number): string {
  return pageCount > 1 ? `-${pageNumberTag(pageIndex, pageCount)}` : '';
}

/** "Summer sale.png", or "Summer sale-02.png" for page 2 of a multi-page design (a numbered set). */
export function pageFileName(designName: string, extension: string, pageIndex: number, pageCount: number): string {
  return `${safeFileStem(designName)}${pageSuffix(pageIndex, pageCount)}.${extension}`;
}

/**
 * A slide of a carousel split into posts (a network takes fewer slides than the design has):
 * "Summer sale-post1-01.png", "Summer sale-post2-01.png"... Flat names rather than a folder per
 * post: the same names work in a folder (the command line) and in a zip, a phone's picker that
 * does not open sub-folders still sees every file, and each post's files sort together in order.
 * Slides are numbered within their post, as the network will show them.
 */
export function postFileName(designName: string, extension: string, post: number, postCount: number, slideInPost: number, slidesInPost: number): string {
  const postTag = postCount > 1 ? `-post${post + 1}` : '';
  return `${safeFileStem(designName)}${postTag}-${pageNumberTag(slideInPost, Math.max(2, slidesInPost))}.${extension}`;
}

/** The alt text of a set's slides, beside its files: "Summer sale-alt-text.csv". */
export function altTextFileName(designName: string): string {
  return `${safeFileStem(designName)}-alt-text.csv`;
}

/** The part of a file name that says which format a file is for. */
export interface FormatNameRef {
  /** A catalog id ("instagram-story": network and format), or null for a custom size. */
  preset: string | null;
  width: number;
  height: number;
}

/**
 * "instagram-story" for a catalog format (its id already names the network), "custom-1080x1920"
 * for a custom size. Ids come from design files, so they are cleaned like any other name part.
 */
export function formatFileTag(format: FormatNameRef): string {
  const preset = (format.preset ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return preset || `custom-${format.width}x${format.height}`;
}

/**
 * One design exported in several formats (variants): "Soldes d’été-instagram-story.png", or
 * "Soldes d’été-instagram-story-02.png" for page 2. The design's stem is the same as a plain
 * export's, so files of one design sort together; the tag is kept whole when the stem is cut.
 */
export function formatFileName(designName: string, format: FormatNameRef, extension: string, pageIndex: number, pageCount: number): string {
  const stem = safeFileStem(designName).slice(0, 120 - 61).trim();
  return `${stem}-${formatFileTag(format)}${pageSuffix(pageIndex, pageCount)}.${extension}`;
}

/**
 * `name`, or "stem (2).ext", "stem (3).ext"... when `taken` already holds it (case-insensitive:
 * Windows and macOS folders and zip tools treat "A.png" and "a.png" as one file). Adds the result.
 */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const EXTENSION_OF_TYPE: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' };

/** The file extension (no dot) of an image type, e.g. after a fix changed PNG to JPEG; undefined if unknown. */
export function extensionOfType(mime: string): string | undefined {
  return EXTENSION_OF_TYPE[mime];
}
