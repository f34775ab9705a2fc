/** A network's mark drawn from our own shapes and letters (never the network's artwork), with its name for screen readers. */
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { Network } from '../../../core/formats/constants';

const MARKS: Record<Network, { letters: string; color: string }> = {
  instagram: { letters: 'Ig', color: '#c13584' },
  facebook: { letters: 'f', color: '#1877f2' },
  linkedin: { letters: 'in', color: '#0a66c2' },
  x: { letters: 'X', color: '#1c1b22' },
  tiktok: { letters: 'Tk', color: '#25242c' },
  youtube: { letters: 'Yt', color: '#d92b2b' },
  pinterest: { letters: 'P', color: '#bd081c' },
  threads: { letters: '@', color: '#3a3a44' },
  bluesky: { letters: 'bs', color: '#1185fe' },
};

export function NetworkBadge({ network, size = 22 }: { network: Network; size?: number }) {
  const mark = MARKS[network];
  return (
    <span className="network-badge" style={{ background: mark.color, width: size, height: size, fontSize: Math.round(size * 0.45) }} title={NETWORK_LABELS[network]} aria-hidden="true">
      {mark.letters}
    </span>
  );
}
