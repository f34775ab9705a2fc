import { pageFileName } from '../../../core/files/names';

export { safeFileStem } from '../../../core/files/names';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export const EXTENSIONS: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };
export const MIME_TYPES: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** "Summer sale.png", or "Summer sale-2.png" for page 2 of a multi-page design. */
export function exportFileName(designName: string, format: ImageFormat, pageIndex: number, pageCount: number): string {
  return pageFileName(designName, EXTENSIONS[format], pageIndex, pageCount);
}
