/**
 * The current scene's length, typed in seconds (the timeline's right edge drags the same value,
 * `setSceneDuration`), and its animation presets (nothing selected): "everything in, one after the other"
 * (`animateSceneInSequence`, bottom layer first, N ms apart) and "clear animations".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type HeadlessEditor } from '../../../../core/editor';
import { ANIMATION_KINDS, VIDEO_LIMITS, type AnimationKind } from '../../../../core/schema/constants';
import type { Page } from '../../../../core/schema/design';
import { sceneDurationMs } from '../../../../core/video/timeline';
import { NumberField } from '../NumberField';
import { SecondsField, SelectField } from './fields';

export function SceneLengthSection({ page, pageIndex, editor }: { page: Page; pageIndex: number; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section" data-testid="scene-length-section">
      <NumberField
        label={t('video.scene.length', { n: pageIndex + 1 })}
        unit="s"
        value={sceneDurationMs(page) / 1000}
        min={VIDEO_LIMITS.minSceneMs / 1000}
        max={VIDEO_LIMITS.maxSceneMs / 1000}
        step={0.1}
        decimals={2}
        onChange={(s) => editor.run(ACTIONS.setSceneDuration, { index: pageIndex, durationMs: s * 1000 })}
        testId="scene-length"
      />
    </section>
  );
}

export function SceneSection({ page, editor }: { page: Page; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AnimationKind>('slideUp');
  const [staggerMs, setStagger] = useState(200);
  const empty = page.elements.length === 0;
  const animated = page.elements.some((el) => el.timing?.animationIn || el.timing?.animationOut);
  return (
    <section className="panel-section" aria-label={t('video.scene.title')} data-testid="scene-section">
      <span className="field-label">{t('video.scene.title')}</span>
      <SelectField label={t('video.scene.kind')} value={kind} onChange={(value) => setKind(value as AnimationKind)} testId="scene-kind">
        {ANIMATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`video.animation.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SecondsField label={t('video.scene.stagger')} ms={staggerMs} minMs={0} maxMs={1000} onChange={setStagger} testId="scene-stagger" />
      <div className="button-row">
        <button type="button" className="btn btn-secondary btn-small" disabled={empty} onClick={() => editor.run(ACTIONS.animateSceneInSequence, { kind, staggerMs })} data-testid="scene-in-sequence">
          {t('video.scene.inSequence')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" disabled={!animated} onClick={() => editor.run(ACTIONS.clearAnimations, {})} data-testid="scene-clear">
          {t('video.scene.clear')}
        </button>
      </div>
    </section>
  );
}
