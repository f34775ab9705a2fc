/** Ken Burns on the selected pictures of a video: a slow zoom or pan over the layer's time (`setKenBurns`). */
import { useTranslation } from 'react-i18next';
import { ACTIONS, KEN_BURNS_AMOUNT, type HeadlessEditor } from '../../../../core/editor';
import { KEN_BURNS_KINDS, VIDEO_LIMITS, type KenBurnsKind } from '../../../../core/schema/constants';
import type { ImageElement } from '../../../../core/schema/design';
import { RangeField } from '../RangeField';
import { SelectField } from './fields';

export function KenBurnsSection({ images, editor }: { images: readonly ImageElement[]; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const first = JSON.stringify(images[0]?.kenBurns ?? null);
  const mixed = images.some((image) => JSON.stringify(image.kenBurns ?? null) !== first);
  const kenBurns = mixed ? undefined : images[0]?.kenBurns;
  const ids = images.map((image) => image.id);
  return (
    <section className="panel-section" aria-label={t('video.kenBurns.title')} data-testid="ken-burns-section">
      <SelectField
        label={t('video.kenBurns.title')}
        value={mixed ? 'mixed' : (kenBurns?.kind ?? 'none')}
        onChange={(kind) => editor.run(ACTIONS.setKenBurns, { ids, kenBurns: kind === 'none' ? null : { kind: kind as KenBurnsKind } })}
        testId="ken-burns"
      >
        {mixed && (
          <option value="mixed" disabled>
            {t('video.mixed')}
          </option>
        )}
        <option value="none">{t('video.kenBurns.none')}</option>
        {KEN_BURNS_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`video.kenBurns.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      {kenBurns && (
        <RangeField
          label={t('video.kenBurns.amount')}
          value={Math.round((kenBurns.amount ?? KEN_BURNS_AMOUNT) * 100)}
          min={1}
          max={VIDEO_LIMITS.maxKenBurnsAmount * 100}
          unit=" %"
          onChange={(percent) => editor.run(ACTIONS.setKenBurns, { ids, kenBurns: { amount: percent / 100 }, control: 'amount' })}
          testId="ken-burns-amount"
        />
      )}
    </section>
  );
}
