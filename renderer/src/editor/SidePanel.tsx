/** The left side panel frame (images, shapes, layers): a title, a close button, the content. */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';

export function SidePanel({ title, testId, onClose, children }: { title: string; testId: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <aside className="side-panel" aria-labelledby={titleId} data-testid={testId}>
      <header className="side-panel-header">
        <h2 id={titleId} className="panel-title">
          {title}
        </h2>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('common.close')}>
          <Icon name="close" />
        </button>
      </header>
      {children}
    </aside>
  );
}
