/**
 * Layers: every element of the page, top of the stack first (the canvas's order, read from the top),
 * to select (Shift/Ctrl adds), rename (double-click; an emptied name gives the layer its own label
 * back: a text's first words), hide, lock, and drag to reorder.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unsafeOverlapsByRow } from '../../../core/preflight/safeZoneOverlap';
import { ACTIONS, type HeadlessEditor } from '../../../core/editor';
import type { FormatRef, Page } from '../../../core/schema/design';
import { pageOverlaps, useOverlapText, useSafeArea } from './safeZoneWarnings';
import './canvas/safeZone.css';
import { SidePanel } from './SidePanel';
import { PathIcon } from '../shared/PathIcon';
import { layerLabel, viewOf } from './elements';
import './slides/slides.css';

interface LayersPanelProps {
  page: Page;
  /** The design's format: rows whose text or logo the platform's UI may cover get a warning. */
  format: FormatRef;
  selection: readonly string[];
  readOnly: boolean;
  editor: HeadlessEditor;
  onSelect: (ids: string[]) => void;
  onClose: () => void;
  /** A panorama's texts a seam cuts or crowds, per row: the sentences to show (./seamWarnings.ts). */
  seamWarnings?: ReadonlyMap<string, string>;
}

const EYE = 'M1 10s3.5-6 9-6 9 6 9 6-3.5 6-9 6-9-6-9-6zM10 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6z';
const EYE_OFF = 'M3 3l14 14M8.5 4.2A9 9 0 0 1 10 4c5.5 0 9 6 9 6a15 15 0 0 1-2.6 3.2M5.3 5.8A15 15 0 0 0 1 10s3.5 6 9 6a8.7 8.7 0 0 0 4-1';
const LOCK = 'M5 9V6a5 5 0 0 1 10 0v3M4 9h12v9H4z';
const UNLOCK = 'M5 9V6a5 5 0 0 1 9.6-2M4 9h12v9H4z';
const WARNING = 'M10 2.5 18.5 17h-17zM10 8v4.5M10 14.5v.5';

export function LayersPanel({ page, format, selection, readOnly, editor, onSelect, onClose, seamWarnings }: LayersPanelProps) {
  const { t } = useTranslation();
  const safeArea = useSafeArea(format);
  const warnings = useMemo(() => unsafeOverlapsByRow(pageOverlaps(safeArea, page, format)), [safeArea, page, format]);
  const overlapText = useOverlapText();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  // Top of the stack first, as in every layers panel; `index` is the position in page.elements.
  const rows = page.elements.map((element, index) => ({ element, index })).reverse();

  return (
    <SidePanel title={t('editor.layers.title')} testId="layers-panel" onClose={onClose}>
      {rows.length === 0 && <p className="side-panel-empty">{t('editor.layers.empty')}</p>}
      <ol className="layer-list">
        {rows.map(({ element, index }) => {
          const selected = selection.includes(element.id);
          const warning = safeArea.ok ? warnings.get(element.id)?.map((overlap) => overlapText.short(overlap, safeArea.format)).join('\n') : undefined;
          const seamWarning = seamWarnings?.get(element.id);
          return (
            <li
              key={element.id}
              className={`layer-row ${selected ? 'layer-row-selected' : ''} ${element.hidden ? 'layer-row-hidden' : ''}`}
              draggable={!readOnly && renaming !== element.id}
              onDragStart={(event) => {
                setDragged(element.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => dragged && event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                if (dragged && dragged !== element.id) editor.run(ACTIONS.reorder, { id: dragged, index });
                setDragged(null);
              }}
              onDragEnd={() => setDragged(null)}
              data-testid="layer-row"
              data-element-id={element.id}
            >
              {renaming === element.id ? (
                <input
                  className="field layer-name-input"
                  defaultValue={element.name}
                  placeholder={layerLabel(element, t)}
                  autoFocus
                  maxLength={200}
                  aria-label={t('editor.layers.rename')}
                  onBlur={(event) => {
                    editor.run(ACTIONS.rename, { id: element.id, name: event.target.value });
                    setRenaming(null);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') event.currentTarget.blur();
                    if (event.key === 'Escape') setRenaming(null);
                  }}
                  data-testid="layer-name-input"
                />
              ) : (
                <button
                  type="button"
                  className="layer-name"
                  aria-pressed={selected}
                  onClick={(event) =>
                    onSelect(event.shiftKey || event.ctrlKey || event.metaKey ? [...selection.filter((id) => id !== element.id), ...(selected ? [] : [element.id])] : [element.id])
                  }
                  onDoubleClick={() => !readOnly && setRenaming(element.id)}
                  title={t('editor.layers.renameHint')}
                >
                  <span className="layer-icon" aria-hidden="true">
                    {viewOf(element).icon(element)}
                  </span>
                  <span className="layer-label">{layerLabel(element, t)}</span>
                </button>
              )}
              {element.repeat && (
                <span className="layer-repeat-badge" title={t(`editor.slides.repeatRules.${element.repeat}`)} aria-label={t(`editor.slides.repeatRules.${element.repeat}`)} role="img" data-testid="layer-repeat-badge">
                  {t('editor.slides.repeatBadge')}
                </span>
              )}
              {warning && (
                // Focusable so keyboard users can reach the tooltip; never blocks anything.
                <span className="layer-warning" role="img" aria-label={warning} title={warning} tabIndex={0} data-testid="layer-safe-zone-warning">
                  <PathIcon d={WARNING} size={16} />
                </span>
              )}
              {seamWarning && (
                <span className="layer-warning" role="img" aria-label={seamWarning} title={seamWarning} tabIndex={0} data-testid="layer-seam-warning">
                  <PathIcon d={WARNING} size={16} />
                </span>
              )}
              <button
                type="button"
                className="icon-btn layer-toggle"
                aria-pressed={element.hidden}
                aria-label={element.hidden ? t('editor.layers.show') : t('editor.layers.hide')}
                title={element.hidden ? t('editor.layers.show') : t('editor.layers.hide')}
                disabled={readOnly}
                onClick={() => editor.run(ACTIONS.setHidden, { ids: [element.id], hidden: !element.hidden })}
                data-testid="layer-hide"
              >
                <PathIcon d={element.hidden ? EYE_OFF : EYE} size={18} />
              </button>
              <button
                type="button"
                className="icon-btn layer-toggle"
                aria-pressed={element.locked}
                aria-label={element.locked ? t('editor.layers.unlock') : t('editor.layers.lock')}
                title={element.locked ? t('editor.layers.unlock') : t('editor.layers.lock')}
                disabled={readOnly}
                onClick={() => editor.run(ACTIONS.setLocked, { ids: [element.id], locked: !element.locked })}
                data-testid="layer-lock"
              >
                <PathIcon d={element.locked ? LOCK : UNLOCK} size={18} />
              </button>
            </li>
          );
        })}
      </ol>
    </SidePanel>
  );
}
