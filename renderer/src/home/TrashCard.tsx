import { useTranslation } from 'react-i18next';
import type { DesignSummary } from '../../../core/api';
import { currentLanguage } from '../i18n';
import { formatLabel } from '../shared/formatLabel';
import { Icon } from '../shared/Icon';
import { relativeTime } from '../shared/relativeTime';
import { DesignThumb } from './DesignThumb';

export function TrashCard({ design, now, onRestore }: { design: DesignSummary; now: number; onRestore: () => void }) {
  const { t } = useTranslation();
  const deleted = relativeTime(design.deletedAt ?? design.updatedAt, now, currentLanguage());
  const deletedLabel =
    deleted.kind === 'now'
      ? t('trash.deletedJustNow')
      : deleted.kind === 'ago'
        ? t('trash.deletedAgo', { when: deleted.text })
        : t('trash.deletedOn', { date: deleted.text });

  return (
    <article className="design-card design-card-trashed" data-testid="trash-card" data-design-id={design.id}>
      <div className="design-card-thumb" aria-hidden="true">
        <DesignThumb design={design} />
      </div>
      <div className="design-card-info">
        <div className="design-card-text">
          <h3 className="design-card-name" title={design.name} data-testid="design-card-name">
            {design.name}
          </h3>
          <p className="design-card-meta">{formatLabel(design.format, t('formats.custom'))}</p>
          <p className="design-card-meta design-card-time">{deletedLabel}</p>
        </div>
        <button type="button" className="btn btn-secondary btn-small" onClick={onRestore} data-testid="restore-design">
          <Icon name="restore" size={16} />
          {t('trash.restore')}
        </button>
      </div>
    </article>
  );
}
