import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFormatSummary } from '../../../core/api';
import { formatsByNetwork, NETWORK_LABELS, type Network } from '../../../core/formats/catalog';
import { Modal } from '../shared/Modal';
import { errorMessage } from '../shared/errors';
import { useToast } from '../shared/toastContext';
import { deleteUserFormat, saveUserFormat, useUserFormats } from '../shared/userFormats';
import { CustomSizeForm } from './CustomSizeForm';
import { PanoramaForm } from './PanoramaForm';
import { FormatCard } from './FormatCard';
import type { SaveFormatInput } from './SaveFormatForm';
import { UserFormatsPanel } from './UserFormatsPanel';
import { useCreateDesign } from './useCreateDesign';
import './newDesign.css';

/** 'video': every network's video formats; 'mine': the user's own formats, saved from the custom size tab. */
type Tab = Network | 'video' | 'mine' | 'panorama' | 'custom';

/**
 * Formats grouped by network (vertical tabs), the user's own formats, and a custom size; a click
 * creates the design.
 */
export function NewDesignDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (designId: string) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const groups = formatsByNetwork().filter((group) => group.formats.length > 0);
  const mine = useUserFormats();
  const [tab, setTab] = useState<Tab>(groups[0]?.network ?? 'custom');
  const create = useCreateDesign((id) => {
    onClose();
    onCreated(id);
  });
  const videoFormats = groups.flatMap((g) => g.formats.filter((f) => f.kind === 'video'));
  const tabs: Tab[] = [...groups.map((g) => g.network), 'video', 'mine', 'panorama', 'custom'];
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  const onTabKey = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowDown' ? 1 : -1) + tabs.length) % tabs.length];
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  const current = groups.find((g) => g.network === tab);

  // Names are unique per library (the backend refuses a second "Affiche A3"); checked here too so
  // the message is in the interface's language.
  const nameTaken = (name: string, exceptId?: string) =>
    mine.find((f) => f.id !== exceptId && f.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0);

  const saveFormat = async ({ name, width, height, maxBytes }: SaveFormatInput) => {
    const clash = nameTaken(name);
    if (clash) throw new Error(t('newDesign.formatProblem.duplicate', { name: clash.name }));
    const format = await saveUserFormat({ name, width, height, ...(maxBytes !== undefined ? { limits: { maxBytes } } : {}) });
    toast.show({ kind: 'success', message: t('newDesign.formatSaved', { name: format.name }) });
    setTab('mine');
  };

  const renameFormat = async (format: UserFormatSummary, name: string) => {
    const clash = nameTaken(name, format.id);
    if (clash) throw new Error(t('newDesign.formatProblem.duplicate', { name: clash.name }));
    // A save replaces the whole record: send the size and limits back unchanged.
    const { id, width, height, limits } = format;
    await saveUserFormat({ id, name, width, height, ...(limits ? { limits } : {}) });
  };

  const removeFormat = (format: UserFormatSummary) => {
    deleteUserFormat(format.id).then(
      () => toast.show({ message: t('newDesign.formatDeleted', { name: format.name }) }),
      (error: unknown) => toast.error(t('newDesign.formatDeleteFailed'), errorMessage(error)),
    );
  };

  const tabLabel = (id: Tab) =>
    id === 'custom' ? t('formats.custom') : id === 'mine' ? t('newDesign.mine') : id === 'panorama' ? t('newDesign.panorama.tab') : id === 'video' ? t('newDesign.videoTab') : NETWORK_LABELS[id];

  return (
    <Modal title={t('newDesign.title')} subtitle={t('newDesign.subtitle')} onClose={onClose} size="lg" testId="new-design-dialog">
      <div className="new-design">
        <div className="new-design-tabs" role="tablist" aria-orientation="vertical" aria-label={t('newDesign.networks')} onKeyDown={onTabKey}>
          {tabs.map((id) => (
            <button
              key={id}
              ref={(el) => {
                if (el) tabRefs.current.set(id, el);
              }}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls="new-design-panel"
              tabIndex={tab === id ? 0 : -1}
              className={`new-design-tab ${id === 'mine' ? 'new-design-tab-mine' : ''}`}
              onClick={() => setTab(id)}
              data-testid={`network-tab-${id}`}
            >
              {tabLabel(id)}
              {id === 'mine' && mine.length > 0 && <span className="new-design-tab-count">{mine.length}</span>}
            </button>
          ))}
        </div>
        <div className="new-design-panel" role="tabpanel" id="new-design-panel" aria-labelledby={`tab-${tab}`}>
          {current ? (
            <div className="format-grid">
              {current.formats.map((format) => (
                <FormatCard key={format.id} format={format} disabled={create.busy} onPick={() => void create.fromFormat(format)} />
              ))}
            </div>
          ) : tab === 'video' ? (
            <div className="format-grid" data-testid="video-formats">
              {videoFormats.map((format) => (
                <FormatCard key={format.id} format={format} withNetwork disabled={create.busy} onPick={() => void create.fromFormat(format)} />
              ))}
            </div>
          ) : tab === 'mine' ? (
            <UserFormatsPanel
              formats={mine}
              busy={create.busy}
              onPick={(format) => void create.fromUserFormat(format)}
              onRename={renameFormat}
              onDelete={removeFormat}
              onGoCustom={() => setTab('custom')}
            />
          ) : tab === 'panorama' ? (
            <PanoramaForm busy={create.busy} onCreate={(slide, slides) => void create.panorama(slide, slides)} />
          ) : (
            <CustomSizeForm busy={create.busy} onCreate={(w, h) => void create.fromSize(w, h)} onSaveFormat={saveFormat} />
          )}
          {create.error && (
            <p className="inline-error" role="alert" data-testid="new-design-error">
              {t('newDesign.createFailed')} {create.error}
            </p>
          )}
        </div>
      </div>
    </Modal>
  );
}
