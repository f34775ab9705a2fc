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

/** "Summer sale.png", or "Summer sale-2.png" for page 2 of a multi-page design. */
export function pageFileName(designName: string, extension: string, pageIndex: number, pageCount: number): string {
  const page = pageCount > 1 ? `-${pageIndex + 1}` : '';
  return `${safeFileStem(designName)}${page}.${extension}`;
}
