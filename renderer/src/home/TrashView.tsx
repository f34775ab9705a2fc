import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Icon } from '../shared/Icon';
import { useNow } from '../shared/useNow';
import { EmptyState } from './EmptyState';
import { GridSkeleton, LoadError } from './DesignsView';
import { TrashCard } from './TrashCard';
import type { DesignActions } from './useDesignActions';
import type { DesignList } from './useDesignList';

export function TrashView({ list, actions, readOnly }: { list: DesignList; actions: DesignActions; readOnly: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  const [confirming, setConfirming] = useState(false);
  const count = list.designs?.length ?? 0;

  return (
    <>
      <div className="view-header">
        <div>
          <h1 className="view-title">{t('trash.title')}</h1>
          <p className="view-subtitle">{t('trash.subtitle')}</p>
        </div>
        <button
          type="button"
          className="btn btn-danger-outline"
          disabled={count === 0 || readOnly}
          onClick={() => setConfirming(true)}
          data-testid="empty-trash"
        >
          <Icon name="trash" size={18} />
          {t('trash.empty')}
        </button>
      </div>
      {list.error && !list.designs ? (
        <LoadError message={list.error} onRetry={list.refresh} />
      ) : !list.designs ? (
        <GridSkeleton />
      ) : count === 0 ? (
        <EmptyState testId="trash-empty" title={t('trash.emptyTitle')} body={t('trash.emptyBody')} />
      ) : (
        <div className="design-grid" data-testid="trash-grid">
          {list.designs.map((design) => (
            <TrashCard key={design.id} design={design} now={now} onRestore={() => void actions.restore(design)} />
          ))}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          testId="empty-trash-dialog"
          title={t('trash.confirmTitle')}
          message={t('trash.confirmBody', { count })}
          confirmLabel={t('trash.empty')}
          danger
          onConfirm={actions.emptyTrash}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
