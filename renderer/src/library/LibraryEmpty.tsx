/** What the grid area says when there is nothing to show, and what to do about it. */
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';

interface Props {
  kind: 'library' | 'filtered' | 'trash';
  onImport: () => void;
  onClearFilters: () => void;
  readOnly: boolean;
}

export function LibraryEmpty({ kind, onImport, onClearFilters, readOnly }: Props) {
  const { t } = useTranslation();
  return (
    <div className="empty-state lib-empty" data-testid={`library-empty-${kind}`}>
      <span className="lib-empty-icon" aria-hidden="true">
        <Icon name={kind === 'trash' ? 'trash' : kind === 'filtered' ? 'alert' : 'upload'} size={28} />
      </span>
      <p className="empty-title">{t(`library.empty.${kind}Title`)}</p>
      <p className="empty-body">{t(`library.empty.${kind}Body`)}</p>
      {kind === 'library' && (
        <button type="button" className="btn btn-primary" onClick={onImport} disabled={readOnly}>
          <Icon name="upload" size={18} />
          {t('library.import')}
        </button>
      )}
      {kind === 'filtered' && (
        <button type="button" className="btn btn-secondary" onClick={onClearFilters}>
          {t('library.showEverything')}
        </button>
      )}
    </div>
  );
}
