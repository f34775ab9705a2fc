/**
 * "Carousel from text" (home screen): paste a list or a thread, pick a carousel look and a format,
 * see how many slides it makes, create it and open it in the editor. The count and the carousel
 * come from the backend (`carousels.planText`, `carousels.fromText`: core/carousel/fromText.ts,
 * measured as the export draws), so what the dialog says is what Create makes.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarouselTextPlan } from '../../../core/api/carouselTextArgs';
import { slideCap } from '../../../core/carousel/limits';
import { findFormat, NETWORK_LABELS } from '../../../core/formats/catalog';
import { BANK } from '../../../core/templates/bank';
import { DEFAULT_CAROUSEL_TEMPLATE } from '../../../core/templates/bank/carousels';
import { formatRef } from '../../../core/templates/bank/layout';
import { getBridge } from '../bridge';
import { useUserTemplates } from '../memes/useUserTemplates';
import { currentLanguage } from '../i18n';
import { DesignPreview } from '../shared/DesignPreview';
import { Modal } from '../shared/Modal';
import { errorMessage } from '../shared/errors';
import './carouselFromText.css';

const LOOKS = BANK.filter((template) => template.category === 'carousel');

/** Waits this long after the last keystroke before counting again. */
const PLAN_DELAY_MS = 250;

export function CarouselFromTextDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (designId: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const textId = useId();
  const formatId = useId();
  const [text, setText] = useState('');
  const [templateId, setTemplateId] = useState<string>(LOOKS.some((l) => l.id === DEFAULT_CAROUSEL_TEMPLATE) ? DEFAULT_CAROUSEL_TEMPLATE : LOOKS[0].id);
  // The user's own carousel templates (saved from a carousel) come after the bank's looks.
  const mine = useUserTemplates('carousel', language);
  const own = mine.find((m) => m.id === templateId);
  const look = own ? null : (LOOKS.find((l) => l.id === templateId) ?? LOOKS[0]);
  const chosenId = own?.id ?? look!.id;
  const formats = own ? own.formats : look!.formats;
  const [format, setFormat] = useState(LOOKS[0].formats[0]);
  // A user template drawn at a size outside the catalog has no format to choose: its own is used.
  const shownFormat: string | undefined = formats.includes(format) ? format : formats[0];
  const formatArg = shownFormat ? { formatId: shownFormat } : {};
  const [plan, setPlan] = useState<CarouselTextPlan | null>(null);
  const [planError, setPlanError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const request = useRef(0);

  // Each look's title and content slides at the chosen format (when the look offers it).
  const previews = useMemo(
    () => LOOKS.map((template) => ({ template, design: template.build(formatRef(shownFormat && template.formats.includes(shownFormat) ? shownFormat : template.formats[0]), language) })),
    [shownFormat, language],
  );

  useEffect(() => {
    const asked = ++request.current;
    if (text.trim() === '') {
      setPlan(null);
      setPlanError(null);
      return;
    }
    const timer = setTimeout(() => {
      getBridge()
        .api['carousels.planText']({ text, templateId: chosenId, ...formatArg, language })
        .then(
          (result) => {
            if (asked !== request.current) return;
            setPlan(result);
            setPlanError(null);
          },
          (error: unknown) => {
            if (asked !== request.current) return;
            setPlan(null);
            setPlanError(errorMessage(error));
          },
        );
    }, PLAN_DELAY_MS);
    return () => clearTimeout(timer);
    // formatArg is made from shownFormat.
  }, [text, chosenId, shownFormat, language]);

  const create = async () => {
    setBusy(true);
    setCreateError(null);
    try {
      const { design } = await getBridge().api['carousels.fromText']({ text, templateId: chosenId, ...formatArg, language });
      onClose();
      onCreated(design.id);
    } catch (error) {
      setCreateError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const counted = plan && plan.items > 0;
  // More slides than the network takes in one post: said here, before anything is made.
  const cap = shownFormat ? slideCap(findFormat(shownFormat)) : null;
  const overCap = counted && cap && plan.slides > cap.max ? cap : null;
  const formatName = (id: string) => {
    const f = findFormat(id);
    return f ? `${NETWORK_LABELS[f.network]} · ${f.name[language]}` : id;
  };

  return (
    <Modal
      title={t('carouselText.title')}
      subtitle={t('carouselText.subtitle')}
      onClose={onClose}
      size="lg"
      testId="carousel-text-dialog"
      footer={
        <>
          <p className="carousel-text-count" role="status" aria-live="polite" data-testid="carousel-text-count">
            {counted
              ? t('carouselText.count', { items: t('carouselText.items', { count: plan.items }), slides: t('carouselText.slides', { count: plan.slides }) })
              : planError ?? (text.trim() === '' ? t('carouselText.countEmpty') : t('carouselText.countNone'))}
          </p>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!counted || busy} onClick={() => void create()} data-testid="carousel-text-create">
            {t('carouselText.create')}
          </button>
        </>
      }
    >
      <div className="carousel-text">
        <div className="carousel-text-input">
          <label htmlFor={textId} className="field-label">
            {t('carouselText.textLabel')}
          </label>
          <textarea
            id={textId}
            className="carousel-text-area"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('carouselText.placeholder')}
            spellCheck
            lang={language}
            data-testid="carousel-text-input"
          />
          <p className="field-hint">{t('carouselText.hint')}</p>
          {overCap && (
            <p className="banner banner-warning" role="status" data-testid="carousel-text-over-cap">
              {t('carouselText.overCap', { network: overCap.network ?? '', max: overCap.max })}
            </p>
          )}
          {createError && (
            <p className="field-error" role="alert">
              {createError}
            </p>
          )}
        </div>
        <div className="carousel-text-options">
          <fieldset className="carousel-text-looks">
            <legend className="field-label">{t('carouselText.look')}</legend>
            {previews.map(({ template, design }) => (
              <label key={template.id} className="carousel-text-look" data-selected={template.id === chosenId || undefined} data-testid={`carousel-look-${template.id.slice(5)}`}>
                <input type="radio" name="carousel-look" value={template.id} checked={template.id === chosenId} onChange={() => setTemplateId(template.id)} />
                <span className="carousel-text-look-slides" aria-hidden="true">
                  <DesignPreview design={design} box={92} page={0} />
                  <DesignPreview design={design} box={92} page={1} />
                </span>
                <span className="carousel-text-look-name">{template.name[language]}</span>
              </label>
            ))}
            {mine.map((summary) => (
              <label key={summary.id} className="carousel-text-look" data-selected={summary.id === chosenId || undefined} data-testid="carousel-look-mine">
                <input type="radio" name="carousel-look" value={summary.id} checked={summary.id === chosenId} onChange={() => setTemplateId(summary.id)} />
                <span className="carousel-text-look-slides" aria-hidden="true">
                  <img className="carousel-text-look-thumb" src={getBridge().mediaUrl('design-thumb', summary.id, summary.thumbnailVersion)} alt="" />
                </span>
                <span className="carousel-text-look-name">{summary.name}</span>
              </label>
            ))}
          </fieldset>
          <label htmlFor={formatId} className="field-label">
            {t('carouselText.format')}
          </label>
          <select id={formatId} className="input" value={shownFormat ?? ''} disabled={formats.length === 0} onChange={(event) => setFormat(event.target.value)} data-testid="carousel-text-format">
            {formats.length === 0 && own && <option value="">{`${own.format.width} × ${own.format.height}`}</option>}
            {formats.map((id) => (
              <option key={id} value={id}>
                {formatName(id)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </Modal>
  );
}
