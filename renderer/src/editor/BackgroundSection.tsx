/** The page's background: a colour or gradient, and optionally a picture over it (cover or contain, focal point). */
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../core/schema/design';
import { PaintField } from './PaintField';
import { RangeField } from './RangeField';
import { ACTIONS, type BackgroundChange, type HeadlessEditor } from '../../../core/editor';

export function BackgroundSection({ page, editor, onChooseImage }: { page: Page; editor: HeadlessEditor; onChooseImage: () => void }) {
  const { t } = useTranslation();
  const setBackground = (change: BackgroundChange, control?: string) => editor.run(ACTIONS.setBackground, { ...change, control });
  const image = page.background.image;
  return (
    <section className="panel-section" data-testid="background-section">
      <PaintField label={t('editor.props.background')} value={page.background.fill} onChange={(fill, key) => setBackground({ fill }, key)} testId="background" />
      <div className="button-row">
        <button type="button" className="btn btn-secondary btn-small" onClick={onChooseImage} data-testid="background-image-choose">
          {image ? t('editor.background.replaceImage') : t('editor.background.addImage')}
        </button>
        {image && (
          <button type="button" className="btn btn-secondary btn-small" onClick={() => setBackground({ image: null })} data-testid="background-image-remove">
            {t('editor.background.removeImage')}
          </button>
        )}
      </div>
      {image && (
        <>
          <div className="segmented" role="radiogroup" aria-label={t('editor.background.fit')}>
            {(['cover', 'contain'] as const).map((fit) => (
              <button
                key={fit}
                type="button"
                role="radio"
                className="segmented-btn segmented-text"
                aria-checked={image.fit === fit}
                onClick={() => setBackground({ image: { ...image, fit } })}
                data-testid={`background-fit-${fit}`}
              >
                {t(`editor.background.${fit}`)}
              </button>
            ))}
          </div>
          {image.fit === 'cover' && (
            <>
              <RangeField label={t('editor.background.focalX')} value={Math.round(image.focalX * 100)} min={0} max={100} unit=" %" onChange={(v) => setBackground({ image: { ...image, focalX: v / 100 } }, 'focalX')} testId="background-focal-x" />
              <RangeField label={t('editor.background.focalY')} value={Math.round(image.focalY * 100)} min={0} max={100} unit=" %" onChange={(v) => setBackground({ image: { ...image, focalY: v / 100 } }, 'focalY')} testId="background-focal-y" />
            </>
          )}
        </>
      )}
    </section>
  );
}
