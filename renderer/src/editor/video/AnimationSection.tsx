/**
 * How the selected layers come in and go out of their scene (video designs): a kind per phase
 * (none, fade, slides, pop) with its length, easing and, for slides, the distance and a fade.
 * Every change runs `setAnimation` on the whole selection (one undo step; a slider dragged, one burst).
 */
import { useTranslation } from 'react-i18next';
import { ACTIONS, type AnimationChange, type AnimationPhase, type HeadlessEditor } from '../../../../core/editor';
import { ANIMATION_KINDS, EASINGS, VIDEO_LIMITS, type AnimationKind } from '../../../../core/schema/constants';
import type { Animation, Element } from '../../../../core/schema/design';
import { RangeField } from '../RangeField';
import { SecondsField, SelectField } from './fields';

const PHASES: readonly AnimationPhase[] = ['in', 'out'];
const SLIDES: readonly AnimationKind[] = ['slideUp', 'slideDown', 'slideLeft', 'slideRight'];

/** The selection's animation of a phase: one they share, none, or 'mixed'. */
function shared(selected: readonly Element[], phase: AnimationPhase): Animation | null | 'mixed' {
  const all = selected.map((el) => (phase === 'in' ? el.timing?.animationIn : el.timing?.animationOut) ?? null);
  const first = JSON.stringify(all[0]);
  return all.every((a) => JSON.stringify(a) === first) ? all[0] : 'mixed';
}

export function AnimationSection({ selected, editor }: { selected: readonly Element[]; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section" aria-label={t('video.animation.title')} data-testid="animation-section">
      <span className="field-label">{t('video.animation.title')}</span>
      {PHASES.map((phase) => (
        <PhaseFields key={phase} phase={phase} current={shared(selected, phase)} editor={editor} />
      ))}
    </section>
  );
}

function PhaseFields({ phase, current, editor }: { phase: AnimationPhase; current: Animation | null | 'mixed'; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const set = (animation: AnimationChange | null, control?: string) => editor.run(ACTIONS.setAnimation, { phase, animation, control });
  const animation = current === 'mixed' ? null : current;
  const value = current === 'mixed' ? 'mixed' : (current?.kind ?? 'none');
  const testId = `animation-${phase}`;
  return (
    <>
      <SelectField label={t(`video.animation.${phase}`)} value={value} onChange={(kind) => set(kind === 'none' ? null : { kind: kind as AnimationKind })} testId={testId}>
        {current === 'mixed' && (
          <option value="mixed" disabled>
            {t('video.mixed')}
          </option>
        )}
        <option value="none">{t('video.animation.none')}</option>
        {ANIMATION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`video.animation.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      {animation && (
        <div className="video-subfields">
          <SecondsField label={t('video.animation.duration')} ms={animation.durationMs} minMs={50} maxMs={Math.min(3000, VIDEO_LIMITS.maxAnimationMs)} onChange={(durationMs) => set({ durationMs }, 'duration')} testId={`${testId}-duration`} />
          <SelectField label={t('video.animation.easing')} value={animation.easing} onChange={(easing) => set({ easing: easing as Animation['easing'] })} testId={`${testId}-easing`}>
            {EASINGS.map((easing) => (
              <option key={easing} value={easing}>
                {t(`video.animation.easings.${easing}`)}
              </option>
            ))}
          </SelectField>
          {SLIDES.includes(animation.kind) && (
            <>
              <label className="checkbox-row">
                <input type="checkbox" checked={animation.distance === undefined} onChange={() => set({ distance: animation.distance === undefined ? 80 : null })} data-testid={`${testId}-from-edge`} />
                <span>{t('video.animation.fromEdge')}</span>
              </label>
              {animation.distance !== undefined && (
                <RangeField label={t('video.animation.distance')} value={Math.round(animation.distance)} min={0} max={1000} unit="px" onChange={(distance) => set({ distance }, 'distance')} testId={`${testId}-distance`} />
              )}
            </>
          )}
          {animation.kind !== 'fade' && (
            <label className="checkbox-row">
              <input type="checkbox" checked={Boolean(animation.fade)} onChange={() => set({ fade: !animation.fade })} data-testid={`${testId}-fade`} />
              <span>{t('video.animation.fade')}</span>
            </label>
          )}
        </div>
      )}
    </>
  );
}
