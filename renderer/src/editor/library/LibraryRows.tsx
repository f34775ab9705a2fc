/** Rows of the library panel for media without a picture of their own: sounds and fonts. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { getBridge } from '../../bridge';
import { loadFontFamilies } from '../../fonts/loadFonts';
import { endAssetDrag, startAssetDrag } from './dragAsset';
import { assetName, formatDuration } from './format';

function Thumb({ asset, className }: { asset: AssetSummary; className: string }) {
  const [broken, setBroken] = useState(false);
  if (broken) return <span className={`${className} asset-tile-broken`} aria-hidden="true" />;
  return <img className={className} src={getBridge().mediaUrl('thumb', asset.id)} alt="" loading="lazy" draggable={false} onError={() => setBroken(true)} />;
}

interface RowProps {
  asset: AssetSummary;
  onPick: () => void;
  active?: boolean;
}

/** A sound: its waveform, name and length. */
export function AudioRow({ asset, onPick, active = false }: RowProps) {
  const { t } = useTranslation();
  const name = assetName(asset);
  return (
    <button
      type="button"
      className={`library-row ${active ? 'library-row-active' : ''}`}
      onClick={onPick}
      title={t('editor.library.useSound', { name })}
      aria-pressed={active}
      draggable
      onDragStart={(event) => startAssetDrag(event, asset)}
      onDragEnd={endAssetDrag}
      data-testid="library-audio"
      data-asset-id={asset.id}
    >
      <Thumb asset={asset} className="library-row-wave" />
      <span className="library-row-text">
        <span className="library-row-name">{name}</span>
        {asset.durationMs !== undefined && <span className="library-row-meta">{formatDuration(asset.durationMs)}</span>}
      </span>
    </button>
  );
}

/** A font: its family name drawn in the face itself (a live specimen), and its style. */
export function FontRow({ asset, onPick }: RowProps) {
  const { t } = useTranslation();
  const family = asset.fontFamily ?? assetName(asset);
  useEffect(() => {
    if (asset.fontFamily) void loadFontFamilies([asset.fontFamily]);
  }, [asset.fontFamily]);
  return (
    <button
      type="button"
      className="library-row library-row-font"
      onClick={onPick}
      title={t('editor.library.useFont', { name: family })}
      draggable
      onDragStart={(event) => startAssetDrag(event, asset)}
      onDragEnd={endAssetDrag}
      data-testid="library-font"
      data-asset-id={asset.id}
      data-family={family}
    >
      <span className="library-row-sample" style={{ fontFamily: `"${family}", var(--font-ui)` }}>
        {family}
      </span>
      <span className="library-row-text">
        <span className="library-row-name">{assetName(asset)}</span>
        <span className="library-row-meta">{asset.fontStyle ?? ''}</span>
      </span>
    </button>
  );
}
