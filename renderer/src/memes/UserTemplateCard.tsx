/**
 * One of the user's templates on the template screen: its preview, and its menu (rename,
 * favourite, duplicate, save as a file, move to the trash with Undo). Every action is a backend
 * call (templates.*); the list follows the library's change events.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../core/api/templateArgs';
import { getBridge } from '../bridge';
import { downloadStaged } from '../bridge/files';
import { RenameField } from '../home/RenameField';
import { currentLanguage } from '../i18n';
import { startJob } from '../jobs/jobStore';
import { errorMessage } from '../shared/errors';
import { Menu } from '../shared/Menu';
import { useToast } from '../shared/toastContext';

export function UserTemplateCard({ summary, chosen, onPick }: { summary: TemplateSummary; chosen: boolean; onPick: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [renaming, setRenaming] = useState(false);
  const [tagging, setTagging] = useState(false);
  const api = getBridge().api;
  const language = currentLanguage();
  const attempt = (work: () => Promise<unknown>) => void work().catch((error: unknown) => toast.error(t('memes.templateActionFailed'), errorMessage(error)));
  return (
    <div className="meme-user-card">
      <button type="button" className="meme-layout" aria-pressed={chosen} onClick={onPick} data-testid="user-template" data-template-id={summary.id}>
        <img className="meme-user-thumb" src={getBridge().mediaUrl('design-thumb', summary.id, summary.thumbnailVersion)} alt="" />
        {!renaming && (
          <span className="meme-layout-name">
            {summary.favourite && <span aria-label={t('memes.favourite')}>★ </span>}
            {summary.name}
          </span>
        )}
        <span className="meme-layout-meta">{t('memes.boxCount', { count: summary.slots.filter((s) => s.kind === 'text').length })}</span>
        {summary.tags.length > 0 && !tagging && <span className="meme-layout-meta meme-tags">{summary.tags.map((tag) => `#${tag}`).join(' ')}</span>}
      </button>
      {tagging && (
        <RenameField
          initial={summary.tags.join(', ')}
          className="meme-user-rename"
          testId="user-template-tags"
          onCommit={(text) => {
            setTagging(false);
            attempt(() => api['templates.update']({ id: summary.id, tags: text.split(',').map((tag) => tag.trim()).filter(Boolean), language }));
          }}
          onCancel={() => setTagging(false)}
        />
      )}
      {renaming && (
        <RenameField
          initial={summary.name}
          className="meme-user-rename"
          testId="user-template-rename"
          onCommit={(name) => {
            setRenaming(false);
            attempt(() => api['templates.update']({ id: summary.id, name, language }));
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
      <Menu
        label={t('memes.templateActions', { name: summary.name })}
        testId="user-template-menu"
        className="meme-user-menu"
        items={[
          { id: 'rename', label: t('home.rename'), icon: 'edit', onSelect: () => setRenaming(true) },
          { id: 'tags', label: t('memes.editTags'), icon: 'tag', onSelect: () => setTagging(true) },
          {
            id: 'favourite',
            label: summary.favourite ? t('memes.unfavourite') : t('memes.favourite'),
            icon: 'star',
            onSelect: () => attempt(() => api['templates.update']({ id: summary.id, favourite: !summary.favourite, language })),
          },
          { id: 'duplicate', label: t('home.duplicate'), icon: 'copy', onSelect: () => attempt(() => api['templates.duplicate']({ id: summary.id, language })) },
          {
            id: 'export',
            label: t('memes.exportTemplate'),
            icon: 'download',
            onSelect: () =>
              attempt(async () => {
                const { result } = await startJob('templates.export', { ids: [summary.id], language });
                downloadStaged(result.downloadId, result.fileName);
              }),
          },
          {
            id: 'trash',
            label: t('home.moveToTrash'),
            icon: 'trash',
            danger: true,
            onSelect: () =>
              attempt(async () => {
                await api['templates.trash']({ id: summary.id });
                toast.show({ kind: 'info', message: t('memes.templateTrashed', { name: summary.name }), action: { label: t('memes.undo'), onClick: () => attempt(() => api['templates.restore']({ id: summary.id })) } });
              }),
          },
        ]}
      />
    </div>
  );
}
