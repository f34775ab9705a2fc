/** The design's soundtrack (design.audio) at the top of the sounds: which sound, and a way to remove it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { getBridge } from '../../bridge';
import { Icon } from '../../shared/Icon';
import { assetName, formatDuration } from './format';

interface SoundtrackCardProps {
  assetId?: string;
  /** The sounds the panel lists now (the soundtrack is usually among them: no extra call). */
  listed: AssetSummary[] | null;
  readOnly: boolean;
  onRemove: () => void;
}

export function SoundtrackCard({ assetId, listed, readOnly, onRemove }: SoundtrackCardProps) {
  const { t } = useTranslation();
  const [looked, setLooked] = useState<AssetSummary | null>(null);
  const shown = listed?.find((asset) => asset.id === assetId) ?? (looked?.id === assetId ? looked : null);

  useEffect(() => {
    if (!assetId || shown) return;
    let cancelled = false;
    getBridge()
      .api['assets.list']({ kind: 'audio', limit: 5000 })
      .then(({ assets }) => {
        if (!cancelled) setLooked(assets.find((asset) => asset.id === assetId) ?? null);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [assetId, shown]);

  return (
    <section className="soundtrack-card" aria-label={t('editor.library.soundtrack')} data-testid="soundtrack">
      <svg className="soundtrack-icon" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M9 18V5l12-2v13" />
        <circle cx="6" cy="18" r="3" />
        <circle cx="18" cy="16" r="3" />
      </svg>
      <div className="soundtrack-text">
        <span className="soundtrack-label">{t('editor.library.soundtrack')}</span>
        {assetId ? (
          <span className="soundtrack-name" data-testid="soundtrack-name" data-asset-id={assetId}>
            {shown ? assetName(shown) : t('editor.library.unknownSound')}
            {shown?.durationMs !== undefined && <span className="library-row-meta"> · {formatDuration(shown.durationMs)}</span>}
          </span>
        ) : (
          <span className="soundtrack-none">{t('editor.library.noSoundtrack')}</span>
        )}
      </div>
      {assetId && (
        <button type="button" className="icon-btn" onClick={onRemove} disabled={readOnly} aria-label={t('editor.library.removeSoundtrack')} title={t('editor.library.removeSoundtrack')} data-testid="soundtrack-remove">
          <Icon name="trash" size={18} />
        </button>
      )}
    </section>
  );
}
