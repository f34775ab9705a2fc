import { useState, type ReactNode } from 'react';
import type { AssetSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { endAssetDrag, startAssetDrag } from './library/dragAsset';

interface AssetTileProps {
  asset: AssetSummary;
  label: string;
  onPick: () => void;
  /** The tile can be dragged onto the canvas (library panel). */
  draggable?: boolean;
  /** Shown over the picture's corner (a video's duration). */
  badge?: ReactNode;
  /** Shown along the bottom of the picture (the asset's name, in the library panel). */
  caption?: string;
}

/**
 * A library picture or video: its thumbnail (a video's poster frame), or for an image the original
 * while the thumbnail is not there yet.
 */
export function AssetTile({ asset, label, onPick, draggable = false, badge, caption }: AssetTileProps) {
  const bridge = getBridge();
  const [useOriginal, setUseOriginal] = useState(false);
  const [broken, setBroken] = useState(false);
  return (
    <button
      type="button"
      className="asset-tile"
      onClick={onPick}
      title={label}
      aria-label={label}
      data-testid="asset-tile"
      data-asset-id={asset.id}
      data-kind={asset.kind}
      draggable={draggable}
      onDragStart={draggable ? (event) => startAssetDrag(event, asset) : undefined}
      onDragEnd={draggable ? endAssetDrag : undefined}
    >
      {broken ? (
        <span className="asset-tile-broken" aria-hidden="true" />
      ) : (
        <img
          src={useOriginal ? bridge.mediaUrl('asset', asset.id) : bridge.mediaUrl('thumb', asset.id)}
          alt=""
          loading="lazy"
          draggable={false}
          onError={() => (useOriginal || asset.kind !== 'image' ? setBroken(true) : setUseOriginal(true))}
        />
      )}
      {caption && <span className="asset-tile-caption">{caption}</span>}
      {badge && <span className="asset-tile-badge">{badge}</span>}
    </button>
  );
}
