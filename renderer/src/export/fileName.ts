import { IMAGE_EXTENSIONS, type ImageFileType } from '../../../core/files/imageTypes';
import { pageFileName } from '../../../core/files/names';

export { safeFileStem } from '../../../core/files/names';

/** "Summer sale.png", or "Summer sale-02.png" for page 2 of a multi-page design. */
export function exportFileName(designName: string, type: ImageFileType, pageIndex: number, pageCount: number): string {
  return pageFileName(designName, IMAGE_EXTENSIONS[type], pageIndex, pageCount);
}
