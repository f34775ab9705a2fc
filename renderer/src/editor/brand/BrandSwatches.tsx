/** The brand kit's palettes as swatches, one row per palette under its name (shown by every colour field). */
import { useTranslation } from 'react-i18next';
import { useBrandKit } from '../../shared/brandKit';

interface BrandSwatchesProps {
  /** The field's colour as #rrggbb, to mark the matching swatch. */
  current: string;
  onPick: (color: string) => void;
  testId: string;
}

export function BrandSwatches({ current, onPick, testId }: BrandSwatchesProps) {
  const { t } = useTranslation();
  const { palettes } = useBrandKit();
  const shown = palettes.filter((palette) => palette.colors.length > 0);
  if (shown.length === 0) return null;
  return (
    <div className="brand-swatches" data-testid={`${testId}-brand`}>
      {shown.map((palette) => (
        <div key={palette.id} className="brand-swatch-group" role="group" aria-label={t('brand.paletteSwatches', { name: palette.name })}>
          <span className="brand-swatch-name" title={palette.name}>
            {palette.name}
          </span>
          <div className="swatches">
            {palette.colors.map((colour) => {
              // The colour fields edit opaque colours (the picker and the hex field are #rrggbb):
              // a brand colour with alpha is shown and applied without it, like everywhere else here.
              const hex = colour.hex.slice(0, 7);
              const label = colour.name ? `${colour.name} (${hex})` : hex;
              return (
                <button
                  key={colour.hex}
                  type="button"
                  className={`swatch ${current === hex ? 'swatch-selected' : ''}`}
                  style={{ background: hex }}
                  aria-label={label}
                  title={label}
                  onClick={() => onPick(hex)}
                  data-testid="brand-swatch"
                  data-hex={hex}
                />
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
