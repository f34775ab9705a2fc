/** A download name from a design name, safe on Windows, macOS and Linux. */
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

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export const EXTENSIONS: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };
export const MIME_TYPES: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** "Summer sale.png", or "Summer sale-2.png" for page 2 of a multi-page design. */
export function exportFileName(designName: string, format: ImageFormat, pageIndex: number, pageCount: number): string {
  const page = pageCount > 1 ? `-${pageIndex + 1}` : '';
  return `${safeFileStem(designName)}${page}.${EXTENSIONS[format]}`;
}
