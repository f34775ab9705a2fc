/**
 * Dragging a library asset from the panel onto the canvas. The drop reads the asset from the
 * DataTransfer (our own type); while the drag is over the canvas only the types are readable, so
 * the asset being dragged is also kept here, to highlight the image an image would replace.
 */
import type { AssetSummary } from '../../../../core/api';

export const ASSET_DRAG_TYPE = 'application/x-affiche-asset';

let dragged: AssetSummary | null = null;

export function startAssetDrag(event: React.DragEvent, asset: AssetSummary): void {
  dragged = asset;
  event.dataTransfer.effectAllowed = 'copy';
  event.dataTransfer.setData(ASSET_DRAG_TYPE, JSON.stringify({ id: asset.id }));
  event.dataTransfer.setData('text/plain', asset.name ?? asset.fileName);
}

export function endAssetDrag(): void {
  dragged = null;
}

/** The asset dragged from the panel now, if the drag carries one. */
export function draggedAsset(dataTransfer: DataTransfer | null): AssetSummary | null {
  return dataTransfer?.types.includes(ASSET_DRAG_TYPE) ? dragged : null;
}

/** True when a drag from the desktop carries at least one image file (types are known before the drop). */
export function dragCarriesImageFile(dataTransfer: DataTransfer | null): boolean {
  if (!dataTransfer?.types.includes('Files')) return false;
  return [...dataTransfer.items].some((item) => item.kind === 'file' && (item.type.startsWith('image/') || item.type === ''));
}
