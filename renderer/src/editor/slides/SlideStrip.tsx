/**
 * The slide strip under the canvas (carousels and multi-page designs): live thumbnails drawn by
 * the export's renderer, the current slide ringed, several selected with Shift/Ctrl-click, moved
 * by dragging or Ctrl+Shift+arrows, deleted with Delete (Undo in the toast), added from a menu, and
 * the count against the network's cap. Every change is a core/editor action (actions/slides.ts).
 */
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, HISTORY, selectedSlideIds, type Action, type EditorState, type HeadlessEditor, type RunArgs } from '../../../../core/editor';
import { repeatedElements } from '../../../../core/carousel/repeat';
import { slideCap } from '../../../../core/carousel/limits';
import { resolveFormat } from '../../../../core/formats/userFormats';
import type { Design, Page } from '../../../../core/schema/design';
import { DesignPreview } from '../../shared/DesignPreview';
import { Icon } from '../../shared/Icon';
import { Menu } from '../../shared/Menu';
import { useToast } from '../../shared/toastContext';
import { userFormatsNow } from '../../shared/userFormats';
import './slides.css';

/** The thumbnails' longer side, in CSS pixels. */
const THUMB_BOX = 76;
/** How far the pointer travels before a press becomes a drag. */
const DRAG_THRESHOLD = 6;

interface SlideStripProps {
  editor: HeadlessEditor;
  state: EditorState;
  /** The design as drawn in the thumbnails (the shown variant resolved, not composed). */
  drawn: Design;
  readOnly: boolean;
  /** Ends a text being typed on the canvas before the page changes. */
  beforeChange: () => void;
  onInsertTemplate: () => void;
  onPageNumber: () => void;
  onSwipeHint: () => void;
  /** False until the canvas has shown the slide being edited: the thumbnails wait for it. */
  drawThumbnails: boolean;
}

export function SlideStrip({ editor, state, drawn, readOnly, beforeChange, onInsertTemplate, onPageNumber, onSwipeHint, drawThumbnails }: SlideStripProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { design, pageIndex } = state;
  const pages = design.pages;
  const selected = useMemo(() => new Set(selectedSlideIds(state)), [state]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ ids: string[]; insertAt: number } | null>(null);
  const press = useRef<{ id: string; x: number; y: number; pointerId: number } | null>(null);
  const repeated = useMemo(() => repeatedElements(drawn).map(({ element }) => element), [drawn]);

  const run = <A,>(action: Action<A>, ...args: RunArgs<A>) => {
    beforeChange();
    editor.run(action, ...args);
  };

  // Keeps the keyboard focus on the slide it was on after a move re-ordered the buttons.
  useEffect(() => {
    const list = listRef.current;
    if (!list || !focusId || !list.contains(document.activeElement)) return;
    const button = list.querySelector<HTMLElement>(`[data-slide-id="${focusId}"]`);
    if (button && document.activeElement !== button) button.focus();
  }, [pages, focusId]);

  // The current slide stays in view.
  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pageIndex]);

  const deleteSelected = () => {
    const count = selectedSlideIds(editor.getState()).length;
    if (readOnly || !editor.can(ACTIONS.deleteSelectedSlides)) return;
    beforeChange();
    const deleted = editor.run(ACTIONS.deleteSelectedSlides).design;
    // The toast's Undo takes back this delete only: once the design changed again, Ctrl+Z is the way.
    const undoDelete = () => {
      if (editor.design === deleted && editor.can(HISTORY.undo)) editor.undo();
    };
    toast.show({ message: t('editor.slides.deleted', { count }), action: { label: t('editor.undo'), onClick: undoDelete } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ids = pages.map((page) => page.id);
    const at = Math.max(0, ids.indexOf(focusId ?? ids[pageIndex]));
    const focus = (index: number) => {
      const id = ids[Math.max(0, Math.min(ids.length - 1, index))];
      setFocusId(id);
      listRef.current?.querySelector<HTMLElement>(`[data-slide-id="${id}"]`)?.focus();
    };
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (plain && !event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      focus(at + (event.key === 'ArrowLeft' ? -1 : 1));
    } else if (plain && (event.key === 'Home' || event.key === 'End')) {
      event.preventDefault();
      focus(event.key === 'Home' ? 0 : ids.length - 1);
    } else if (plain && (event.key === 'Delete' || event.key === 'Backspace')) {
      // Here Delete deletes slides, not the canvas's elements (the window's shortcut never sees it).
      event.preventDefault();
      deleteSelected();
    }
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, page: Page) => {
    if (readOnly || event.button !== 0 || event.shiftKey || event.ctrlKey || event.metaKey) return;
    press.current = { id: page.id, x: event.clientX, y: event.clientY, pointerId: event.pointerId };
  };

  /** Where the moved slides would land: the number of slides left of the pointer that stay put. */
  const insertionAt = (clientX: number, moving: readonly string[]): number => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-slide-id]') ?? [])];
    let at = 0;
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      if (clientX < box.left + box.width / 2) break;
      if (!moving.includes(button.dataset.slideId!)) at++;
    }
    return at;
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = press.current;
    if (!start) return;
    if (!drag) {
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) < DRAG_THRESHOLD) return;
      // Dragging a selected slide takes the whole selection along; another slide goes alone.
      const current = selectedSlideIds(editor.getState());
      const ids = current.includes(start.id) ? current : [start.id];
      if (!current.includes(start.id)) run(ACTIONS.selectSlide, { index: pages.findIndex((p) => p.id === start.id) });
      listRef.current?.setPointerCapture?.(start.pointerId);
      setDrag({ ids, insertAt: insertionAt(event.clientX, ids) });
      return;
    }
    const insertAt = insertionAt(event.clientX, drag.ids);
    if (insertAt !== drag.insertAt) setDrag({ ...drag, insertAt });
  };

  const endDrag = (commit: boolean) => {
    if (drag && commit) run(ACTIONS.moveSlides, { ids: drag.ids, to: drag.insertAt });
    if (press.current) listRef.current?.releasePointerCapture?.(press.current.pointerId);
    press.current = null;
    setDrag(null);
  };

  // The drop marker sits before the slide at this index of the shown order (or after the last).
  const markerBefore = useMemo(() => {
    if (!drag) return null;
    const rest = pages.filter((page) => !drag.ids.includes(page.id));
    return rest[drag.insertAt]?.id ?? 'end';
  }, [drag, pages]);

  const format = resolveFormat(design.format.preset, userFormatsNow());
  const cap = slideCap(format);
  const over = cap !== null && pages.length > cap.max;
  const count = pages.length;

  return (
    <div className="slide-strip" data-testid="slide-strip">
      <div
        className={`slide-strip-list${drag ? ' is-dragging' : ''}`}
        ref={listRef}
        role="listbox"
        aria-label={t('editor.slides.label')}
        aria-multiselectable="true"
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => endDrag(true)}
        onPointerCancel={() => endDrag(false)}
        onLostPointerCapture={() => drag && endDrag(true)}
      >
        {pages.map((page, index) => (
          <div className="slide-strip-slot" key={page.id} role="none">
            {markerBefore === page.id && <span className="slide-strip-marker" data-testid="slide-drop-marker" />}
            <button
              type="button"
              role="option"
              className={`slide-thumb${index === pageIndex ? ' is-current' : ''}${selected.has(page.id) ? ' is-selected' : ''}${drag?.ids.includes(page.id) ? ' is-moving' : ''}`}
              aria-selected={selected.has(page.id)}
              aria-current={index === pageIndex ? 'true' : undefined}
              aria-label={t('editor.slides.slide', { page: index + 1, count })}
              tabIndex={(focusId ?? pages[pageIndex]?.id) === page.id ? 0 : -1}
              data-testid="slide-thumb"
              data-slide-id={page.id}
              onFocus={() => setFocusId(page.id)}
              onPointerDown={(event) => onPointerDown(event, page)}
              onClick={(event) => {
                if (drag) return;
                run(ACTIONS.selectSlide, { index, extend: event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : undefined });
              }}
            >
              <SlideThumb design={drawn} index={index} repeated={repeated} hold={!drawThumbnails} />
              <span className="slide-thumb-number" aria-hidden="true">
                {index + 1}
              </span>
              {page.altText && <span className="slide-thumb-alt" aria-hidden="true" title={t('editor.slides.hasAltText')}>{t('editor.slides.altBadge')}</span>}
            </button>
          </div>
        ))}
        {markerBefore === 'end' && <span className="slide-strip-marker" data-testid="slide-drop-marker" />}
        {!readOnly && (
          <Menu
            className="slide-strip-add"
            icon="plus"
            label={t('editor.slides.add')}
            testId="slide-add"
            items={[
              { id: 'blank', label: t('editor.slides.addBlank'), icon: 'plus', onSelect: () => run(ACTIONS.addSlide, { mode: 'blank' }) },
              { id: 'duplicate', label: t('editor.slides.duplicate'), icon: 'copy', onSelect: () => run(ACTIONS.duplicateSlide) },
              { id: 'template', label: t('editor.slides.fromTemplate'), icon: 'grid', onSelect: onInsertTemplate },
              { id: 'pageNumber', label: t('editor.slides.pageNumber'), icon: 'text', onSelect: onPageNumber },
              { id: 'swipeHint', label: t('editor.slides.swipeHint'), icon: 'forward', onSelect: onSwipeHint },
            ]}
          />
        )}
      </div>
      <div className="slide-strip-side">
        <span
          className={`slide-strip-count${over ? ' is-over' : ''}`}
          data-testid="slide-count"
          data-over={over ? 'true' : undefined}
          title={cap?.apiMax !== undefined ? t('editor.slides.apiHint', { count: cap.apiMax }) : undefined}
        >
          {cap
            ? t(cap.network ? 'editor.slides.countOfCapNetwork' : 'editor.slides.countOfCap', { count, max: cap.max, network: cap.network ?? '' })
            : t('editor.slides.count', { count })}
        </span>
        {cap?.apiMax !== undefined && <span className="slide-strip-hint">{t('editor.slides.apiHint', { count: cap.apiMax })}</span>}
        {!readOnly && (
          <button
            type="button"
            className="icon-btn"
            disabled={pages.length <= 1}
            onClick={deleteSelected}
            aria-label={t('editor.slides.delete', { count: selected.size })}
            title={t('editor.slides.delete', { count: selected.size })}
            data-testid="slide-delete"
          >
            <Icon name="trash" size={18} />
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * One thumbnail, drawn again only when what it shows changed: its page, the elements on every
 * slide, the number of slides (page numbers), or the format. A keystroke on slide 2 redraws
 * slide 2, not the whole strip.
 */
const SlideThumb = memo(
  function SlideThumb({ design, index, hold }: { design: Design; index: number; repeated: readonly unknown[]; hold: boolean }) {
    return <DesignPreview design={design} page={index} box={THUMB_BOX} testId="slide-thumb-canvas" deferred hold={hold} />;
  },
  (before, after) =>
    before.hold === after.hold &&
    before.index === after.index &&
    before.design.pages[before.index] === after.design.pages[after.index] &&
    before.design.pages.length === after.design.pages.length &&
    before.design.format === after.design.format &&
    before.repeated.length === after.repeated.length &&
    before.repeated.every((el, i) => el === after.repeated[i]),
);
