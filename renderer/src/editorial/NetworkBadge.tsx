/** A network's mark (shared/networkMarks.ts, the calendar's too), its name in the tooltip. */
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { Network } from '../../../core/formats/constants';
import { NETWORK_MARKS } from '../shared/networkMarks';

export function NetworkBadge({ network, size = 22 }: { network: Network; size?: number }) {
  const mark = NETWORK_MARKS[network];
  return (
    <span className="network-badge" style={{ background: mark.colour, width: size, height: size, fontSize: Math.round(size * 0.45) }} title={NETWORK_LABELS[network]} aria-hidden="true">
      {mark.letters}
    </span>
  );
}
