import { describe, expect, it } from 'vitest';
import { gridMetrics, moveFocus, pagesFor, scrollToReveal, tilePosition, visibleWindow } from './virtualGrid';

const layout = { minTileWidth: 160, gap: 16, captionHeight: 48, padding: 24 };

describe('grid metrics', () => {
  it('fits as many columns as stay at least the minimum width', () => {
    // 1000 - 48 padding = 952; (952 + 16) / 176 = 5.5 -> 5 columns of (952 - 64) / 5 = 177 px.
    const m = gridMetrics(1000, layout);
    expect(m.columns).toBe(5);
    expect(m.tileWidth).toBe(177);
    expect(m.tileHeight).toBe(177 + 48);
    expect(m.rowHeight).toBe(177 + 48 + 16);
    expect(m.tileWidth * m.columns + m.gap * (m.columns - 1)).toBeLessThanOrEqual(952);
  });

  it('keeps one column in a very narrow pane', () => {
    expect(gridMetrics(100, layout).columns).toBe(1);
    expect(gridMetrics(0, layout).columns).toBe(1);
  });
});

describe('visible window', () => {
  const metrics = gridMetrics(1000, layout); // 5 columns, row period 241

  it('renders only the rows on screen plus the overscan, whatever the total', () => {
    const w = visibleWindow({ total: 10_000, metrics, scrollTop: 0, viewportHeight: 700, overscanRows: 2 });
    expect(w.firstRow).toBe(0);
    expect(w.startIndex).toBe(0);
    // 700 px show rows 0..3 (ceil((700 - 24) / 241) = 3) + 2 overscan.
    expect(w.lastRow).toBe(5);
    expect(w.endIndex - w.startIndex).toBe(25);
    expect(w.totalHeight).toBe(48 + 2000 * 241 - 16);
  });

  it('moves with the scroll position and stays the same size deep in the list', () => {
    const w = visibleWindow({ total: 10_000, metrics, scrollTop: 241 * 1000, viewportHeight: 700, overscanRows: 2 });
    expect(w.firstRow).toBe(997);
    expect(w.startIndex).toBe(997 * 5);
    expect(w.endIndex - w.startIndex).toBeLessThanOrEqual(40);
  });

  it('reaches the last asset when scrolled to the end, and clamps a scroll past it', () => {
    const w = visibleWindow({ total: 10_001, metrics, scrollTop: 1e9, viewportHeight: 700 });
    expect(w.endIndex).toBe(10_001);
    expect(w.startIndex).toBeGreaterThan(9_900);
  });

  it('is empty for an empty list', () => {
    const w = visibleWindow({ total: 0, metrics, scrollTop: 0, viewportHeight: 700 });
    expect([w.startIndex, w.endIndex, w.totalHeight]).toEqual([0, 0, 0]);
  });

  it('places tiles by row and column', () => {
    expect(tilePosition(0, metrics)).toEqual({ left: 24, top: 24 });
    expect(tilePosition(6, metrics)).toEqual({ left: 24 + 177 + 16, top: 24 + 241 });
  });
});

describe('pages and scrolling', () => {
  it('lists the pages a window needs', () => {
    expect(pagesFor(0, 25, 200)).toEqual([0]);
    expect(pagesFor(190, 215, 200)).toEqual([0, 1]);
    expect(pagesFor(400, 400, 200)).toEqual([]);
    expect(pagesFor(9_990, 10_000, 200)).toEqual([49]);
  });

  it('scrolls just enough to reveal a tile, or not at all', () => {
    const metrics = gridMetrics(1000, layout);
    expect(scrollToReveal(0, metrics, 0, 700)).toBeNull();
    // Row 10 starts at 24 + 2410 and ends 225 px lower.
    expect(scrollToReveal(50, metrics, 0, 700)).toBe(24 + 2410 + 225 - 700 + 16);
    expect(scrollToReveal(0, metrics, 5000, 700)).toBe(8);
  });
});

describe('keyboard focus', () => {
  it('moves by one, by a row, to the ends', () => {
    expect(moveFocus(7, 'ArrowRight', 5, 23)).toBe(8);
    expect(moveFocus(0, 'ArrowLeft', 5, 23)).toBe(0);
    expect(moveFocus(7, 'ArrowDown', 5, 23)).toBe(12);
    expect(moveFocus(7, 'ArrowUp', 5, 23)).toBe(2);
    expect(moveFocus(2, 'ArrowUp', 5, 23)).toBe(2);
    expect(moveFocus(4, 'End', 5, 23)).toBe(22);
    expect(moveFocus(22, 'Home', 5, 23)).toBe(0);
  });

  it('lands on the last tile when moving down onto a short last row', () => {
    // 23 tiles in 5 columns: the last row holds 20..22; from 19 (row 3) down goes to 22.
    expect(moveFocus(19, 'ArrowDown', 5, 23)).toBe(22);
    expect(moveFocus(21, 'ArrowDown', 5, 23)).toBe(21);
  });
});
