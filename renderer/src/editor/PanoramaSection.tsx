/**
 * The page panel's panorama part (core/carousel/panorama.ts): for a panorama, its slides, the seam
 * margin and "Convert to separate slides"; for separate slides, "Convert to panorama", or why
 * not (linked variants, too few or too many slides). Each button runs its editor action.
 */
import { useTranslation } from 'react-i18next';
import { panoramaRefusal, type PictureSize } from '../../../core/carousel/panorama';
import { ACTIONS, type HeadlessEditor } from '../../../core/editor';
import { PANORAMA_LIMITS } from '../../../core/schema/constants';
import type { Design } from '../../../core/schema/design';
import { getBridge } from '../bridge';
import { messageText } from '../shared/errors';
import { formatLabel } from '../shared/formatLabel';
import { NumberField } from './NumberField';

/** The library's picture sizes, so that a background picture is cut where it showed. */
async function pictureSizes(): Promise<PictureSize> {
  try {
    const { assets } = await getBridge().api['assets.list']({ kind: 'image' });
    const sizes = new Map(assets.flatMap((asset) => (asset.width && asset.height ? [[asset.id, { width: asset.width, height: asset.height }] as const] : [])));
    return (id) => sizes.get(id);
  } catch {
    return () => undefined;
  }
}

export function PanoramaSection({ design, editor }: { design: Design; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  // A read-only design refuses every change: the editor says so through `can`.
  const readOnly = !editor.can(ACTIONS.setSeamMargin) && !editor.can(ACTIONS.convertToPanorama) && !editor.can(ACTIONS.convertToSlides);
  const panorama = design.panorama;
  const convert = async (action: typeof ACTIONS.convertToSlides | typeof ACTIONS.convertToPanorama) => {
    const pictureSize = await pictureSizes();
    editor.run(action, { pictureSize });
  };
  if (panorama) {
    return (
      <section className="panel-section" data-testid="panorama-section">
        <span className="field-label">{t('editor.panorama.title')}</span>
        <p className="panel-meta" data-testid="panorama-summary">
          {t('editor.panorama.summary', { count: panorama.slides, format: formatLabel(panorama.slide, t('formats.custom')) })}
        </p>
        <NumberField
          label={t('editor.panorama.seamMargin')}
          unit="px"
          hint={t('editor.panorama.seamMarginHint')}
          value={panorama.seamMargin}
          min={0}
          max={PANORAMA_LIMITS.maxSeamMargin}
          decimals={0}
          disabled={readOnly}
          onChange={(margin) => editor.run(ACTIONS.setSeamMargin, { margin })}
          testId="panorama-seam-margin"
        />
        <p className="panel-hint">{t('editor.panorama.seamMarginHint')}</p>
        <button type="button" className="btn btn-secondary btn-small" disabled={readOnly} title={t('editor.panorama.toSlidesHint')} onClick={() => void convert(ACTIONS.convertToSlides)} data-testid="panorama-to-slides">
          {t('editor.panorama.toSlides')}
        </button>
      </section>
    );
  }
  if (design.pages.length < 2) return null;
  // The editor's own design: the shown view may be a variant's, and variants are a reason to refuse.
  const refusal = panoramaRefusal(editor.design);
  return (
    <section className="panel-section" data-testid="panorama-section">
      <button
        type="button"
        className="btn btn-secondary btn-small"
        disabled={readOnly || refusal !== null}
        title={t('editor.panorama.toPanoramaHint')}
        onClick={() => void convert(ACTIONS.convertToPanorama)}
        data-testid="panorama-from-slides"
      >
        {t('editor.panorama.toPanorama')}
      </button>
      {refusal && (
        <p className="panel-hint" data-testid="panorama-refusal">
          {messageText(refusal)}
        </p>
      )}
    </section>
  );
}
