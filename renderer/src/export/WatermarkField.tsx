/**
 * "Add my logo": the user's own watermark on the exported images (a logo of their brand kit, a
 * corner, a size, an opacity). Never a mark of Affiche's. Offered when the kit has a logo.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WATERMARK_CORNERS, type Watermark } from '../../../core/render/watermark';
import { getBridge } from '../bridge';
import { loadBrandKit, useBrandKit } from '../shared/brandKit';
import { formatPercent } from '../shared/locale';

export const DEFAULT_WATERMARK: Omit<Watermark, 'assetId'> = { corner: 'bottom-right', opacity: 0.8, size: 0.18 };

export function WatermarkField({ value, onChange }: { value: Watermark | null; onChange: (value: Watermark | null) => void }) {
  const { t } = useTranslation();
  const kit = useBrandKit();
  useEffect(() => void loadBrandKit(), []);
  const logos = kit.logos;
  if (logos.length === 0) {
    return (
      <p className="export-hint" data-testid="watermark-none">
        {t('export.watermark.noLogo')}
      </p>
    );
  }
  return (
    <fieldset className="export-group" data-testid="watermark">
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={() => onChange(value ? null : { assetId: logos[0], ...DEFAULT_WATERMARK })}
          data-testid="watermark-toggle"
        />
        {t('export.watermark.add')}
      </label>
      {value && (
        <div className="watermark-fields">
          {logos.length > 1 && (
            <div className="watermark-logos" role="radiogroup" aria-label={t('export.watermark.logo')}>
              {logos.map((id) => (
                <button key={id} type="button" role="radio" aria-checked={value.assetId === id} className="watermark-logo" onClick={() => onChange({ ...value, assetId: id })} data-testid="watermark-logo">
                  <img src={getBridge().mediaUrl('thumb', id)} alt="" />
                </button>
              ))}
            </div>
          )}
          <div className="watermark-corners" role="radiogroup" aria-label={t('export.watermark.corner')}>
            {WATERMARK_CORNERS.map((corner) => (
              <button
                key={corner}
                type="button"
                role="radio"
                aria-checked={value.corner === corner}
                aria-label={t(`export.watermark.corners.${corner}`)}
                title={t(`export.watermark.corners.${corner}`)}
                className={`watermark-corner watermark-corner-${corner}`}
                onClick={() => onChange({ ...value, corner })}
                data-testid={`watermark-corner-${corner}`}
              >
                <span />
              </button>
            ))}
          </div>
          <label className="field">
            <span className="field-label">
              {t('export.watermark.size')} <span className="field-value">{formatPercent(value.size)}</span>
            </span>
            <input type="range" min={5} max={50} value={Math.round(value.size * 100)} onChange={(e) => onChange({ ...value, size: Number(e.target.value) / 100 })} data-testid="watermark-size" />
          </label>
          <label className="field">
            <span className="field-label">
              {t('export.watermark.opacity')} <span className="field-value">{formatPercent(value.opacity)}</span>
            </span>
            <input type="range" min={10} max={100} value={Math.round(value.opacity * 100)} onChange={(e) => onChange({ ...value, opacity: Number(e.target.value) / 100 })} data-testid="watermark-opacity" />
          </label>
        </div>
      )}
    </fieldset>
  );
}
