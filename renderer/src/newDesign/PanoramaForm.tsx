/**
 * The new-design dialog's "Panorama" tab: a seamless panorama carousel, one wide canvas several
 * slides wide (core/carousel/panorama.ts). The slide format comes from the catalog's picture
 * formats (Instagram's carousel slide first), 2 to 20 slides, as wide as a page may be.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findFormat, formatsByNetwork, NETWORK_LABELS, type Format } from '../../../core/formats/catalog';
import { LIMITS, PANORAMA_LIMITS } from '../../../core/schema/constants';
import { currentLanguage } from '../i18n';
import { pixelSize } from '../shared/formatLabel';

const DEFAULT_SLIDE = 'instagram-carousel';

/** Picture formats a panorama can be cut into. */
function slideFormats(): Format[] {
  return formatsByNetwork().flatMap((group) => group.formats.filter((format) => format.kind === 'image' && format.width <= LIMITS.maxPageSide));
}

export function PanoramaForm({ busy, onCreate }: { busy: boolean; onCreate: (slide: Format, slides: number) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const formats = slideFormats();
  const [formatId, setFormatId] = useState(findFormat(DEFAULT_SLIDE) ? DEFAULT_SLIDE : formats[0].id);
  const [slides, setSlides] = useState(3);
  const formatField = useId();
  const slidesField = useId();
  const slide = formats.find((format) => format.id === formatId) ?? formats[0];
  // No more slides than the widest page allows at this slide width.
  const most = Math.min(PANORAMA_LIMITS.maxSlides, Math.floor(PANORAMA_LIMITS.maxWidth / slide.width));
  const count = Math.min(slides, most);
  return (
    <form
      className="custom-size panorama-form"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(slide, count);
      }}
      data-testid="panorama-form"
    >
      <p className="custom-size-intro">{t('newDesign.panorama.intro')}</p>
      <div className="field">
        <label className="field-label" htmlFor={formatField}>
          {t('newDesign.panorama.slideFormat')}
        </label>
        <select id={formatField} className="input" value={slide.id} onChange={(event) => setFormatId(event.target.value)} data-testid="panorama-slide-format">
          {formats.map((format) => (
            <option key={format.id} value={format.id}>
              {`${NETWORK_LABELS[format.network]} – ${format.name[language]} (${pixelSize(format.width, format.height)})`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={slidesField}>
          {t('newDesign.panorama.slides')}
        </label>
        <select id={slidesField} className="input" value={count} onChange={(event) => setSlides(Number(event.target.value))} data-testid="panorama-slides">
          {Array.from({ length: most - PANORAMA_LIMITS.minSlides + 1 }, (_, i) => i + PANORAMA_LIMITS.minSlides).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <p className="custom-size-intro" data-testid="panorama-size">
        {t('newDesign.panorama.size', { size: pixelSize(slide.width * count, slide.height) })}
      </p>
      <button type="submit" className="btn btn-primary" disabled={busy} data-testid="panorama-create">
        {t('newDesign.panorama.create')}
      </button>
    </form>
  );
}
