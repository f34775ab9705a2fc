import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';

/** Page switcher for carousels and imported multi-page designs; hidden for single pages. */
export function PageNav({ index, count, onChange }: { index: number; count: number; onChange: (index: number) => void }) {
  const { t } = useTranslation();
  if (count <= 1) return null;
  return (
    <div className="page-nav" data-testid="page-nav">
      <button type="button" className="icon-btn" disabled={index === 0} onClick={() => onChange(index - 1)} aria-label={t('editor.previousPage')}>
        <Icon name="chevronLeft" />
      </button>
      <span className="page-nav-label">{t('editor.pageOf', { page: index + 1, count })}</span>
      <button type="button" className="icon-btn" disabled={index >= count - 1} onClick={() => onChange(index + 1)} aria-label={t('editor.nextPage')}>
        <Icon name="chevronRight" />
      </button>
    </div>
  );
}
