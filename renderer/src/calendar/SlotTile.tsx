/**
 * An empty recurring slot, dashed, with a "+": its time, network and pillar (a dot of its colour
 * and its name) and the words "Empty slot" where there is room; the whole "Empty slot: Tue 9:00 AM
 * Instagram · Tips" in its label and tooltip. A click makes a post there. What shows depends on
 * the room it has (container queries in postChips.css): in the week's half-hour rows it stands on
 * two lines (time and network, then the pillar); a narrow month cell keeps the pillar's dot.
 */
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { SlotOccurrence } from '../../../core/posts/slots';
import type { CSSProperties } from 'react';
import { formatTime, formatTimeCompact } from '../shared/locale';
import { weekdayName } from './dates';
import { NetworkGlyph } from './PostChip';

interface SlotTileProps {
  occurrence: SlotOccurrence;
  pillar?: { name: string; colour?: string };
  /** Two lines where the row is tall enough (the week view). */
  stacked?: boolean;
  disabled: boolean;
  style?: CSSProperties;
  onCreate: (occurrence: SlotOccurrence) => void;
}

export function SlotTile({ occurrence, pillar, stacked, disabled, style, onCreate }: SlotTileProps) {
  const { t } = useTranslation();
  const params = { weekday: weekdayName(occurrence.day), time: formatTime(occurrence.time), network: NETWORK_LABELS[occurrence.slot.network], pillar: pillar?.name };
  const label = pillar ? t('calendar.emptySlotPillar', params) : t('calendar.emptySlot', params);
  const time = formatTimeCompact(occurrence.time);
  return (
    <button type="button" className={`slot-tile${stacked ? ' slot-tile-stacked' : ''}${time.length > 5 ? ' slot-tile-long-time' : ''}`} style={style} disabled={disabled} data-testid="empty-slot" data-day={occurrence.day} title={label} aria-label={label} onClick={() => onCreate(occurrence)}>
      <span className="slot-tile-body">
        <span className="slot-tile-plus" aria-hidden="true">
          +
        </span>
        <span className="slot-tile-time">{time}</span>
        <NetworkGlyph network={occurrence.slot.network} />
        <span className="slot-tile-text">
          <span className="slot-tile-kind">{t('calendar.emptySlotShort')}</span>
          {pillar && (
            <span className="slot-tile-pillar" data-testid="empty-slot-pillar">
              <span className="slot-tile-dot" style={pillar.colour ? { background: pillar.colour } : undefined} aria-hidden="true" />
              <span className="slot-tile-pillar-name">{pillar.name}</span>
            </span>
          )}
        </span>
      </span>
    </button>
  );
}
