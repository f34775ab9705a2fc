/** Under a grid of icons or emoji: how many are shown of how many found, and "Show more". */
import { useTranslation } from 'react-i18next';

export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="side-panel-hint elements-count">{t('editor.elementsPanel.shownOf', { shown: Math.min(shown, total), total })}</p>
      {shown < total && (
        <button type="button" className="btn btn-secondary btn-block" onClick={onMore} data-testid="elements-more">
          {t('editor.elementsPanel.showMore')}
        </button>
      )}
    </>
  );
}
