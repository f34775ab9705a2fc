/**
 * The month's mix and the week's cadence in a compact panel (issue 14, Editorial line): each
 * pillar's share of the month's posts as a bar in its colour against a mark at its target, with the
 * difference in points ("+17 points"), the posts without a pillar, each network's posts this week
 * against its cadence ("2 of 3 this week") and the recurring slots left to fill. Every figure comes
 * from core/posts/editorialChecks.ts and slots.ts (the calendar's dashed slots, the same rule), read
 * in the display zone; the calendar mounts the same panel.
 */
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { addDays } from '../../../core/posts/time';
import { cadenceStatus, gapWarnings, MIX_TOLERANCE_POINTS, monthMix } from '../../../core/posts/editorialChecks';
import { emptySlots } from '../../../core/posts/slots';
import type { Editorial, PostInput } from '../../../core/schema/posts';
import { currentLanguage } from '../i18n';
import { formatNumber, formatTime } from '../shared/locale';
import { NetworkBadge } from './NetworkBadge';
import './editorial.css';
import './mix.css';

export interface MixSummaryProps {
  posts: readonly PostInput[];
  editorial: Editorial;
  /** `YYYY-MM`. */
  month: string;
  /** `YYYY-MM-DD`, a Monday. */
  weekStart: string;
  /** The display zone: every day is read there. */
  zone: string;
}

const MINUS = '\u2212';

/** `YYYY-MM-DDTHH:mm` as "Fri 4 Dec, 9:00 AM" ("ven. 4 déc., 09:00") in the UI's language. */
function momentLabel(local: string): string {
  const [day, clock] = local.split('T');
  const [year, month, date] = day.split('-').map(Number);
  const dayText = new Intl.DateTimeFormat(currentLanguage(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
  return `${dayText}, ${formatTime(clock)}`;
}

function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(currentLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

export function MixSummary({ posts, editorial, month, weekStart, zone }: MixSummaryProps) {
  const { t } = useTranslation();
  const mix = monthMix(posts, editorial, month, zone);
  const cadence = cadenceStatus(posts, editorial, weekStart, zone);
  const weekEnd = addDays(weekStart, 6);
  const slotsToFill = emptySlots(editorial.slots, posts, weekStart, weekEnd, zone).length;
  const gaps = gapWarnings(posts, zone).filter((gap) => gap.second.local.slice(0, 10) >= weekStart && gap.second.local.slice(0, 10) <= weekEnd);
  const points = (difference: number) =>
    difference === 0 ? t('editorial.mix.onTarget') : t('editorial.mix.points', { count: Math.abs(difference), signed: `${difference > 0 ? '+' : MINUS}${formatNumber(Math.abs(difference), { decimals: 0 })}` });

  return (
    <section className="mix-summary" aria-labelledby="mix-summary-title" data-testid="mix-summary">
      <h2 className="mix-title" id="mix-summary-title">
        {t('editorial.mix.title', { month: monthLabel(month) })}
      </h2>
      <p className="mix-caption" data-testid="mix-total">
        {t('editorial.mix.total', { count: mix.total })}
      </p>
      {editorial.pillars.length === 0 ? (
        <p className="mix-empty">{t('editorial.mix.noPillars')}</p>
      ) : (
        <ul className="mix-pillars">
          {mix.pillars.map((pillar) => (
            <li key={pillar.pillarId} className="mix-pillar" data-testid="mix-pillar" data-pillar={pillar.pillarId}>
              <div className="mix-pillar-head">
                <span className="mix-dot" style={{ background: pillar.color }} aria-hidden="true" />
                <span className="mix-pillar-name">{pillar.name}</span>
                <span className="mix-pillar-count">{t('editorial.mix.count', { count: pillar.count })}</span>
                <span className={`mix-points ${pillar.off ? `mix-points-${pillar.off}` : ''}`} title={t('editorial.mix.offLegend', { points: MIX_TOLERANCE_POINTS })} data-testid="mix-points">
                  {points(pillar.difference)}
                </span>
              </div>
              <div
                className="mix-bar"
                role="img"
                aria-label={t('editorial.mix.barLabel', { share: formatNumber(Math.round(pillar.share), { decimals: 0 }), target: formatNumber(pillar.target, { decimals: 0 }) })}
              >
                <span className="mix-bar-fill" style={{ width: `${Math.min(100, pillar.share)}%`, background: pillar.color }} />
                <span className="mix-bar-target" style={{ left: `${pillar.target}%` }} />
              </div>
              <div className="mix-pillar-foot">
                {t('editorial.mix.shareOfTarget', { share: formatNumber(Math.round(pillar.share), { decimals: 0 }), target: formatNumber(pillar.target, { decimals: 0 }) })}
              </div>
            </li>
          ))}
          {mix.unassigned > 0 && (
            <li className="mix-pillar mix-unassigned" data-testid="mix-unassigned">
              <div className="mix-pillar-head">
                <span className="mix-dot mix-dot-none" aria-hidden="true" />
                <span className="mix-pillar-name">{t('editorial.mix.noPillar')}</span>
                <span className="mix-pillar-count">{t('editorial.mix.count', { count: mix.unassigned })}</span>
              </div>
            </li>
          )}
        </ul>
      )}
      {mix.pillars.length > 0 && <p className="mix-legend">{t('editorial.mix.offLegend', { points: MIX_TOLERANCE_POINTS })}</p>}
      <h3 className="mix-subtitle">{t('editorial.mix.thisWeek')}</h3>
      {cadence.length === 0 ? (
        <p className="mix-empty">{t('editorial.mix.noCadence')}</p>
      ) : (
        <ul className="mix-cadence">
          {cadence.map((row) => (
            <li key={row.network} className={`mix-cadence-row mix-cadence-${row.state}`} data-testid="cadence-row" data-network={row.network} data-state={row.state}>
              <NetworkBadge network={row.network} size={20} />
              <span data-testid="cadence-text">
                {row.goal === null
                  ? t('editorial.mix.plannedNoGoal', { network: NETWORK_LABELS[row.network], count: row.planned })
                  : t('editorial.mix.plannedOfGoal', { network: NETWORK_LABELS[row.network], planned: formatNumber(row.planned, { decimals: 0 }), count: row.goal })}
                {row.goal !== null && row.state === 'over' && <span className="mix-cadence-extra">{t('editorial.mix.overGoal', { count: row.planned - row.goal })}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {gaps.length > 0 && (
        <ul className="mix-gaps" data-testid="mix-gaps">
          {gaps.map((gap) => (
            <li key={`${gap.network}/${gap.first.postId}/${gap.second.postId}`} data-testid="mix-gap">
              {t('editorial.mix.gap', { network: NETWORK_LABELS[gap.network], minutes: formatNumber(gap.minutes, { decimals: 0 }), when: momentLabel(gap.second.local) })}
            </li>
          ))}
        </ul>
      )}
      {slotsToFill > 0 && (
        <p className="mix-slots" data-testid="mix-empty-slots">
          {t('editorial.mix.emptySlots', { count: slotsToFill })}
        </p>
      )}
    </section>
  );
}
