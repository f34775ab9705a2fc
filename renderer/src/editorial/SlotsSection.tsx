/** Recurring slots: "every Tuesday 9:00, Instagram, tip" (weekday, time, network, pillar). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { NETWORKS, type Network } from '../../../core/formats/constants';
import { addSlot, removeSlot, updateSlot } from '../../../core/posts/editorial';
import { newId } from '../../../core/schema/factory';
import { WEEKDAYS, type Editorial, type Weekday } from '../../../core/schema/posts';
import { TimeField } from '../shared/TimeField';
import { AddForm, EditorialSection, ItemList, RemoveButton } from './ListEditor';
import type { SectionProps } from './sectionProps';

/** What a slot's fields show: a stored slot, or the one being made. */
interface SlotValue {
  weekday: Weekday;
  time: string;
  network: Network;
  pillarId?: string | undefined;
}

interface SlotFieldsProps {
  editorial: Editorial;
  value: SlotValue;
  /** False when the change was refused (the editorial screen says why). */
  onChange: (change: { weekday?: Weekday; time?: string; network?: Network; pillarId?: string | null }) => boolean | void;
  disabled: boolean;
  testId: string;
}

function SlotFields({ editorial, value, onChange, disabled, testId }: SlotFieldsProps) {
  const { t } = useTranslation();
  const { weekday, time, network, pillarId } = value;
  return (
    <>
      <select className="input input-small" value={weekday} aria-label={t('editorial.slots.weekday')} disabled={disabled} onChange={(event) => onChange({ weekday: event.target.value as Weekday })} data-testid={`${testId}-weekday`}>
        {WEEKDAYS.map((day) => (
          <option key={day} value={day}>
            {t(`editorial.weekdays.${day}`)}
          </option>
        ))}
      </select>
      <TimeField className="edl-time" value={time} label={t('editorial.slots.time')} disabled={disabled} onChange={(changed) => onChange({ time: changed })} testId={`${testId}-time`} />
      <select className="input input-small" value={network} aria-label={t('editorial.slots.network')} disabled={disabled} onChange={(event) => onChange({ network: event.target.value as Network })} data-testid={`${testId}-network`}>
        {NETWORKS.map((item) => (
          <option key={item} value={item}>
            {NETWORK_LABELS[item]}
          </option>
        ))}
      </select>
      <select className="input input-small edl-grow" value={pillarId ?? ''} aria-label={t('editorial.slots.pillar')} disabled={disabled} onChange={(event) => onChange({ pillarId: event.target.value || null })} data-testid={`${testId}-pillar`}>
        <option value="">{t('editorial.slots.anyPillar')}</option>
        {editorial.pillars.map((pillar) => (
          <option key={pillar.id} value={pillar.id}>
            {pillar.name}
          </option>
        ))}
      </select>
    </>
  );
}

export function SlotsSection({ editorial, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SlotValue>({ weekday: 'tue', time: '09:00', network: 'instagram', pillarId: undefined });
  const add = () => edit((current) => addSlot(current, { id: newId('sl'), weekday: draft.weekday, time: draft.time, network: draft.network, ...(draft.pillarId ? { pillarId: draft.pillarId } : {}) }));
  return (
    <EditorialSection id="slots" title={t('editorial.slots.title')} hint={t('editorial.slots.hint')}>
      <ItemList items={editorial.slots} empty={t('editorial.slots.empty')} className="edl-rows">
        {(slot) => (
          <li key={slot.id} className="edl-row" data-testid="edl-slot">
            <SlotFields editorial={editorial} value={slot} disabled={readOnly} onChange={(change) => edit((current) => updateSlot(current, slot.id, change))} testId="edl-slot" />
            <RemoveButton label={t('editorial.slots.remove')} disabled={readOnly} onRemove={() => edit((current) => removeSlot(current, slot.id))} testId="edl-slot-remove" />
          </li>
        )}
      </ItemList>
      <AddForm onAdd={add} addLabel={t('editorial.slots.add')} readOnly={readOnly} testId="edl-slot-add" className="edl-row edl-add-row">
        <SlotFields
          editorial={editorial}
          value={draft}
          disabled={readOnly}
          onChange={(change) => {
            const { pillarId, ...rest } = change;
            setDraft((current) => ({ ...current, ...rest, ...(pillarId !== undefined ? { pillarId: pillarId ?? undefined } : {}) }));
          }}
          testId="edl-slot-new"
        />
      </AddForm>
    </EditorialSection>
  );
}
