import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatsByNetwork, NETWORK_LABELS, type Network } from '../../../core/formats/catalog';
import { Modal } from '../shared/Modal';
import { CustomSizeForm } from './CustomSizeForm';
import { FormatCard } from './FormatCard';
import { useCreateDesign } from './useCreateDesign';
import './newDesign.css';

type Tab = Network | 'custom';

/** Formats grouped by network (vertical tabs), plus a custom size; a click creates the design. */
export function NewDesignDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (designId: string) => void }) {
  const { t } = useTranslation();
  const groups = formatsByNetwork().filter((group) => group.formats.length > 0);
  const [tab, setTab] = useState<Tab>(groups[0]?.network ?? 'custom');
  const create = useCreateDesign((id) => {
    onClose();
    onCreated(id);
  });
  const tabs: Tab[] = [...groups.map((g) => g.network), 'custom'];
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  const onTabKey = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowDown' ? 1 : -1) + tabs.length) % tabs.length];
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  const current = groups.find((g) => g.network === tab);

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
              className={`new-design-tab ${id === 'custom' ? 'new-design-tab-custom' : ''}`}
              onClick={() => setTab(id)}
              data-testid={`network-tab-${id}`}
            >
              {id === 'custom' ? t('formats.custom') : NETWORK_LABELS[id]}
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
          ) : (
            <CustomSizeForm busy={create.busy} onCreate={(w, h) => void create.fromSize(w, h)} />
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
