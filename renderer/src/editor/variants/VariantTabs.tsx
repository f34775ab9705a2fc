/**
 * The design's formats as tabs above the canvas: the master first, then each linked variant, and
 * "Resize to..." at the end. A variant's menu resets its layout to the master's or deletes it.
 *
 * However narrow the stage (a side panel open, many formats), no tab hides under "Resize to...":
 * the row scrolls (the wheel scrolls it sideways, the shown tab is kept in view, a fade says there
 * is more), and once it overflows a "All formats" menu lists every format. Menus open in the top
 * layer (shared/Menu.tsx), so the row's scrolling never clips them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
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

/** Whether a row scrolls sideways, and which of its ends are out of view. */
function useSidewaysOverflow(row: React.RefObject<HTMLElement | null>, contentKey: string) {
  const [state, setState] = useState({ overflowing: false, moreBefore: false, moreAfter: false });
  const measure = useCallback(() => {
    const el = row.current;
    if (!el) return;
    const overflowing = el.scrollWidth > el.clientWidth + 1;
    const next = { overflowing, moreBefore: overflowing && el.scrollLeft > 1, moreAfter: overflowing && el.scrollLeft + el.clientWidth < el.scrollWidth - 1 };
    setState((current) => (current.overflowing === next.overflowing && current.moreBefore === next.moreBefore && current.moreAfter === next.moreAfter ? current : next));
  }, [row]);
  useEffect(() => {
    const el = row.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [row, measure, contentKey]);
  return state;
}

export function VariantTabs({ design, variantId, readOnly, onShow, onResize, onReset, onDelete }: VariantTabsProps) {
  const { t } = useTranslation();
  const title = useFormatTitle();
  const variants = design.variants ?? [];
  const row = useRef<HTMLDivElement>(null);
  const { overflowing, moreBefore, moreAfter } = useSidewaysOverflow(row, `${variants.map((v) => v.id).join()}|${t('editor.variants.master')}`);

  // The shown tab is always in view (a new variant is shown at the end of the row).
  useEffect(() => {
    const el = row.current;
    const tab = el?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    if (!el || !tab) return;
    const box = (tab.closest('.variant-tab-wrap') as HTMLElement | null) ?? tab;
    const left = box.offsetLeft - el.offsetLeft;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (left + box.offsetWidth > el.scrollLeft + el.clientWidth) el.scrollLeft = left + box.offsetWidth - el.clientWidth;
  }, [variantId, variants.length]);

  const formats = [
    { id: null, label: title(design.format) },
    ...variants.map((variant) => ({ id: variant.id, label: title(variant.format) })),
  ];

  return (
    <div className="variant-bar" data-testid="variant-tabs">
      <div
        ref={row}
        className="variant-tabs"
        role="tablist"
        aria-label={t('editor.variants.label')}
        data-more-before={moreBefore || undefined}
        data-more-after={moreAfter || undefined}
        onWheel={(event) => {
          // A mouse wheel only scrolls vertically: make it move the row.
          if (overflowing && Math.abs(event.deltaY) > Math.abs(event.deltaX)) event.currentTarget.scrollLeft += event.deltaY;
        }}
      >
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
      {overflowing && (
        <Menu
          label={t('editor.variants.allFormats', { count: formats.length })}
          icon="chevronDown"
          className="variant-all"
          testId="variant-all-formats"
          items={formats.map((format) => ({
            id: format.id ?? 'master',
            label: format.id === null ? `${format.label} · ${t('editor.variants.master')}` : format.label,
            checked: format.id === variantId,
            onSelect: () => onShow(format.id),
          }))}
        />
      )}
      {/* A panorama has no linked variants (core/carousel/panorama.ts): it is cut into slides instead. */}
      {!readOnly && !design.panorama && (
        <button type="button" className="btn btn-secondary btn-small variant-resize" onClick={onResize} aria-label={t('editor.variants.resize')} title={t('editor.variants.resize')} data-testid="resize-to">
          <Icon name="plus" size={16} />
          <span className="variant-resize-label">{t('editor.variants.resize')}</span>
        </button>
      )}
    </div>
  );
}
