/**
 * The virtualised grid: a spacer as tall as every row, and absolutely placed tiles for the rows on
 * screen only (plus two above and below). Scrolling reads one number and re-renders a few dozen
 * tiles; pages of the search are fetched for whatever the window shows.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetPages } from './useAssetPages';
import { gridMetrics, moveFocus, scrollToReveal, tilePosition, visibleWindow, type GridKey } from './virtualGrid';
import { AssetCard, AssetCardPlaceholder } from './AssetCard';
import type { ClickModifiers } from './selection';
import type { AssetSummary } from '../../../core/api';

const GRID_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const CAPTION_HEIGHT = 52;
const GAP = 16;
const PADDING = 24;

interface AssetGridProps {
  pages: AssetPages;
  total: number;
  tileSize: number;
  selected: ReadonlySet<string>;
  focusIndex: number;
  label: string;
  /** A new search: back to the top. */
  resetKey: string;
  onClickTile: (index: number, modifiers: ClickModifiers) => void;
  /** Keyboard: focus moved to `index`; `extend` with Shift, `keepSelection` with Ctrl. */
  onFocusMove: (index: number, extend: boolean, keepSelection: boolean) => void;
  onToggleTile: (index: number) => void;
  onFavourite: (asset: AssetSummary) => void;
  onDeleteKey: () => void;
}

export function AssetGrid(props: AssetGridProps) {
  const { pages, total, tileSize, selected, focusIndex } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [scrollTop, setScrollTop] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const helpId = useId();

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.resetKey]);

  const metrics = useMemo(() => gridMetrics(size.width, { minTileWidth: tileSize, gap: GAP, captionHeight: CAPTION_HEIGHT, padding: PADDING }), [size.width, tileSize]);
  const view = visibleWindow({ total, metrics, scrollTop, viewportHeight: size.height, overscanRows: 2 });

  // When the columns change (the details panel opens, the window or the tile size changes), keep
  // the focused tile in view, or else the first row the user was looking at.
  const previous = useRef(metrics);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = metrics;
    const element = scroller.current;
    if (!element || (before.columns === metrics.columns && before.rowHeight === metrics.rowHeight)) return;
    const focusInside = element.contains(document.activeElement) && document.activeElement !== element;
    const anchor = focusInside ? focusIndex : Math.max(0, Math.floor((element.scrollTop - before.padding) / before.rowHeight)) * before.columns;
    const top = focusInside ? scrollToReveal(anchor, metrics, element.scrollTop, element.clientHeight) : tilePosition(anchor, metrics).top - metrics.padding;
    if (top !== null && Math.abs(top - element.scrollTop) > 1) {
      element.scrollTop = top;
      setScrollTop(element.scrollTop);
    }
  }, [metrics, focusIndex]);

  const { requestRange } = pages;
  useEffect(() => {
    if (size.height > 0) requestRange(view.startIndex, view.endIndex);
  }, [requestRange, view.startIndex, view.endIndex, size.height, pages.version]);

  // Focus the tile the keyboard moved to once it is rendered.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const tile = scroller.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (tile) {
      tile.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const reveal = (index: number) => {
    const element = scroller.current;
    if (!element) return;
    const target = scrollToReveal(index, metrics, element.scrollTop, element.clientHeight);
    if (target !== null) {
      element.scrollTop = target;
      setScrollTop(element.scrollTop);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0) return;
    const mod = event.ctrlKey || event.metaKey;
    if (GRID_KEYS.has(event.key)) {
      event.preventDefault();
      const rowsPerPage = Math.max(1, Math.floor(size.height / metrics.rowHeight));
      const next = moveFocus(Math.min(focusIndex, total - 1), event.key as GridKey, metrics.columns, total, rowsPerPage);
      pendingFocus.current = next;
      reveal(next);
      props.onFocusMove(next, event.shiftKey, mod);
    } else if (event.key === ' ' && !mod) {
      event.preventDefault();
      props.onToggleTile(focusIndex);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      props.onClickTile(focusIndex, { toggle: false, range: false });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      props.onDeleteKey();
    } else if (event.key.toLowerCase() === 'f' && !mod && !event.altKey) {
      const asset = pages.assetAt(focusIndex);
      if (asset) props.onFavourite(asset);
    }
  };

  // Tabbing into the grid when the focused tile is scrolled away lands on the grid itself, which
  // brings that tile back.
  const focusedRendered = focusIndex >= view.startIndex && focusIndex < view.endIndex;
  const tiles = [];
  const indices: number[] = [];
  for (let index = view.startIndex; index < view.endIndex; index++) indices.push(index);
  // The focused tile stays in the page even when scrolled away, so keyboard focus is never lost.
  if (!focusedRendered && focusIndex >= 0 && focusIndex < total && pages.assetAt(focusIndex)) indices.push(focusIndex);
  for (const index of indices) {
    const asset = pages.assetAt(index);
    const { left, top } = tilePosition(index, metrics);
    const style = { left, top, width: metrics.tileWidth, height: metrics.tileHeight };
    tiles.push(
      asset ? (
        <AssetCard
          key={asset.id}
          asset={asset}
          index={index}
          total={total}
          style={style}
          selected={selected.has(asset.id)}
          focusable={index === focusIndex}
          onClick={(event: MouseEvent) => {
            event.preventDefault();
            props.onClickTile(index, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey });
          }}
          onFavourite={() => props.onFavourite(asset)}
        />
      ) : (
        <AssetCardPlaceholder key={`placeholder-${index}`} style={style} />
      ),
    );
  }

  return (
    <>
    <div
      ref={scroller}
      className="asset-grid-scroller"
      role="listbox"
      aria-multiselectable="true"
      aria-label={props.label}
      aria-describedby={helpId}
      aria-busy={pages.total === null}
      tabIndex={indices.includes(focusIndex) ? -1 : 0}
      data-testid="library-grid"
      data-total={total}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && total > 0) {
          pendingFocus.current = Math.min(focusIndex, total - 1);
          reveal(pendingFocus.current);
        }
      }}
      onMouseDown={(event) => {
        // A click on the empty space between tiles clears the selection, as in a file browser.
        if (event.target === event.currentTarget || (event.target as HTMLElement).classList.contains('asset-grid-spacer')) props.onClickTile(-1, { toggle: false, range: false });
      }}
    >
      <div className="asset-grid-spacer" style={{ height: view.totalHeight }}>
        {tiles}
      </div>
    </div>
    <span id={helpId} className="visually-hidden">
      {t('library.gridHelp')}
    </span>
    </>
  );
}
