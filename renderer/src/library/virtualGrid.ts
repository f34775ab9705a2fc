/**
 * Window maths of the virtualised asset grid: how many columns fit, which rows are on screen, and
 * which pages of `assets.list` they need. Pure, so 10,000 assets are a matter of arithmetic and the
 * tests need no DOM.
 */

export interface GridLayoutOptions {
  /** Narrowest a tile may be; columns are added while they stay at least this wide. */
  minTileWidth: number;
  gap: number;
  /** Height of the name/meta line under the square thumbnail. */
  captionHeight: number;
  /** Inner padding of the scroll area, on each side. */
  padding: number;
}

export interface GridMetrics {
  columns: number;
  tileWidth: number;
  tileHeight: number;
  /** Tile height plus the gap under it: the vertical period of the grid. */
  rowHeight: number;
  gap: number;
  padding: number;
}

export function gridMetrics(containerWidth: number, options: GridLayoutOptions): GridMetrics {
  const { minTileWidth, gap, captionHeight, padding } = options;
  const inner = Math.max(0, containerWidth - 2 * padding);
  const columns = Math.max(1, Math.floor((inner + gap) / (minTileWidth + gap)));
  const tileWidth = Math.max(1, Math.floor((inner - gap * (columns - 1)) / columns));
  const tileHeight = tileWidth + captionHeight;
  return { columns, tileWidth, tileHeight, rowHeight: tileHeight + gap, gap, padding };
}

export interface VisibleWindow {
  firstRow: number;
  /** Exclusive. */
  lastRow: number;
  startIndex: number;
  /** Exclusive; never past `total`. */
  endIndex: number;
  /** Height of the whole scrollable content. */
  totalHeight: number;
}

export function rowCount(total: number, columns: number): number {
  return total <= 0 ? 0 : Math.ceil(total / Math.max(1, columns));
}

/** The rows that intersect the viewport, plus `overscanRows` above and below. */
export function visibleWindow(args: {
  total: number;
  metrics: GridMetrics;
  scrollTop: number;
  viewportHeight: number;
  overscanRows?: number;
}): VisibleWindow {
  const { total, metrics, viewportHeight } = args;
  const overscan = args.overscanRows ?? 2;
  const rows = rowCount(total, metrics.columns);
  const totalHeight = rows === 0 ? 0 : 2 * metrics.padding + rows * metrics.rowHeight - metrics.gap;
  const scrollTop = Math.max(0, Math.min(args.scrollTop, Math.max(0, totalHeight - viewportHeight)));
  const top = scrollTop - metrics.padding;
  const firstVisible = Math.max(0, Math.floor(top / metrics.rowHeight));
  const lastVisible = Math.max(firstVisible, Math.ceil((top + Math.max(0, viewportHeight)) / metrics.rowHeight));
  const firstRow = Math.max(0, firstVisible - overscan);
  const lastRow = Math.min(rows, lastVisible + overscan);
  const startIndex = Math.min(total, firstRow * metrics.columns);
  const endIndex = Math.min(total, lastRow * metrics.columns);
  return { firstRow, lastRow: Math.max(firstRow, lastRow), startIndex, endIndex: Math.max(startIndex, endIndex), totalHeight };
}

/** Where tile `index` sits inside the scroll content. */
export function tilePosition(index: number, metrics: GridMetrics): { left: number; top: number } {
  const row = Math.floor(index / metrics.columns);
  const column = index % metrics.columns;
  return { left: metrics.padding + column * (metrics.tileWidth + metrics.gap), top: metrics.padding + row * metrics.rowHeight };
}

/** The page numbers (of `pageSize` assets each) covering [startIndex, endIndex). */
export function pagesFor(startIndex: number, endIndex: number, pageSize: number): number[] {
  if (endIndex <= startIndex) return [];
  const first = Math.floor(startIndex / pageSize);
  const last = Math.floor((endIndex - 1) / pageSize);
  const pages: number[] = [];
  for (let page = first; page <= last; page++) pages.push(page);
  return pages;
}

/**
 * The scrollTop that brings tile `index` fully into view with the least movement, or null when
 * it already is (keyboard focus moving past the edge of the viewport).
 */
export function scrollToReveal(index: number, metrics: GridMetrics, scrollTop: number, viewportHeight: number): number | null {
  const { top } = tilePosition(index, metrics);
  const bottom = top + metrics.tileHeight;
  if (top < scrollTop) return Math.max(0, top - metrics.gap);
  if (bottom > scrollTop + viewportHeight) return bottom - viewportHeight + metrics.gap;
  return null;
}

export type GridKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

/** Keyboard focus movement in a grid of `total` tiles laid out in `columns` columns. */
export function moveFocus(index: number, key: GridKey, columns: number, total: number, rowsPerPage = 3): number {
  if (total <= 0) return -1;
  const clamp = (i: number) => Math.max(0, Math.min(total - 1, i));
  switch (key) {
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'ArrowDown':
      if (index + columns < total) return index + columns;
      // Under a short last row: land on its last tile rather than nowhere.
      return Math.floor(index / columns) < rowCount(total, columns) - 1 ? total - 1 : index;
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    case 'PageUp':
      return clamp(index - columns * rowsPerPage);
    case 'PageDown':
      return clamp(index + columns * rowsPerPage);
  }
}
