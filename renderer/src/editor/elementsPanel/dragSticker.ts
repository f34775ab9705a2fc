/**
 * An icon or an emoji dragged from the Elements panel onto the page: the drag carries the action's
 * arguments (an icon's drawing and colour, or the emoji), and the drop runs that action at the
 * drop point (useStickerDrop.ts). Nothing but those arguments travels.
 */
import type { IconPathRecord } from '../../../../core/elementSets/types';
import type { IconElement } from '../../../../core/schema/design';

export const STICKER_DRAG_TYPE = 'application/x-affiche-sticker+json';

export type DraggedSticker =
  | { kind: 'icon'; set: string; name: string; style: IconElement['style']; viewBox: number; paths: readonly IconPathRecord[]; color: string }
  | { kind: 'emoji'; emoji: string };

export function startStickerDrag(event: React.DragEvent, sticker: DraggedSticker): void {
  event.dataTransfer.effectAllowed = 'copy';
  event.dataTransfer.setData(STICKER_DRAG_TYPE, JSON.stringify(sticker));
}

function isPathRecord(value: unknown): value is IconPathRecord {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.d === 'string' && typeof record.fill === 'boolean' && typeof record.stroke === 'boolean';
}

/** The sticker a drop carries, if it is one (checked field by field: a drop may come from anywhere). */
export function droppedSticker(dataTransfer: DataTransfer | null): DraggedSticker | null {
  const raw = dataTransfer?.getData(STICKER_DRAG_TYPE);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (value.kind === 'emoji' && typeof value.emoji === 'string') return { kind: 'emoji', emoji: value.emoji };
    if (
      value.kind === 'icon' &&
      typeof value.set === 'string' &&
      typeof value.name === 'string' &&
      (value.style === 'outline' || value.style === 'filled') &&
      typeof value.viewBox === 'number' &&
      typeof value.color === 'string' &&
      Array.isArray(value.paths) &&
      value.paths.every(isPathRecord)
    ) {
      return value as DraggedSticker;
    }
  } catch {
    // Not ours.
  }
  return null;
}
