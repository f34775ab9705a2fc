import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary } from '../../../core/api';
import { currentLanguage } from '../i18n';
import { formatLabel } from '../shared/formatLabel';
import { Icon } from '../shared/Icon';
import { Menu } from '../shared/Menu';
import { relativeTime } from '../shared/relativeTime';
import { DesignThumb } from './DesignThumb';
import { RenameField } from './RenameField';
import type { DesignActions } from './useDesignActions';

interface DesignCardProps {
  design: DesignSummary;
  now: number;
  actions: DesignActions;
  onOpen: (id: string) => void;
}

export function DesignCard({ design, now, actions, onOpen }: DesignCardProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const edited = useEditedLabel(design.updatedAt, now);
  // Its file was damaged beyond its backups: still listed, so the user knows and can trash it.
  // Opening it shows the backend's reason; the other actions need the file, so only the trash is offered.
  const damaged = design.damaged;
  const trash = { id: 'delete', label: t('home.moveToTrash'), icon: 'trash' as const, danger: true, onSelect: () => void actions.remove(design) };

  return (
    <article
      className={damaged ? 'design-card design-card-damaged' : 'design-card'}
      data-testid="design-card"
      data-design-id={design.id}
      data-damaged={damaged ? 'true' : undefined}
      title={damaged ? t('home.damagedExplained', { keptAs: damaged.keptAs }) : undefined}
    >
      <button
        type="button"
        className="design-card-thumb"
        aria-label={t('home.openDesign', { name: design.name })}
        onClick={() => onOpen(design.id)}
        data-testid="design-card-open"
      >
        <DesignThumb design={design} />
        {damaged && (
          <span className="design-card-badge" data-testid="design-card-damaged">
            <Icon name="alert" size={14} />
            {t('home.damaged')}
          </span>
        )}
      </button>
      <div className="design-card-info">
        <div className="design-card-text">
          {renaming ? (
            <RenameField
              initial={design.name}
              className="design-card-rename"
              testId="design-card-rename"
              onCommit={(name) => {
                setRenaming(false);
                void actions.rename(design, name);
              }}
              onCancel={() => setRenaming(false)}
            />
          ) : (
            <h3 className="design-card-name" title={design.name} data-testid="design-card-name">
              {design.name}
            </h3>
          )}
          {damaged ? (
            <p className="design-card-meta design-card-damaged-note" data-testid="design-card-damaged-note">
              {t('home.damagedKept', { keptAs: damaged.keptAs })}
            </p>
          ) : (
            <p className="design-card-meta" data-testid="design-card-format">
              {formatLabel(design.format, t('formats.custom'))}
            </p>
          )}
          <p className="design-card-meta design-card-time">{edited}</p>
        </div>
        <Menu
          label={t('home.designActions', { name: design.name })}
          testId="design-card-menu"
          items={
            damaged
              ? [trash]
              : [
                  { id: 'rename', label: t('home.rename'), icon: 'edit', onSelect: () => setRenaming(true) },
                  { id: 'duplicate', label: t('home.duplicate'), icon: 'copy', onSelect: () => void actions.duplicate(design) },
                  { id: 'plan-post', label: t('postEditor.planPost'), icon: 'calendar', onSelect: () => void actions.planPost(design) },
                  { id: 'export-file', label: t('home.exportFile'), icon: 'download', onSelect: () => void actions.exportFile(design) },
                  trash,
                ]
          }
        />
      </div>
    </article>
  );
}

export function useEditedLabel(iso: string, now: number): string {
  const { t } = useTranslation();
  const when = relativeTime(iso, now, currentLanguage());
  if (when.kind === 'now') return t('home.editedJustNow');
  if (when.kind === 'ago') return t('home.editedAgo', { when: when.text });
  return t('home.editedOn', { date: when.text });
}
