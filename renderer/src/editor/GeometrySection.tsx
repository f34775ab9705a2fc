/**
 * Position and size of one element, typed in pixels of the design: X, Y, width, height, rotation,
 * and the aspect-ratio lock (chain button between width and height). A locked ratio also hides the
 * side handles on the canvas. A text's height follows its words, so it is shown (kept true by the
 * canvas, which measures it) but not typed; with "Shrink text to fit the box" on, the height is the
 * box the text shrinks into, typed here or dragged by the top and bottom handles.
 */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../core/schema/constants';
import type { Element } from '../../../core/schema/design';
import { PathIcon } from '../shared/PathIcon';
import { NumberField } from './NumberField';
import { ACTIONS, keepsAspectRatio, type HeadlessEditor } from '../../../core/editor';

const CHAIN_CLOSED = 'M8 7.5 9.8 5.7a3 3 0 0 1 4.2 4.2L12.3 11.6M11.7 12.4 9.9 14.2a3 3 0 0 1-4.2-4.2L7.5 8.3M7.6 12.4l4.8-4.8';
const CHAIN_OPEN = 'M8 7.5 9.8 5.7a3 3 0 0 1 4.2 4.2L12.3 11.6M11.7 12.4 9.9 14.2a3 3 0 0 1-4.2-4.2L7.5 8.3M4 4l2 2M16 16l-2-2';
const MAX = LIMITS.maxCoordinate;

export function GeometrySection({ element, editor }: { element: Element; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const locked = keepsAspectRatio(element);
  const fixed = element.locked;
  const heightFollowsText = element.type === 'text' && !element.autoFit;
  const id = element.id;
  return (
    <section className="panel-section" data-testid="geometry-section">
      <span className="field-label">{t('editor.geometry.title')}</span>
      <div className="geometry-grid">
        <NumberField label="X" value={element.x} min={-MAX} max={MAX} disabled={fixed} onChange={(x) => editor.run(ACTIONS.setPosition, { id, x })} decimals={0} className="geo-x" testId="geometry-x" />
        <NumberField label="Y" value={element.y} min={-MAX} max={MAX} disabled={fixed} onChange={(y) => editor.run(ACTIONS.setPosition, { id, y })} decimals={0} className="geo-y" testId="geometry-y" />
        <NumberField
          label={t('editor.geometry.width')}
          value={element.width}
          min={1}
          max={MAX}
          disabled={fixed}
          onChange={(width) => editor.run(ACTIONS.setSize, { id, width })}
          decimals={0} className="geo-width" testId="geometry-width"
        />
        <button
          type="button"
          className="icon-btn geo-lock"
          aria-pressed={locked}
          disabled={fixed || element.type === 'group'}
          onClick={() => editor.run(ACTIONS.setAspectLocked, { id, locked: !locked })}
          aria-label={locked ? t('editor.geometry.unlockRatio') : t('editor.geometry.lockRatio')}
          title={element.type === 'group' ? t('editor.geometry.groupRatio') : locked ? t('editor.geometry.unlockRatio') : t('editor.geometry.lockRatio')}
          data-testid="geometry-lock-ratio"
        >
          <PathIcon d={locked ? CHAIN_CLOSED : CHAIN_OPEN} size={18} />
        </button>
        <NumberField
          label={t('editor.geometry.height')}
          value={element.height}
          min={1}
          max={MAX}
          disabled={fixed || heightFollowsText}
          hint={heightFollowsText ? t('editor.geometry.textHeight') : undefined}
          onChange={(height) => editor.run(ACTIONS.setSize, { id, height })}
          decimals={0} className="geo-height" testId="geometry-height"
        />
        <NumberField
          label={t('editor.geometry.rotation')}
          value={element.rotation}
          min={-360}
          max={360}
          unit="°"
          disabled={fixed}
          onChange={(rotation) => editor.run(ACTIONS.setPosition, { id, rotation })}
          className="geo-rotation" testId="geometry-rotation"
        />
      </div>
    </section>
  );
}
