/**
 * The colour of new icons, the brand kit's palette colours first (the ones a designer reaches
 * for), then a few defaults and any other colour from the system picker. A pick also recolours
 * the selected icons (the caller runs recolorIcons).
 */
import { useTranslation } from 'react-i18next';
import { useBrandKit } from '../../shared/brandKit';

const DEFAULTS = ['#1c1b22', '#ffffff', '#6d4aff', '#ff5a5f', '#ffb547', '#19a974', '#1e88e5'];

export function IconColorPicker({ color, onPick }: { color: string; onPick: (color: string) => void }) {
  const { t } = useTranslation();
  const { palettes } = useBrandKit();
  // Brand colours are applied opaque (#rrggbb), as every colour field does.
  const brand = [...new Set(palettes.flatMap((palette) => palette.colors.map((colour) => colour.hex.slice(0, 7).toLowerCase())))];
  const others = DEFAULTS.filter((hex) => !brand.includes(hex));
  const swatch = (hex: string, testId: string) => (
    <button
      key={hex}
      type="button"
      className={`swatch ${color === hex ? 'swatch-selected' : ''}`}
      style={{ background: hex }}
      aria-label={hex}
      aria-pressed={color === hex}
      title={hex}
      onClick={() => onPick(hex)}
      data-testid={testId}
      data-hex={hex}
    />
  );
  return (
    <div className="field elements-colors" data-testid="elements-colors">
      <span className="field-label">{t('editor.elementsPanel.color')}</span>
      <div className="swatches" role="group" aria-label={t('editor.elementsPanel.color')}>
        {brand.map((hex) => swatch(hex, 'elements-brand-color'))}
        {brand.length > 0 && <span className="elements-swatch-divider" aria-hidden="true" />}
        {others.map((hex) => swatch(hex, 'elements-color'))}
        <input
          type="color"
          className="color-swatch-input elements-custom-color"
          value={color}
          onChange={(event) => onPick(event.target.value)}
          aria-label={t('editor.elementsPanel.customColor')}
          title={t('editor.elementsPanel.customColor')}
          data-testid="elements-custom-color"
        />
      </div>
      <p className="side-panel-hint">{t('editor.elementsPanel.colorHint')}</p>
    </div>
  );
}
