/**
 * An empty recurring slot, dashed, with a "+" and the words "Empty slot" (where there is room): its time, network and pillar (the whole "Empty slot: Tue 9:00
 * Instagram · Tips" in its label and tooltip); a click makes a post there.
 */
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { SlotOccurrence } from '../../../core/posts/slots';
import type { CSSProperties } from 'react';
import { weekdayName } from './dates';
import { NetworkGlyph } from './PostChip';

export function SlotTile({ occurrence, pillarName, disabled, style, onCreate }: { occurrence: SlotOccurrence; pillarName?: string; disabled: boolean; style?: CSSProperties; onCreate: (occurrence: SlotOccurrence) => void }) {
  const { t } = useTranslation();
  const params = { weekday: weekdayName(occurrence.day), time: occurrence.time, network: NETWORK_LABELS[occurrence.slot.network], pillar: pillarName };
  const label = pillarName ? t('calendar.emptySlotPillar', params) : t('calendar.emptySlot', params);
  return (
    <button type="button" className="slot-tile" style={style} disabled={disabled} data-testid="empty-slot" data-day={occurrence.day} title={label} aria-label={label} onClick={() => onCreate(occurrence)}>
      <span className="slot-tile-plus" aria-hidden="true">
        +
      </span>
      <span className="slot-tile-time">{occurrence.time}</span>
      <NetworkGlyph network={occurrence.slot.network} />
      <span className="slot-tile-text">
        <span className="slot-tile-kind">{t('calendar.emptySlotShort')}</span>
        {pillarName && <span className="slot-tile-pillar">{pillarName}</span>}
      </span>
    </button>
  );
}
