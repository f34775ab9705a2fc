/** Best-time presets per network, each labelled with its source and year; editable, and reset to the shipped ones. */
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { NETWORKS, type Network } from '../../../core/formats/constants';
import { addBestTime, removeBestTime, resetBestTimes, updateBestTime } from '../../../core/posts/editorial';
import { WEEKDAYS } from '../../../core/schema/posts';
import { Icon } from '../shared/Icon';
import { TimeField } from '../shared/TimeField';
import { CommitInput } from './fields';
import { ItemList, RemoveButton } from './ListEditor';
import { NetworkBadge } from './NetworkBadge';
import type { SectionProps } from './sectionProps';

export function BestTimesSection({ editorial, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="edl-section" aria-labelledby="edl-best" data-testid="edl-best-times">
      <div className="edl-subhead">
        <h2 className="edl-section-title" id="edl-best">
          {t('editorial.best.title')}
        </h2>
        <button type="button" className="btn btn-ghost btn-small" disabled={readOnly} onClick={() => edit(resetBestTimes)} data-testid="edl-best-reset">
          <Icon name="restore" size={16} />
          {t('editorial.best.reset')}
        </button>
      </div>
      <p className="edl-section-hint">{t('editorial.best.hint')}</p>
      <ItemList items={editorial.bestTimes} empty={t('editorial.best.empty')} className="edl-rows">
        {(time, index) => (
          <li key={index} className="edl-row edl-best" data-testid="edl-best-time">
            <NetworkBadge network={time.network} />
            <select
              className="input input-small"
              value={time.network}
              aria-label={t('editorial.slots.network')}
              disabled={readOnly}
              onChange={(event) => edit((current) => updateBestTime(current, index, { network: event.target.value as Network }))}
            >
              {NETWORKS.map((network) => (
                <option key={network} value={network}>
                  {NETWORK_LABELS[network]}
                </option>
              ))}
            </select>
            <span className="edl-days" role="group" aria-label={t('editorial.best.days')}>
              {WEEKDAYS.map((day) => {
                const on = time.weekdays.includes(day);
                return (
                  <button
                    key={day}
                    type="button"
                    className={`edl-day ${on ? 'edl-toggle-on' : ''}`}
                    aria-pressed={on}
                    aria-label={t(`editorial.weekdays.${day}`)}
                    title={t(`editorial.weekdays.${day}`)}
                    disabled={readOnly}
                    onClick={() => edit((current) => updateBestTime(current, index, { weekdays: on ? time.weekdays.filter((d) => d !== day) : [...time.weekdays, day] }))}
                  >
                    {t(`editorial.weekdaysShort.${day}`)}
                  </button>
                );
              })}
            </span>
            <TimeField value={time.from} label={t('editorial.best.from')} disabled={readOnly} onChange={(from) => edit((current) => updateBestTime(current, index, { from }))} testId="edl-best-from" className="edl-time" />
            <span aria-hidden="true">–</span>
            <TimeField value={time.to} label={t('editorial.best.to')} disabled={readOnly} onChange={(to) => edit((current) => updateBestTime(current, index, { to }))} testId="edl-best-to" className="edl-time" />
            <CommitInput value={time.source} label={t('editorial.best.source')} disabled={readOnly} onCommit={(source) => edit((current) => updateBestTime(current, index, { source }))} testId="edl-best-source" className="edl-grow" />
            <RemoveButton label={t('editorial.best.remove')} disabled={readOnly} onRemove={() => edit((current) => removeBestTime(current, index))} />
          </li>
        )}
      </ItemList>
      <button
        type="button"
        className="btn btn-secondary btn-small edl-start"
        disabled={readOnly}
        onClick={() => edit((current) => addBestTime(current, { network: 'instagram', weekdays: ['tue'], from: '09:00', to: '11:00', source: t('editorial.best.ownSource', { year: new Date().getFullYear() }) }))}
        data-testid="edl-best-add"
      >
        <Icon name="plus" size={16} />
        {t('editorial.best.add')}
      </button>
    </section>
  );
}
