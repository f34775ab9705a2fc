/** Recurring slots: "every Tuesday 9:00, Instagram, tip" (weekday, time, network, pillar). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { NETWORKS, type Network } from '../../../core/formats/constants';
import { addSlot, removeSlot, updateSlot } from '../../../core/posts/editorial';
import { newId } from '../../../core/schema/factory';
import { WEEKDAYS, type Editorial, type Weekday } from '../../../core/schema/posts';
import { Icon } from '../shared/Icon';
import type { SectionProps } from './sectionProps';

interface SlotFieldsProps {
  editorial: Editorial;
  weekday: Weekday;
  time: string;
  network: Network;
  pillarId: string | undefined;
  onChange: (change: { weekday?: Weekday; time?: string; network?: Network; pillarId?: string | null }) => void;
  disabled: boolean;
  testId: string;
}

function SlotFields({ editorial, weekday, time, network, pillarId, onChange, disabled, testId }: SlotFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <select className="input input-small" value={weekday} aria-label={t('editorial.slots.weekday')} disabled={disabled} onChange={(event) => onChange({ weekday: event.target.value as Weekday })} data-testid={`${testId}-weekday`}>
        {WEEKDAYS.map((day) => (
          <option key={day} value={day}>
            {t(`editorial.weekdays.${day}`)}
          </option>
        ))}
      </select>
      <input type="time" className="input input-small edl-time" value={time} aria-label={t('editorial.slots.time')} disabled={disabled} onChange={(event) => event.target.value && onChange({ time: event.target.value })} data-testid={`${testId}-time`} />
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
  const [draft, setDraft] = useState<{ weekday: Weekday; time: string; network: Network; pillarId: string | undefined }>({ weekday: 'tue', time: '09:00', network: 'instagram', pillarId: undefined });
  const add = () => edit((current) => addSlot(current, { id: newId('sl'), weekday: draft.weekday, time: draft.time, network: draft.network, ...(draft.pillarId ? { pillarId: draft.pillarId } : {}) }));
  return (
    <section className="edl-section" aria-labelledby="edl-slots" data-testid="edl-slots">
      <h2 className="edl-section-title" id="edl-slots">
        {t('editorial.slots.title')}
      </h2>
      <p className="edl-section-hint">{t('editorial.slots.hint')}</p>
      {editorial.slots.length === 0 ? (
        <p className="edl-empty">{t('editorial.slots.empty')}</p>
      ) : (
        <ul className="edl-rows">
          {editorial.slots.map((slot) => (
            <li key={slot.id} className="edl-row" data-testid="edl-slot">
              <SlotFields
                editorial={editorial}
                weekday={slot.weekday}
                time={slot.time}
                network={slot.network}
                pillarId={slot.pillarId}
                disabled={readOnly}
                onChange={(change) => edit((current) => updateSlot(current, slot.id, change))}
                testId="edl-slot"
              />
              <button type="button" className="icon-btn" aria-label={t('editorial.slots.remove')} title={t('editorial.slots.remove')} disabled={readOnly} onClick={() => edit((current) => removeSlot(current, slot.id))} data-testid="edl-slot-remove">
                <Icon name="trash" size={18} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="edl-add edl-row edl-add-row"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <SlotFields
          editorial={editorial}
          weekday={draft.weekday}
          time={draft.time}
          network={draft.network}
          pillarId={draft.pillarId}
          disabled={readOnly}
          onChange={(change) => {
            const { pillarId, ...rest } = change;
            setDraft((current) => ({ ...current, ...rest, ...(pillarId !== undefined ? { pillarId: pillarId ?? undefined } : {}) }));
          }}
          testId="edl-slot-new"
        />
        <button type="submit" className="btn btn-secondary btn-small" disabled={readOnly} data-testid="edl-slot-add">
          <Icon name="plus" size={16} />
          {t('editorial.slots.add')}
        </button>
      </form>
    </section>
  );
}
