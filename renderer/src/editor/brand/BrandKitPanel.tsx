/**
 * The brand kit side panel: palettes (edited here, shown by every colour field), the four text
 * styles (add a text in a style, apply one, save one from the selected text) and logos (imported
 * from a file, picked or dropped here, or picked among library images; placed in the page's
 * top-right corner). A logo imported here joins the library like any import (useAssets.ts).
 *
 * Every change is one `brandKit.update` with the whole part that changed; the backend validates it
 * and its answer replaces the shared copy (shared/brandKit.ts), so what shows is what was stored.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsOf } from '../../../../core/api';
import { BRAND_KIT_LIMITS, TEXT_ROLES, type TextRole } from '../../../../core/schema/brandKitDefaults';
import type { BrandColor, Palette, TextPreset } from '../../../../core/schema/brandKit';
import type { Element, TextElement } from '../../../../core/schema/design';
import { loadFontFamilies } from '../../fonts/loadFonts';
import { updateBrandKit, useBrandKit } from '../../shared/brandKit';
import { errorMessage } from '../../shared/errors';
import { Icon } from '../../shared/Icon';
import { formatUnit } from '../../shared/locale';
import { normalizeHex } from '../color';
import { SidePanel } from '../SidePanel';
import { colorOf, presetOf, type BrandActions } from './useBrandActions';
import { BrandKitArchive } from './BrandKitArchive';
import { LogosSection } from './LogosSection';
import './brand.css';

/** A palette as sent to the backend: a new one has no id yet. */
type PaletteInput = NonNullable<ArgsOf<'brandKit.update'>['palettes']>[number];

interface BrandKitPanelProps {
  selected: readonly Element[];
  readOnly: boolean;
  brand: BrandActions;
  /** A palette colour clicked here goes to the selection's fill. */
  onApplyColor: (hex: string) => void;
  onClose: () => void;
}

export function BrandKitPanel({ selected, readOnly, brand, onApplyColor, onClose }: BrandKitPanelProps) {
  const { t } = useTranslation();
  const kit = useBrandKit();
  const [error, setError] = useState<string | null>(null);

  /** Runs one change; the backend's reason is shown in the panel when it refuses. */
  const run = async (change: () => Promise<unknown>) => {
    setError(null);
    try {
      await change();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  // Lists are changed by functions of the newest kit (updateBrandKit runs them in turn).
  const savePalettes = (update: (palettes: Palette[]) => PaletteInput[]) => run(() => updateBrandKit((current) => ({ palettes: update(current.palettes) })));

  const single = selected.length === 1 ? selected[0] : undefined;
  const selectedText = single?.type === 'text' ? single : undefined;
  const selectionColour = colorOf(single);
  // Like the properties panel's fill field: only when every selected element has a fill.
  const fillable = selected.length > 0 && selected.every((el) => el.type === 'text' || el.type === 'shape');

  return (
    <SidePanel title={t('brand.title')} testId="brand-panel" onClose={onClose}>
      {error && (
        <p className="inline-error" role="alert" data-testid="brand-error">
          {error}
        </p>
      )}
      <PalettesSection palettes={kit.palettes} readOnly={readOnly} selectionColour={selectionColour} onSave={savePalettes} onApplyColor={fillable ? onApplyColor : undefined} />
      <TextStylesSection
        presets={kit.presets}
        readOnly={readOnly}
        selectedText={selectedText}
        onAdd={(role) => brand.addStyledText(role, kit.presets[role])}
        onApply={(role) => brand.applyPreset(kit.presets[role])}
        onSave={(role, preset) => run(() => updateBrandKit({ presets: { [role]: preset } }))}
      />
      <LogosSection
        logos={kit.logos}
        readOnly={readOnly}
        onSave={(update) => run(() => updateBrandKit((current) => ({ logos: update(current.logos) })))}
        onInsert={(asset) => run(() => brand.insertLogo(asset))}
        onRun={run}
      />
      <BrandKitArchive readOnly={readOnly} />
    </SidePanel>
  );
}

/* Palettes ---------------------------------------------------------------------------------- */

function nextPaletteName(palettes: readonly Palette[], base: (n: number) => string): string {
  for (let n = palettes.length + 1; ; n++) {
    const name = base(n);
    if (!palettes.some((palette) => palette.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0)) return name;
  }
}

function PalettesSection({
  palettes,
  readOnly,
  selectionColour,
  onSave,
  onApplyColor,
}: {
  palettes: Palette[];
  readOnly: boolean;
  selectionColour: string | null;
  onSave: (update: (palettes: Palette[]) => PaletteInput[]) => Promise<void>;
  onApplyColor?: (hex: string) => void;
}) {
  const { t } = useTranslation();
  // `update` sees the palette as the newest kit has it (quick successive edits all stay).
  const replace = (id: string, update: ((palette: Palette) => Palette) | null) =>
    onSave((current) => (update ? current.map((palette) => (palette.id === id ? update(palette) : palette)) : current.filter((palette) => palette.id !== id)));
  const add = () => onSave((current) => [...current, { name: nextPaletteName(current, (n) => t('brand.newPaletteName', { n })), colors: [] }]);

  return (
    <section className="brand-section" aria-labelledby="brand-palettes-title">
      <header className="brand-section-header">
        <h3 id="brand-palettes-title" className="brand-section-title">
          {t('brand.palettes')}
        </h3>
        <button type="button" className="btn btn-ghost btn-small" disabled={readOnly || palettes.length >= BRAND_KIT_LIMITS.maxPalettes} onClick={() => void add()} data-testid="brand-palette-add">
          <Icon name="plus" size={16} />
          {t('brand.addPalette')}
        </button>
      </header>
      {palettes.length === 0 && <p className="side-panel-hint">{t('brand.palettesEmpty')}</p>}
      {palettes.map((palette) => (
        <PaletteCard
          key={palette.id}
          palette={palette}
          readOnly={readOnly}
          selectionColour={selectionColour}
          onChange={(update) => replace(palette.id, update)}
          onDelete={() => replace(palette.id, null)}
          onApplyColor={onApplyColor}
        />
      ))}
    </section>
  );
}

function PaletteCard({
  palette,
  readOnly,
  selectionColour,
  onChange,
  onDelete,
  onApplyColor,
}: {
  palette: Palette;
  readOnly: boolean;
  selectionColour: string | null;
  onChange: (update: (palette: Palette) => Palette) => Promise<void>;
  onDelete: () => Promise<void>;
  onApplyColor?: (hex: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(palette.name);
  const [hex, setHex] = useState('');
  const [hexInvalid, setHexInvalid] = useState(false);
  useEffect(() => setName(palette.name), [palette.name]);

  const rename = () => {
    const next = name.replace(/\s+/g, ' ').trim();
    if (!next) return setName(palette.name);
    if (next !== palette.name) void onChange((current) => ({ ...current, name: next }));
  };
  const full = palette.colors.length >= BRAND_KIT_LIMITS.maxColorsPerPalette;
  const addColour = (colour: string) => {
    // Already there: nothing to add (the backend would refuse a colour listed twice).
    if (palette.colors.some((c) => c.hex.slice(0, 7) === colour)) return;
    void onChange((current) => (current.colors.some((c) => c.hex.slice(0, 7) === colour) ? current : { ...current, colors: [...current.colors, { hex: colour }] }));
  };
  const addTyped = () => {
    const colour = normalizeHex(hex);
    if (!colour) return setHexInvalid(true);
    setHexInvalid(false);
    setHex('');
    addColour(colour);
  };
  const remove = (colour: BrandColor) => void onChange((current) => ({ ...current, colors: current.colors.filter((c) => c.hex !== colour.hex) }));

  return (
    <div className="brand-palette" data-testid="brand-palette" data-name={palette.name}>
      <div className="brand-palette-header">
        <input
          className="input brand-palette-name"
          value={name}
          maxLength={BRAND_KIT_LIMITS.maxNameLength}
          disabled={readOnly}
          aria-label={t('brand.paletteName')}
          onChange={(event) => setName(event.target.value)}
          onBlur={rename}
          onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
          data-testid="brand-palette-name"
        />
        <button type="button" className="icon-btn" disabled={readOnly} aria-label={t('brand.deletePalette', { name: palette.name })} title={t('brand.deletePalette', { name: palette.name })} onClick={() => void onDelete()} data-testid="brand-palette-delete">
          <Icon name="trash" size={18} />
        </button>
      </div>
      {palette.colors.length > 0 ? (
        <div className="brand-colours">
          {palette.colors.map((colour) => {
            const label = colour.name ? `${colour.name} (${colour.hex})` : colour.hex;
            return (
              <span key={colour.hex} className="brand-colour">
                <button
                  type="button"
                  className="swatch brand-colour-swatch"
                  style={{ background: colour.hex }}
                  title={onApplyColor ? t('brand.applyColour', { colour: label }) : label}
                  aria-label={onApplyColor ? t('brand.applyColour', { colour: label }) : label}
                  disabled={!onApplyColor || readOnly}
                  onClick={() => onApplyColor?.(colour.hex.slice(0, 7))}
                  data-testid="brand-colour"
                  data-hex={colour.hex}
                />
                {!readOnly && (
                  <button type="button" className="brand-colour-remove" aria-label={t('brand.removeColour', { colour: label })} title={t('brand.removeColour', { colour: label })} onClick={() => remove(colour)} data-testid="brand-colour-remove">
                    <Icon name="close" size={10} />
                  </button>
                )}
              </span>
            );
          })}
        </div>
      ) : (
        <p className="side-panel-hint brand-palette-empty">{t('brand.paletteEmpty')}</p>
      )}
      {!readOnly && (
        <div className="brand-colour-add">
          <span className="brand-hex-preview" style={{ background: normalizeHex(hex) ?? 'transparent' }} aria-hidden="true" />
          <input
            className="input color-hex brand-hex"
            value={hex}
            placeholder="#ff5a5f"
            spellCheck={false}
            maxLength={7}
            aria-label={t('brand.hex')}
            aria-invalid={hexInvalid}
            disabled={full}
            onChange={(event) => {
              setHex(event.target.value);
              setHexInvalid(false);
            }}
            onKeyDown={(event) => event.key === 'Enter' && addTyped()}
            data-testid="brand-hex"
          />
          <button type="button" className="btn btn-secondary btn-small" disabled={full || hex.trim() === ''} onClick={addTyped} data-testid="brand-colour-add">
            {t('brand.addColour')}
          </button>
          <button
            type="button"
            className="icon-btn brand-from-selection"
            disabled={full || !selectionColour}
            title={selectionColour ? t('brand.addSelectionColour', { colour: selectionColour }) : t('brand.noSelectionColour')}
            aria-label={selectionColour ? t('brand.addSelectionColour', { colour: selectionColour }) : t('brand.noSelectionColour')}
            onClick={() => selectionColour && addColour(selectionColour)}
            data-testid="brand-colour-from-selection"
          >
            <span className="brand-selection-dot" style={{ background: selectionColour ?? 'transparent' }} aria-hidden="true" />
            <Icon name="plus" size={11} />
          </button>
        </div>
      )}
      {hexInvalid && (
        <p className="field-error" role="alert">
          {t('editor.props.hexInvalid')}
        </p>
      )}
    </div>
  );
}

/* Text styles ------------------------------------------------------------------------------- */

function TextStylesSection({
  presets,
  readOnly,
  selectedText,
  onAdd,
  onApply,
  onSave,
}: {
  presets: Record<TextRole, TextPreset>;
  readOnly: boolean;
  selectedText: TextElement | undefined;
  onAdd: (role: TextRole) => void;
  onApply: (role: TextRole) => void;
  onSave: (role: TextRole, preset: TextPreset) => Promise<void>;
}) {
  const { t } = useTranslation();
  const families = TEXT_ROLES.map((role) => presets[role].fontFamily).join('|');
  // The previews are drawn in the presets' own fonts; fonts load on demand.
  useEffect(() => void loadFontFamilies(families.split('|')), [families]);

  return (
    <section className="brand-section" aria-labelledby="brand-styles-title">
      <header className="brand-section-header">
        <h3 id="brand-styles-title" className="brand-section-title">
          {t('brand.textStyles')}
        </h3>
      </header>
      <p className="side-panel-hint">{selectedText ? t('brand.textStylesHintSelected') : t('brand.textStylesHint')}</p>
      {TEXT_ROLES.map((role) => {
        const preset = presets[role];
        return (
          <div key={role} className="brand-style">
            <button type="button" className="brand-style-preview" disabled={readOnly} onClick={() => onAdd(role)} title={t('brand.addStyledText', { role: t(`brand.roles.${role}`) })} data-testid={`brand-preset-${role}`}>
              <span
                className="brand-style-sample"
                style={{
                  fontFamily: `"${preset.fontFamily}"`,
                  fontWeight: preset.fontWeight,
                  fontStyle: preset.fontStyle,
                  // A preview, not the real size: big enough to tell the roles apart, small enough to fit.
                  fontSize: `${Math.max(13, Math.min(28, preset.fontSize / 3.2))}px`,
                  letterSpacing: `${preset.letterSpacing / 1000}em`,
                  textTransform: preset.uppercase ? 'uppercase' : 'none',
                  color: preset.fill === 'transparent' ? undefined : preset.fill,
                }}
              >
                {t(`brand.roles.${role}`)}
              </span>
              <span className="brand-style-meta">
                {preset.fontFamily} · {formatUnit(preset.fontSize, 'px', { decimals: 0 })}
              </span>
            </button>
            {selectedText && !readOnly && (
              <div className="brand-style-actions">
                <button type="button" className="btn btn-ghost btn-small" title={t('brand.applyStyleTitle', { role: t(`brand.roles.${role}`) })} onClick={() => onApply(role)} data-testid={`brand-preset-apply-${role}`}>
                  {t('brand.applyStyle')}
                </button>
                <button type="button" className="btn btn-ghost btn-small" title={t('brand.saveStyleTitle', { role: t(`brand.roles.${role}`) })} onClick={() => void onSave(role, presetOf(selectedText))} data-testid={`brand-preset-save-${role}`}>
                  {t('brand.saveStyle')}
                </button>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
