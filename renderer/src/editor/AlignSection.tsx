/** Align to the selection (or to the page for one element), distribute, group: the "Position" section. */
import { useTranslation } from 'react-i18next';
import { ACTIONS, type AlignEdge, type HeadlessEditor } from '../../../core/editor';
import { PathIcon } from '../shared/PathIcon';

/** Small drawn glyphs: a bar for the reference edge and two boxes lined up against it. */
const GLYPHS: Record<AlignEdge, string> = {
  left: 'M3 2v16M6 5h9v4H6zM6 11h6v4H6z',
  center: 'M10 2v16M5 5h10v4H5zM7 11h6v4H7z',
  right: 'M17 2v16M5 5h9v4H5zM8 11h6v4H8z',
  top: 'M2 3h16M5 6v9h4V6zM11 6v6h4V6z',
  middle: 'M2 10h16M5 5v10h4V5zM11 7v6h4V7z',
  bottom: 'M2 17h16M5 5v9h4V5zM11 8v6h4V8z',
};
const EDGES: AlignEdge[] = ['left', 'center', 'right', 'top', 'middle', 'bottom'];

export function AlignSection({ editor, count }: { editor: HeadlessEditor; count: number }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section" data-testid="align-section">
      <span className="field-label">{count === 1 ? t('editor.align.toPage') : t('editor.align.title')}</span>
      <div className="align-grid" role="group" aria-label={t('editor.align.title')}>
        {EDGES.map((edge) => (
          <button
            key={edge}
            type="button"
            className="icon-btn align-btn"
            onClick={() => editor.run(ACTIONS.align, { edge })}
            aria-label={t(`editor.align.${edge}`)}
            title={t(`editor.align.${edge}`)}
            data-testid={`align-${edge}`}
          >
            <PathIcon d={GLYPHS[edge]} />
          </button>
        ))}
      </div>
      {count > 1 && (
        <div className="button-row">
          <button type="button" className="btn btn-secondary btn-small" disabled={!editor.can(ACTIONS.distribute)} onClick={() => editor.run(ACTIONS.distribute, { axis: 'horizontal' })} data-testid="distribute-horizontal">
            {t('editor.align.distributeHorizontal')}
          </button>
          <button type="button" className="btn btn-secondary btn-small" disabled={!editor.can(ACTIONS.distribute)} onClick={() => editor.run(ACTIONS.distribute, { axis: 'vertical' })} data-testid="distribute-vertical">
            {t('editor.align.distributeVertical')}
          </button>
        </div>
      )}
      <div className="button-row">
        {editor.can(ACTIONS.group) && (
          <button type="button" className="btn btn-secondary btn-small" onClick={() => editor.run(ACTIONS.group)} data-testid="group">
            {t('editor.commands.group')}
          </button>
        )}
        {editor.can(ACTIONS.ungroup) && (
          <button type="button" className="btn btn-secondary btn-small" onClick={() => editor.run(ACTIONS.ungroup)} data-testid="ungroup">
            {t('editor.commands.ungroup')}
          </button>
        )}
        <button type="button" className="btn btn-secondary btn-small" onClick={() => editor.run(ACTIONS.duplicate)} data-testid="duplicate">
          {t('editor.commands.duplicate')}
        </button>
      </div>
    </section>
  );
}
