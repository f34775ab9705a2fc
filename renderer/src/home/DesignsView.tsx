import { useTranslation } from 'react-i18next';
import type { DesignList } from './useDesignList';
import type { DesignActions } from './useDesignActions';
import { DesignCard } from './DesignCard';
import { EmptyState } from './EmptyState';
import { Icon } from '../shared/Icon';
import { useNow } from '../shared/useNow';

interface DesignsViewProps {
  list: DesignList;
  actions: DesignActions;
  onOpen: (id: string) => void;
  onNewDesign: () => void;
  readOnly: boolean;
}

export function DesignsView({ list, actions, onOpen, onNewDesign, readOnly }: DesignsViewProps) {
  const { t } = useTranslation();
  const now = useNow();

  if (list.error && !list.designs) return <LoadError message={list.error} onRetry={list.refresh} />;
  if (!list.designs) return <GridSkeleton />;
  if (list.designs.length === 0) {
    return (
      <EmptyState
        testId="home-empty"
        title={t('home.emptyTitle')}
        body={t('home.emptyBody')}
        action={
          <button type="button" className="btn btn-primary" onClick={onNewDesign} disabled={readOnly} data-testid="empty-new-design">
            <Icon name="plus" size={18} />
            {t('home.newDesign')}
          </button>
        }
      />
    );
  }
  return (
    <div className="design-grid" data-testid="design-grid">
      {list.designs.map((design) => (
        <DesignCard key={design.id} design={design} now={now} actions={actions} onOpen={onOpen} />
      ))}
    </div>
  );
}

export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="load-error" role="alert">
      <Icon name="alert" size={28} />
      <p className="load-error-title">{t('home.loadFailed')}</p>
      <p className="load-error-detail">{message}</p>
      <button type="button" className="btn btn-secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

export function GridSkeleton() {
  return (
    <div className="design-grid" aria-busy="true">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="design-card design-card-skeleton" />
      ))}
    </div>
  );
}
