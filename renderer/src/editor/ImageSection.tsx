/**
 * An image's own properties, all non-destructive (the original in the library never changes):
 * crop (crop mode on the canvas), flip, corner radius or circle mask, filters, and "Replace" that keeps the frame.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageElement } from '../../../core/schema/design';
import type { ElementPatch } from '../../../core/editor';
import { CornerRadiusField, RangeField } from './RangeField';
import { cropChannel } from './canvas/cropChannel';

type Change = (patch: ElementPatch, control?: string) => void;
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
  // Crop mode lives on the canvas; this button starts it, and finishes it while it runs.
  const cropping = useSyncExternalStore(cropChannel.subscribe, cropChannel.croppingId) === element.id;

  return (
    <section className="panel-section" aria-label={t('editor.imageProps.title')} data-testid="image-section">
      <div className="button-row">
        <button
          type="button"
          className={`btn btn-small ${cropping ? 'btn-primary' : 'btn-secondary'}`}
          disabled={element.locked}
          title={element.locked ? t('editor.imageProps.cropLocked') : undefined}
          onClick={() => (cropping ? cropChannel.apply() : cropChannel.enter(element.id))}
          data-testid="image-crop"
        >
          {cropping ? t('editor.imageProps.cropDone') : t('editor.imageProps.crop')}
        </button>
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
        <CornerRadiusField label={t('editor.imageProps.corners')} element={element} onChange={(cornerRadius) => onChange({ cornerRadius }, 'cornerRadius')} testId="image-corners" />
      )}
      {ADJUSTMENTS.map((name) => {
        const value = Math.round((filters[name] ?? 0) * 100);
        return (
          <RangeField
            key={name}
            label={t(`editor.imageProps.${name}`)}
            value={value}
            min={name === 'blur' ? 0 : -100}
            max={100}
            onChange={(v) => setFilter({ [name]: v / 100 }, `filter-${name}`)}
            testId={`image-${name}`}
          />
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
