import { useState } from 'react';
import type { AssetSummary } from '../../../core/api';
import { getBridge } from '../bridge';

/** A library image: its thumbnail, or the original while the thumbnail is not there yet. */
export function AssetTile({ asset, label, onPick }: { asset: AssetSummary; label: string; onPick: () => void }) {
  const bridge = getBridge();
  const [useOriginal, setUseOriginal] = useState(false);
  const [broken, setBroken] = useState(false);
  return (
    <button type="button" className="asset-tile" onClick={onPick} title={label} aria-label={label} data-testid="asset-tile" data-asset-id={asset.id}>
      {broken ? (
        <span className="asset-tile-broken" aria-hidden="true" />
      ) : (
        <img
          src={useOriginal ? bridge.mediaUrl('asset', asset.id) : bridge.mediaUrl('thumb', asset.id)}
          alt=""
          loading="lazy"
          draggable={false}
          onError={() => (useOriginal ? setBroken(true) : setUseOriginal(true))}
        />
      )}
    </button>
  );
}
