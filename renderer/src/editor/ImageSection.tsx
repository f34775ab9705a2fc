/**
 * An image's own properties, all non-destructive (the original in the library never changes):
 * flip, corner radius or circle mask, filters, and "Replace" that keeps the frame.
 */
import { useTranslation } from 'react-i18next';
import type { ImageElement } from '../../../core/schema/design';
import type { ElementPatch } from './designOps';

type Change = (patch: ElementPatch, coalesceKey?: string) => void;
type Filters = NonNullable<ImageElement['filters']>;

const ADJUSTMENTS = ['brightness', 'contrast', 'saturation', 'blur'] as const;

export function ImageSection({ element, onChange, onReplace }: { element: ImageElement; onChange: Change; onReplace: () => void }) {
  const { t } = useTranslation();
  const filters: Filters = element.filters ?? {};
  const setFilter = (patch: Partial<Filters>, key?: string) => {
    const next: Filters = { ...filters, ...patch };
    for (const name of Object.keys(next) as Array<keyof Filters>) if (!next[name]) delete next[name];
    onChange({ filters: Object.keys(next).length > 0 ? next : undefined }, key);
  };
  const circle = element.mask === 'circle';

  return (
    <section className="panel-section" aria-label={t('editor.imageProps.title')} data-testid="image-section">
      <div className="button-row">
        <button type="button" className="btn btn-secondary btn-small" onClick={onReplace} data-testid="image-replace">
          {t('editor.imageProps.replace')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" aria-pressed={element.flipX} onClick={() => onChange({ flipX: !element.flipX })} data-testid="image-flip-x">
          {t('editor.imageProps.flipX')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" aria-pressed={element.flipY} onClick={() => onChange({ flipY: !element.flipY })} data-testid="image-flip-y">
          {t('editor.imageProps.flipY')}
        </button>
      </div>
      <label className="checkbox-row">
        <input type="checkbox" checked={circle} onChange={() => onChange({ mask: circle ? undefined : 'circle' })} data-testid="image-circle" />
        <span>{t('editor.imageProps.circle')}</span>
      </label>
      {!circle && (
        <label className="field">
          <span className="field-label">
            {t('editor.imageProps.corners')} <span className="field-value">{element.cornerRadius} px</span>
          </span>
          <input type="range" min={0} max={Math.round(Math.min(element.width, element.height) / 2)} value={element.cornerRadius} onChange={(e) => onChange({ cornerRadius: Number(e.target.value) }, 'cornerRadius')} data-testid="image-corners" />
        </label>
      )}
      {ADJUSTMENTS.map((name) => {
        const value = filters[name] ?? 0;
        return (
          <label className="field" key={name}>
            <span className="field-label">
              {t(`editor.imageProps.${name}`)} <span className="field-value">{Math.round(value * 100)}</span>
            </span>
            <input
              type="range"
              min={name === 'blur' ? 0 : -100}
              max={100}
              value={Math.round(value * 100)}
              onChange={(e) => setFilter({ [name]: Number(e.target.value) / 100 }, `filter-${name}`)}
              data-testid={`image-${name}`}
            />
          </label>
        );
      })}
      <div className="button-row">
        <label className="checkbox-row">
          <input type="checkbox" checked={Boolean(filters.grayscale)} onChange={() => setFilter({ grayscale: !filters.grayscale })} data-testid="image-grayscale" />
          <span>{t('editor.imageProps.grayscale')}</span>
        </label>
        <label className="checkbox-row">
          <input type="checkbox" checked={Boolean(filters.sepia)} onChange={() => setFilter({ sepia: !filters.sepia })} data-testid="image-sepia" />
          <span>{t('editor.imageProps.sepia')}</span>
        </label>
      </div>
    </section>
  );
}
