/**
 * The design's formats as tabs above the canvas: the master first, then each linked variant, and
 * "Resize to..." at the end. A variant's menu resets its layout to the master's or deletes it.
 */
import { useTranslation } from 'react-i18next';
import { findFormat, NETWORK_LABELS } from '../../../../core/formats/catalog';
import type { Design, FormatRef } from '../../../../core/schema/design';
import { currentLanguage } from '../../i18n';
import { Icon } from '../../shared/Icon';
import { Menu } from '../../shared/Menu';
import { pixelSize } from '../../shared/formatLabel';
import { userFormatName } from '../../shared/userFormats';

interface VariantTabsProps {
  design: Design;
  variantId: string | null;
  readOnly: boolean;
  onShow: (id: string | null) => void;
  onResize: () => void;
  onReset: (id: string) => void;
  onDelete: (id: string) => void;
}

/** "Instagram Story", or "1080 × 1350" for a custom size. */
export function useFormatTitle() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (format: FormatRef) => {
    const preset = format.preset ? findFormat(format.preset) : undefined;
    return preset ? `${NETWORK_LABELS[preset.network]} ${preset.name[language]}` : (userFormatName(format.preset) ?? t('formats.custom'));
  };
}

export function VariantTabs({ design, variantId, readOnly, onShow, onResize, onReset, onDelete }: VariantTabsProps) {
  const { t } = useTranslation();
  const title = useFormatTitle();
  const variants = design.variants ?? [];
  return (
    <div className="variant-bar" data-testid="variant-tabs">
      <div className="variant-tabs" role="tablist" aria-label={t('editor.variants.label')}>
        <button
          type="button"
          role="tab"
          aria-selected={variantId === null}
          className="variant-tab"
          onClick={() => onShow(null)}
          data-testid="variant-tab-master"
          title={t('editor.variants.masterHint')}
        >
          <span className="variant-tab-name">{title(design.format)}</span>
          <span className="variant-tab-meta">
            {pixelSize(design.format.width, design.format.height)} · {t('editor.variants.master')}
          </span>
        </button>
        {variants.map((variant) => {
          const overrides = Object.keys(variant.overrides).length;
          return (
            <div key={variant.id} className={`variant-tab-wrap ${variant.id === variantId ? 'is-active' : ''}`}>
              <button
                type="button"
                role="tab"
                aria-selected={variant.id === variantId}
                className="variant-tab"
                onClick={() => onShow(variant.id)}
                data-testid={`variant-tab-${variant.format.preset ?? `${variant.format.width}x${variant.format.height}`}`}
              >
                <span className="variant-tab-name">{title(variant.format)}</span>
                <span className="variant-tab-meta">
                  {pixelSize(variant.format.width, variant.format.height)}
                  {overrides > 0 && ` · ${t('editor.variants.tweaked', { count: overrides })}`}
                </span>
              </button>
              {!readOnly && (
                <Menu
                  label={t('editor.variants.menu', { name: title(variant.format) })}
                  className="variant-tab-menu"
                  testId="variant-menu"
                  items={[
                    { id: 'reset', label: t('editor.variants.resetAll'), onSelect: () => onReset(variant.id) },
                    { id: 'delete', label: t('editor.variants.delete'), icon: 'trash', danger: true, onSelect: () => onDelete(variant.id) },
                  ]}
                />
              )}
            </div>
          );
        })}
      </div>
      {!readOnly && (
        <button type="button" className="btn btn-secondary btn-small variant-resize" onClick={onResize} data-testid="resize-to">
          <Icon name="plus" size={16} />
          {t('editor.variants.resize')}
        </button>
      )}
    </div>
  );
}
