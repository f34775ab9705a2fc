/** Cadence: posts per week wanted on each network (empty: no goal). */
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { NETWORKS } from '../../../core/formats/constants';
import { CADENCE_MAX, setCadence } from '../../../core/posts/editorial';
import { EditorialSection } from './ListEditor';
import { NetworkBadge } from './NetworkBadge';
import type { SectionProps } from './sectionProps';

export function CadenceSection({ editorial, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <EditorialSection id="cadence" title={t('editorial.cadence.title')} hint={t('editorial.cadence.hint')}>
      <div className="edl-cadence-grid">
        {NETWORKS.map((network) => (
          <label key={network} className="edl-cadence-cell" data-testid={`edl-cadence-${network}`}>
            <NetworkBadge network={network} />
            <span className="edl-cadence-name">{NETWORK_LABELS[network]}</span>
            <input
              type="number"
              className="input input-small edl-cadence-input"
              min={0}
              max={CADENCE_MAX}
              step={1}
              value={editorial.cadence[network] ?? ''}
              placeholder="–"
              aria-label={t('editorial.cadence.perWeek', { network: NETWORK_LABELS[network] })}
              disabled={readOnly}
              onChange={(event) => edit((current) => setCadence(current, network, event.target.value === '' ? null : Number(event.target.value)))}
              data-testid={`edl-cadence-input-${network}`}
            />
            <span className="edl-cadence-unit">{t('editorial.cadence.unit')}</span>
          </label>
        ))}
      </div>
    </EditorialSection>
  );
}
