/**
 * Hosts the EditorCanvas: creates it once the design's fonts are loaded (text must be measured
 * with the real faces), keeps it sized to the stage (zoom-to-fit on every resize) and shows the design's page.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../../core/schema/design';
import { designFontFamilies, fontsReady, loadFontFamilies } from '../../fonts/loadFonts';
import { currentLanguage } from '../../i18n';
import { formatPercent } from '../../shared/locale';
import { EditorCanvas, type EditorCanvasCallbacks } from './EditorCanvas';
import type { SafeZoneView } from '../useSafeZoneView';
import { SafeZoneOverlay, SafeZoneToggles } from './SafeZoneOverlay';
import { SeamOverlay } from './SeamOverlay';
import { browserRenderEnv } from './renderEnv';
import { commandLabel, commandTitle, VIEW_COMMANDS } from '../commands';
import { gridStep, type Size, type Viewport } from './viewport';

interface CanvasStageProps {
  design: Design;
  pageIndex: number;
  /** The editor's selection: the canvas selects it after each change (undo, new elements). */
  selection: readonly string[];
  callbacks: Omit<EditorCanvasCallbacks, 'onViewportChange'>;
  onReady: (editor: EditorCanvas | null) => void;
  /** Called each time the canvas has drawn the page asked for (the slide strip waits for the first). */
  onShown?: () => void;
  gridOn: boolean;
  onToggleGrid: () => void;
  /** The format's safe zone and grid-crop toggles (view state, drawn over the page). */
  safeZone: SafeZoneView;
  onShowShortcuts: () => void;
  /**
   * Drawn over the page, the page's size on screen (a video's player while it previews);
   * `onPageOverlayDown` is a press on it (back to editing).
   */
  pageOverlay?: ReactNode;
  onPageOverlayDown?: () => void;
}

export function CanvasStage({ design, pageIndex, selection, callbacks, onReady, onShown, gridOn, onToggleGrid, safeZone, onShowShortcuts, pageOverlay, onPageOverlayDown }: CanvasStageProps) {
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;
  const { t } = useTranslation();
  const hostRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<EditorCanvas | null>(null);
  const [frame, setFrame] = useState<{ viewport: Viewport; page: Size } | null>(null);
  const callbackRef = useRef(callbacks);
  callbackRef.current = callbacks;
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  // What the canvas shows, for the first show below (before React has re-rendered with the editor).
  const shownRef = useRef({ design, pageIndex, selection });
  shownRef.current = { design, pageIndex, selection };

  useEffect(() => {
    let cancelled = false;
    let created: EditorCanvas | null = null;
    const host = hostRef.current;
    // The shown page's fonts first (text is measured with them); other pages' text waits for its
    // own fonts when it is built (core/render's ensureFont), and the rest follows for the font menu.
    void loadFontFamilies(designFontFamilies(design, [design.pages[pageIndex] ?? design.pages[0]])).then(() => {
      void fontsReady();
      if (cancelled || !host) return;
      // Fabric wraps and re-parents its <canvas>: give it one React doesn't own.
      const element = document.createElement('canvas');
      host.replaceChildren(element);
      created = new EditorCanvas(element, browserRenderEnv(), {
        onSelectionChange: (ids) => callbackRef.current.onSelectionChange(ids),
        onElementsModified: (changes) => callbackRef.current.onElementsModified(changes),
        onTextEdited: (id, edit) => callbackRef.current.onTextEdited(id, edit),
        onTextTyped: (id, edit) => callbackRef.current.onTextTyped(id, edit),
        onTextHeights: (heights) => callbackRef.current.onTextHeights(heights),
        onTextFits: (fits) => callbackRef.current.onTextFits(fits),
        onError: (error) => callbackRef.current.onError(error),
        onViewportChange: (viewport, page) => setFrame({ viewport, page }),
      });
      const stage = stageRef.current;
      if (stage) created.resize({ width: stage.clientWidth, height: stage.clientHeight });
      // The page's objects are built from here, not only once setEditor's re-render and the
      // paint of the whole editor are done (~70 ms later on the editor-open bench). The effect
      // below then shows the same page again, which costs nothing (ObjectSync keeps the objects
      // whose element did not change).
      const shown = shownRef.current;
      void created.show(shown.design, shown.pageIndex, shown.selection);
      setEditor(created);
      onReadyRef.current(created);
    });
    return () => {
      cancelled = true;
      onReadyRef.current(null);
      created?.dispose();
      host?.replaceChildren();
    };
  }, []);

  useEffect(() => {
    const stage = stageRef.current;
    if (!editor || !stage) return;
    const observer = new ResizeObserver(() => editor.resize({ width: stage.clientWidth, height: stage.clientHeight }));
    observer.observe(stage);
    return () => observer.disconnect();
  }, [editor]);

  const page = design.pages[pageIndex];
  useEffect(() => {
    if (editor) void editor.show(design, pageIndex, selection).then(() => onShownRef.current?.());
    // Re-show only when the page, the format or the selection changes, not on rename.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, page, design.format, pageIndex, selection]);

  return (
    <div className="stage" ref={stageRef} data-testid="canvas-stage">
      {frame && (
        <div
          className="stage-page-shadow"
          aria-hidden="true"
          style={{
            left: frame.viewport.offsetX,
            top: frame.viewport.offsetY,
            width: frame.page.width * frame.viewport.zoom,
            height: frame.page.height * frame.viewport.zoom,
          }}
        />
      )}
      {frame && gridOn && (
        <div
          className="stage-grid"
          aria-hidden="true"
          data-testid="grid"
          style={{
            left: frame.viewport.offsetX,
            top: frame.viewport.offsetY,
            width: frame.page.width * frame.viewport.zoom,
            height: frame.page.height * frame.viewport.zoom,
            backgroundSize: `${gridStep(frame.page) * frame.viewport.zoom}px ${gridStep(frame.page) * frame.viewport.zoom}px`,
          }}
        />
      )}
      {frame && <SafeZoneOverlay frame={frame} view={safeZone} />}
      {frame && design.panorama && <SeamOverlay frame={frame} design={design} />}
      <div className="stage-canvas" ref={hostRef} data-testid="editor-canvas" aria-label={t('editor.canvasLabel')} role="group" />
      {frame && pageOverlay && (
        <div
          className="stage-player"
          data-testid="stage-player"
          onPointerDown={onPageOverlayDown}
          style={{ left: frame.viewport.offsetX, top: frame.viewport.offsetY, width: frame.page.width * frame.viewport.zoom, height: frame.page.height * frame.viewport.zoom }}
        >
          {pageOverlay}
        </div>
      )}
      {!editor && <div className="stage-loading">{t('editor.loadingCanvas')}</div>}
      {frame && editor && (
        <div className="stage-zoom" role="group" aria-label={t('editor.zoom.label')}>
          <button type="button" className="stage-zoom-button" onClick={() => editor.zoomStep(-1)} aria-label={t('editor.zoom.out')} title={t('editor.zoom.out')} data-testid="zoom-out">
            −
          </button>
          <button type="button" className="stage-zoom-level" onClick={() => editor.zoomToActualSize()} title={t('editor.zoom.actual')} data-testid="zoom-level">
            {formatPercent(frame.viewport.zoom)}
          </button>
          <button type="button" className="stage-zoom-button" onClick={() => editor.zoomStep(1)} aria-label={t('editor.zoom.in')} title={t('editor.zoom.in')} data-testid="zoom-in">
            +
          </button>
          <button
            type="button"
            className="stage-zoom-grid"
            aria-pressed={gridOn}
            onClick={onToggleGrid}
            title={t('editor.zoom.gridHint')}
            data-testid="grid-toggle"
          >
            {t('editor.zoom.grid')}
          </button>
          <SafeZoneToggles view={safeZone} />
          <button type="button" className="stage-zoom-fit" onClick={() => editor.fit()} title={t('editor.zoom.fitHint')} data-testid="zoom-fit">
            {t('editor.zoom.fit')}
          </button>
          <button
            type="button"
            onClick={onShowShortcuts}
            aria-label={commandLabel(VIEW_COMMANDS.shortcuts, t)}
            title={commandTitle(VIEW_COMMANDS.shortcuts, t, currentLanguage())}
            data-testid="show-shortcuts"
          >
            ?
          </button>
        </div>
      )}
    </div>
  );
}
