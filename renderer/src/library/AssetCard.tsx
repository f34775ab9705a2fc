/** One tile of the library grid: thumbnail, kind badge, duration or font family, name, star. */
import { memo, useState, type CSSProperties, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { Icon, type IconName } from '../shared/Icon';
import { assetName } from './useAssetActions';
import { formatDuration, pixelSize } from '../shared/locale';

export const KIND_ICON: Record<AssetSummary['kind'], IconName> = { image: 'image', video: 'video', audio: 'audio', font: 'font' };

/** "1080 × 1350", "0:32", "Inter Bold": the one line that tells this asset apart. */
export function assetMeta(asset: AssetSummary): string {
  if (asset.kind === 'font') return [asset.fontFamily, asset.fontStyle].filter(Boolean).join(' ') || asset.fileName;
  const parts: string[] = [];
  if (asset.width && asset.height) parts.push(pixelSize(asset.width, asset.height));
  if (asset.kind === 'audio' && asset.durationMs !== undefined) parts.push(formatDuration(asset.durationMs));
  const subtype = asset.mime.split('/')[1]?.replace('svg+xml', 'svg').replace('quicktime', 'mov').replace('mpeg', 'mp3').toUpperCase();
  if (subtype) parts.push(subtype);
  return parts.join(' · ');
}

export function AssetThumb({ asset, large = false }: { asset: AssetSummary; large?: boolean }) {
  const bridge = getBridge();
  const [source, setSource] = useState<'thumb' | 'asset' | 'none'>('thumb');
  // Only images can fall back to their original; other kinds show their kind icon.
  const next = asset.kind === 'image' && source === 'thumb' ? 'asset' : 'none';
  return source === 'none' ? (
    <span className="asset-thumb-fallback" aria-hidden="true">
      <Icon name={KIND_ICON[asset.kind]} size={large ? 48 : 32} />
    </span>
  ) : (
    <img
      className="asset-thumb-img"
      src={bridge.mediaUrl(source, asset.id)}
      alt=""
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => setSource(next)}
    />
  );
}

interface AssetCardProps {
  asset: AssetSummary;
  index: number;
  total: number;
  style: CSSProperties;
  selected: boolean;
  focusable: boolean;
  onClick: (event: MouseEvent) => void;
  onFavourite: () => void;
}

export const AssetCard = memo(function AssetCard({ asset, index, total, style, selected, focusable, onClick, onFavourite }: AssetCardProps) {
  const { t } = useTranslation();
  const name = assetName(asset);
  const duration = (asset.kind === 'video' || asset.kind === 'audio') && asset.durationMs !== undefined ? formatDuration(asset.durationMs) : null;
  return (
    <div
      className={`asset-card asset-card-${asset.kind}${selected ? ' is-selected' : ''}`}
      style={style}
      role="option"
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={index + 1}
      aria-label={`${name}, ${t(`library.kind.${asset.kind}`)}${asset.favourite ? `, ${t('library.favourite')}` : ''}`}
      tabIndex={focusable ? 0 : -1}
      data-testid="library-tile"
      data-asset-id={asset.id}
      data-name={name}
      data-index={index}
      onClick={onClick}
      onMouseDown={(event) => event.shiftKey && event.preventDefault() /* no text selection on Shift-click */}
    >
      <div className="asset-card-thumb">
        <AssetThumb asset={asset} />
        {asset.kind !== 'image' && (
          <span className="asset-card-kind">
            <Icon name={KIND_ICON[asset.kind]} size={12} />
            {t(`library.kind.${asset.kind}`)}
          </span>
        )}
        {duration && <span className="asset-card-duration">{duration}</span>}
        <span className="asset-card-check" aria-hidden="true">
          <Icon name="check" size={14} />
        </span>
        <button
          type="button"
          className={`asset-card-star${asset.favourite ? ' is-on' : ''}`}
          tabIndex={-1}
          aria-pressed={!!asset.favourite}
          aria-label={asset.favourite ? t('library.unfavouriteOne', { name }) : t('library.favouriteOne', { name })}
          title={asset.favourite ? t('library.unfavourite') : t('library.favourite')}
          data-testid="tile-favourite"
          onClick={(event) => {
            event.stopPropagation();
            onFavourite();
          }}
        >
          <Icon name="star" size={16} filled={!!asset.favourite} />
        </button>
      </div>
      <div className="asset-card-caption">
        <span className="asset-card-name" title={name}>
          {name}
        </span>
        <span className="asset-card-meta">{assetMeta(asset)}</span>
      </div>
    </div>
  );
});

export function AssetCardPlaceholder({ style }: { style: CSSProperties }) {
  return <div className="asset-card asset-card-placeholder" style={style} aria-hidden="true" />;
}
