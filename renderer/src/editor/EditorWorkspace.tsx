import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, HISTORY } from '../../../core/editor';
import { selectedElements } from '../../../core/editor/tree';
import { overriddenIds, resolveDesign } from '../../../core/variants/variants';
import { composeDesign } from '../../../core/carousel/repeat';
import type { Design } from '../../../core/schema/design';
import { ExportDialog } from '../export/ExportDialog';
import { errorMessage } from '../shared/errors';
import { getBridge } from '../bridge';
import { isTemplate } from '../../../core/templates/slots';
import { useToast } from '../shared/toastContext';
import { CanvasStage } from './canvas/CanvasStage';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { LibraryPanel } from './library/LibraryPanel';
import { DropHighlight } from './library/DropHighlight';
import { useLibraryActions } from './library/useLibraryActions';
import { CaptionsPanel } from './CaptionsPanel';
import { LayersPanel } from './LayersPanel';
import { useSeamWarnings } from './seamWarnings';
import { ShapesPanel } from './ShapesPanel';
import { useStickerDrop } from './elementsPanel/useStickerDrop';

/** The Elements panel and its sets load when it first opens, never with the editor's first frame. */
const ElementsPanel = lazy(() => import('./elementsPanel/ElementsPanel'));
/** The preview dialog (phone frames, swipe, profile grid) loads when it first opens. */
const PreviewDialog = lazy(() => import('../preview/PreviewDialog'));
/** The slide template picker builds the bank's templates: loaded when it first opens. */
const TemplatePicker = lazy(() => import('./slides/TemplatePicker'));
import { PageNav } from './PageNav';
import { SlideStrip } from './slides/SlideStrip';
import { designKindParts } from './designKindParts';
import { Timeline } from './timeline/Timeline';
import { usePlayback } from './timeline/usePlayback';
import { PropertiesPanel } from './PropertiesPanel';
import { Toolbar } from './Toolbar';
import { TopBar } from './TopBar';
import { useAutosave } from './useAutosave';
import { useEditorActions } from './useEditorActions';
import { useHeadlessEditor } from './useHeadlessEditor';
import { ResizeDialog } from './variants/ResizeDialog';
import { VariantTabs } from './variants/VariantTabs';
import './variants/variants.css';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useEditorCommands, type ViewHandlers } from './useEditorCommands';
import { useElementClipboard } from './useElementClipboard';
import { ContextMenu } from './ContextMenu';
import { ShortcutSheet } from './ShortcutSheet';
import { useEditorTestHook } from './useEditorTestHook';
import { useImageDropAndPaste } from './useImageDropAndPaste';
import { useSafeZoneView } from './useSafeZoneView';
import { importImageFile } from './useAssets';
import { BrandKitPanel } from './brand/BrandKitPanel';
import { useBrandActions } from './brand/useBrandActions';
import { useBrandKitSync } from '../shared/brandKit';

/** How long after the canvas first shows its slide the strip starts drawing thumbnails. */
const THUMBNAILS_AFTER_MS = 300;

/** Marks the Images panel as choosing the page background (element ids never contain ':'). */
const BACKGROUND = ':background';

interface EditorWorkspaceProps {
  initial: Design;
  readOnly: boolean;
  notice?: string;
  onExit: () => void;
  /** "Plan a post": opens the new post (#/post/<id>). */
  onPlanPost?: (postId: string) => void;
}

/** The editor once its design is loaded: React state is the truth, the canvas its view. */
export function EditorWorkspace({ initial, readOnly, notice, onExit, onPlanPost }: EditorWorkspaceProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { editor, state } = useHeadlessEditor(initial, readOnly);
  const { design, pageIndex, selection } = state;
  const variantId = state.variantId ?? null;
  // What the user sees and edits: the master, or the shown variant resolved (core/variants).
  // Elements on every slide are shown (and edited) on each page (core/carousel/repeat.ts).
  const view = useMemo(() => resolveDesign(composeDesign(design), variantId), [design, variantId]);
  const seamWarnings = useSeamWarnings(view);
  const overridden = useMemo(() => overriddenIds(design, variantId), [design, variantId]);
  const [resizeOpen, setResizeOpen] = useState(false);
  // One side panel at a time, as in Canva.
  const [sidePanel, setSidePanel] = useState<'images' | 'layers' | 'shapes' | 'elements' | 'brand' | 'captions' | null>(null);
  const imagesOpen = sidePanel === 'images';
  const togglePanel = (panel: 'images' | 'layers' | 'shapes' | 'elements' | 'brand' | 'captions') => setSidePanel((current) => (current === panel ? null : panel));
  const [exportOpen, setExportOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  // The slide strip draws its thumbnails once the canvas has shown the slide being edited.
  const [canvasShown, setCanvasShown] = useState(false);
  const [gridOn, setGridOn] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [slideTemplatesOpen, setSlideTemplatesOpen] = useState(false);
  /** What the Images panel is choosing a picture for: an image element's replacement, or the page background. */
  const [replacing, setReplacing] = useState<string | null>(null);
  const [contextMenuAt, setContextMenuAt] = useState<{ x: number; y: number } | null>(null);
  const editorRef = useRef<EditorCanvas | null>(null);
  const centerRef = useRef<HTMLDivElement>(null);
  const autosave = useAutosave(design, !readOnly);

  const actions = useEditorActions({ editor, editorRef });
  const library = useLibraryActions({ editor, editorRef }, actions);
  const brand = useBrandActions({ editor, state, editorRef });
  // The palettes show in every colour field of the editor: keep them loaded and current.
  useBrandKitSync();
  const page = view.pages[pageIndex] ?? view.pages[0];
  const toggleGrid = useCallback(() => setGridOn((on) => !on), []);
  const safeZone = useSafeZoneView(view.format);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const closeContextMenu = useCallback(() => setContextMenuAt(null), []);
  const viewCommands = useMemo<ViewHandlers>(
    () => ({
      zoomIn: { run: () => editorRef.current?.zoomStep(1) },
      zoomOut: { run: () => editorRef.current?.zoomStep(-1) },
      zoomFit: { run: () => editorRef.current?.fit() },
      zoomActual: { run: () => editorRef.current?.zoomToActualSize() },
      toggleGrid: { run: toggleGrid },
      // A custom size has no safe zone.
      toggleSafeZone: { run: safeZone.command.toggle, enabled: safeZone.command.available },
      shortcuts: { run: openShortcuts },
    }),
    [toggleGrid, safeZone.command, openShortcuts],
  );
  const commands = useEditorCommands(editor, editorRef, viewCommands);
  useElementClipboard(editor, editorRef, !readOnly);
  useEditorShortcuts(editor, commands, editorRef);
  // A video: the timeline under the canvas and the player over it (./timeline).
  const parts = designKindParts(design);
  const isVideo = parts.bottom === 'timeline';
  const playback = usePlayback(editor, state, view, isVideo);
  useEditorTestHook(design, editorRef, isVideo ? { editor, playback } : null);
  const dropTarget = useImageDropAndPaste(centerRef, editorRef, !readOnly, {
    onFiles: (files, at, onto) => {
      const target = onto ? page.elements.find((el) => el.id === onto && el.type === 'image') : undefined;
      for (const [index, file] of files.entries()) {
        importImageFile(file)
          .then((asset) => (target && index === 0 ? actions.replaceImage(target.id, asset) : actions.insertImage(asset, at)))
          .catch((error) => toast.error(t('editor.images.importFailed', { message: errorMessage(error) })));
      }
    },
    onAsset: (asset, at, onto) => {
      library.applyAsset(asset, at, onto).catch((error) => toast.error(errorMessage(error)));
    },
    isImage: (id) => page.elements.some((el) => el.id === id && el.type === 'image'),
  });
  useStickerDrop(centerRef, editorRef, editor, !readOnly);

  const selected = selectedElements(state);
  // The strip's thumbnails: the shown variant's layout, drawn as exported (renderPage composes).
  const thumbnails = useMemo(() => resolveDesign(design, variantId), [design, variantId]);
  /** The strip's quick inserts, inside the format's safe zone when it has one. */
  const addSlideMarker = (kind: 'pageNumber' | 'swipeHint') => {
    editorRef.current?.commitTextEditing();
    const safe = safeZone.lookup.ok ? safeZone.lookup.pixels.safe : undefined;
    editor.run(ACTIONS.addSlideMarker, { kind, text: t('editor.slides.swipeHintText'), ...(safe ? { safe } : {}) });
  };

  const leave = async () => {
    editorRef.current?.commitTextEditing();
    const state = await autosave.flush();
    if (state.status !== 'error') return onExit();
    toast.show({
      kind: 'error',
      message: t('editor.save.leaveFailed'),
      detail: state.message,
      action: { label: t('editor.save.leaveAnyway'), onClick: onExit },
    });
  };

  /** The export job reads the saved design: pending edits (a text being typed included) go first. */
  const saveBeforeExport = async () => {
    editorRef.current?.commitTextEditing();
    if (readOnly) return true;
    return (await autosave.flush()).status !== 'error';
  };

  return (
    <div className="editor" data-testid="editor">
      <TopBar
        name={design.name}
        format={view.format}
        panorama={design.panorama}
        saveState={autosave.state}
        readOnly={readOnly}
        canUndo={commands.enabled(HISTORY.undo)}
        canRedo={commands.enabled(HISTORY.redo)}
        onBack={() => void leave()}
        // Autosave writes the name with the design, like any other edit.
        onRename={(name) => editor.run(ACTIONS.renameDesign, { name })}
        onUndo={() => commands.run(HISTORY.undo)}
        onRedo={() => commands.run(HISTORY.redo)}
        onRetrySave={() => void autosave.retry()}
        onExport={() => {
          editorRef.current?.commitTextEditing();
          setExportOpen(true);
        }}
        onPreview={() => {
          editorRef.current?.commitTextEditing();
          setPreviewOpen(true);
        }}
        onPlanPost={
          onPlanPost && !readOnly
            ? () => {
                void (async () => {
                  try {
                    if (!(await saveBeforeExport())) throw new Error(t('export.notSaved'));
                    // Loaded when used: posts bring zod, which the editor's first frame must not load.
                    const { planPost } = await import('../posts/planPost');
                    onPlanPost(await planPost(design.id));
                  } catch (error) {
                    toast.error(t('postEditor.planFailed'), errorMessage(error));
                  }
                })();
              }
            : undefined
        }
        onSaveAsTemplate={
          isTemplate(design)
            ? () => {
                editorRef.current?.commitTextEditing();
                void (async () => {
                  try {
                    if (!(await saveBeforeExport())) throw new Error(t('export.notSaved'));
                    const { template } = await getBridge().api['templates.saveFrom']({ designId: design.id });
                    toast.show({ kind: 'success', message: t('editor.savedAsTemplate', { name: template.name }), action: { label: t('editor.seeTemplates'), onClick: () => void (window.location.hash = '#/templates') } });
                  } catch (error) {
                    toast.error(t('editor.saveAsTemplateFailed'), errorMessage(error));
                  }
                })();
              }
            : undefined
        }
      />
      {(readOnly || notice) && (
        <p className="banner banner-warning editor-banner" role="status">
          {notice ?? t('editor.readOnlyBanner')}
        </p>
      )}
      <div className="editor-body">
        <Toolbar
          imagesOpen={imagesOpen}
          disabled={readOnly}
          onText={actions.addText}
          onRect={() => actions.addShape('rect')}
          onEllipse={() => actions.addShape('ellipse')}
          onToggleImages={() => togglePanel('images')}
          layersOpen={sidePanel === 'layers'}
          onToggleLayers={() => togglePanel('layers')}
          shapesOpen={sidePanel === 'shapes'}
          onToggleShapes={() => togglePanel('shapes')}
          elementsOpen={sidePanel === 'elements'}
          onToggleElements={() => togglePanel('elements')}
          brandOpen={sidePanel === 'brand'}
          onToggleBrand={() => togglePanel('brand')}
          {...(design.kind === 'video' ? { captionsOpen: sidePanel === 'captions', onToggleCaptions: () => togglePanel('captions') } : {})}
        />
        {imagesOpen && (
          <LibraryPanel
            readOnly={readOnly}
            mode={replacing === null ? 'browse' : replacing === BACKGROUND ? 'background' : 'replace'}
            soundtrackId={design.audio?.assetId}
            onRemoveSoundtrack={library.removeSoundtrack}
            onPick={async (asset) => {
              if (replacing === BACKGROUND) {
                editor.run(ACTIONS.setBackground, { image: { assetId: asset.id, fit: 'cover', focalX: 0.5, focalY: 0.5 } });
                setReplacing(null);
              } else if (replacing) {
                actions.replaceImage(replacing, asset);
                setReplacing(null);
              } else await library.applyAsset(asset);
            }}
            onClose={() => {
              setReplacing(null);
              setSidePanel(null);
            }}
          />
        )}
        {sidePanel === 'shapes' && <ShapesPanel onAdd={actions.addShape} onClose={() => setSidePanel(null)} />}
        {sidePanel === 'elements' && (
          <Suspense fallback={null}>
            <ElementsPanel editor={editor} readOnly={readOnly} onClose={() => setSidePanel(null)} />
          </Suspense>
        )}
        {sidePanel === 'brand' && (
          <BrandKitPanel selected={selected} readOnly={readOnly} brand={brand} onApplyColor={(fill) => (selected.length > 0 && selected.every((el) => el.type === 'icon') ? editor.run(ACTIONS.recolorIcons, { color: fill.slice(0, 7) }) : actions.changeSelected({ fill }, 'fill'))} onClose={() => setSidePanel(null)} />
        )}
        {sidePanel === 'captions' && design.kind === 'video' && <CaptionsPanel design={design} editor={editor} readOnly={readOnly} onClose={() => setSidePanel(null)} />}
        {sidePanel === 'layers' && (
          <LayersPanel
            page={page}
            format={view.format}
            selection={selection}
            readOnly={readOnly}
            editor={editor}
            onSelect={(ids) => editorRef.current?.select(ids)}
            onClose={() => setSidePanel(null)}
            seamWarnings={seamWarnings}
          />
        )}
        <div
          className="editor-center"
          ref={centerRef}
          data-testid="editor-center"
          onContextMenu={(event) => {
            event.preventDefault();
            editorRef.current?.selectForContextMenu(event.nativeEvent);
            setContextMenuAt({ x: event.clientX, y: event.clientY });
          }}
        >
          {/* A panorama has no linked variants: no tabs to switch. */}
          {!design.panorama && <VariantTabs
            design={design}
            variantId={variantId}
            readOnly={readOnly}
            onShow={(id) => {
              editorRef.current?.commitTextEditing();
              editor.run(ACTIONS.showVariant, { id });
            }}
            onResize={() => setResizeOpen(true)}
            onReset={(id) => {
              editor.run(ACTIONS.showVariant, { id });
              editor.run(ACTIONS.resetToMaster);
            }}
            onDelete={(id) => editor.run(ACTIONS.deleteVariant, { id })}
          />}
          <CanvasStage
            design={view}
            pageIndex={pageIndex}
            selection={selection}
            onReady={(editor) => (editorRef.current = editor)}
            // A moment after the canvas is up (its first frames and the user's first move come first).
            onShown={canvasShown ? undefined : () => void setTimeout(() => setCanvasShown(true), THUMBNAILS_AFTER_MS)}
            gridOn={gridOn}
            onToggleGrid={toggleGrid}
            safeZone={safeZone}
            onShowShortcuts={openShortcuts}
            pageOverlay={playback.previewing ? <canvas ref={playback.canvasRef} data-testid="player-canvas" /> : undefined}
            onPageOverlayDown={playback.stopPreview}
            callbacks={{
              onSelectionChange: (ids) => editor.run(ACTIONS.select, { ids }),
              onElementsModified: actions.canvasChanged,
              onTextEdited: actions.textEdited,
              onTextTyped: actions.textTyped,
              onTextHeights: actions.textHeights,
              onTextFits: actions.textFits,
              onError: (error) => toast.error(t('editor.renderFailed'), errorMessage(error)),
            }}
          />
          <DropHighlight id={dropTarget} editorRef={editorRef} container={centerRef} />
          {isVideo ? (
            <Timeline editor={editor} state={state} readOnly={readOnly} beforeChange={() => editorRef.current?.commitTextEditing()} onEdit={playback.stopPreview} />
          ) : parts.bottom === 'slides' ? (
            <SlideStrip
              editor={editor}
              state={state}
              drawn={thumbnails}
              readOnly={readOnly}
              beforeChange={() => editorRef.current?.commitTextEditing()}
              onInsertTemplate={() => setSlideTemplatesOpen(true)}
              onPageNumber={() => addSlideMarker('pageNumber')}
              onSwipeHint={() => addSlideMarker('swipeHint')}
              drawThumbnails={canvasShown}
            />
          ) : (
            <PageNav
              index={pageIndex}
              count={design.pages.length}
              onChange={(index) => {
                editorRef.current?.commitTextEditing();
                editor.run(ACTIONS.setPageIndex, { index });
              }}
            />
          )}
        </div>
        <PropertiesPanel
          design={view}
          overridden={overridden}
          onResetLayout={(ids) => editor.run(ACTIONS.resetToMaster, { ids })}
          page={page}
          selected={selected}
          actions={actions}
          editor={editor}
          onReplaceImage={(id) => {
            setReplacing(id);
            setSidePanel('images');
          }}
          onChooseBackgroundImage={() => {
            setReplacing(BACKGROUND);
            setSidePanel('images');
          }}
        />
      </div>
      {contextMenuAt && <ContextMenu at={contextMenuAt} commands={commands} onClose={closeContextMenu} />}
      {slideTemplatesOpen && (
        <Suspense fallback={null}>
          <TemplatePicker
            format={design.format}
            onClose={() => setSlideTemplatesOpen(false)}
            onPick={(pages) => {
              setSlideTemplatesOpen(false);
              editorRef.current?.commitTextEditing();
              editor.run(ACTIONS.insertSlides, { pages });
            }}
          />
        </Suspense>
      )}
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      {resizeOpen && (
        <ResizeDialog
          design={design}
          onClose={() => setResizeOpen(false)}
          onCreate={(formats) => {
            editorRef.current?.commitTextEditing();
            editor.run(ACTIONS.createVariants, { formats });
            setResizeOpen(false);
          }}
        />
      )}
      {previewOpen && (
        <Suspense fallback={null}>
          <PreviewDialog design={resolveDesign(design, variantId)} onClose={() => setPreviewOpen(false)} />
        </Suspense>
      )}
      {exportOpen && <ExportDialog design={design} variantId={variantId} initialPage={pageIndex} saveFirst={saveBeforeExport} onClose={() => setExportOpen(false)} />}
    </div>
  );
}
