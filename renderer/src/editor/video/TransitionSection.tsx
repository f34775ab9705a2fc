/**
 * How the current scene gives way to the next (`setTransition`): a cut or one of the installed
 * ffmpeg's transitions (common ones first, named in the UI language; the others by their ffmpeg
 * name), its length, and "apply to all scenes". The last scene has none.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type HeadlessEditor } from '../../../../core/editor';
import { COMMON_TRANSITIONS } from '../../../../core/video/transitions';
import { VIDEO_DEFAULTS } from '../../../../core/video/timeline';
import { VIDEO_LIMITS } from '../../../../core/schema/constants';
import type { Design } from '../../../../core/schema/design';
import { SecondsField, SelectField } from './fields';
import { useTransitions } from './useTransitions';

type Named = (typeof COMMON_TRANSITIONS)[number] | 'cut';
const named = new Set<string>(COMMON_TRANSITIONS);

/** A transition's words: the UI's for the common ones, ffmpeg's name for the others. */
export function transitionLabel(name: string, t: TFunction): string {
  return name === 'cut' || named.has(name) ? t(`video.transition.${name as Named}`) : name;
}

export function TransitionSection({ design, pageIndex, editor }: { design: Design; pageIndex: number; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const installed = useTransitions();
  if (pageIndex >= design.pages.length - 1) {
    return (
      <section className="panel-section" data-testid="transition-section">
        <span className="field-label">{t('video.transition.title')}</span>
        <p className="panel-hint">{t('video.transition.lastScene')}</p>
      </section>
    );
  }
  const current = design.pages[pageIndex].transitionOut;
  const kind = current?.kind ?? 'cut';
  const options = installed.includes(kind) || kind === 'cut' ? installed : [kind, ...installed];
  const set = (next: string, durationMs?: number, control?: string) => editor.run(ACTIONS.setTransition, { index: pageIndex, kind: next, durationMs, control });
  return (
    <section className="panel-section" aria-label={t('video.transition.title')} data-testid="transition-section">
      <SelectField label={t('video.transition.title')} value={kind} onChange={(next) => set(next)} testId="transition-kind">
        <option value="cut">{t('video.transition.cut')}</option>
        {[
          ['common', options.filter((name) => named.has(name))],
          ['more', options.filter((name) => !named.has(name))],
        ].map(([group, names]) =>
          names.length === 0 ? null : (
            <optgroup key={group as string} label={t(group === 'common' ? 'video.transition.common' : 'video.transition.more')}>
              {(names as string[]).map((name) => (
                <option key={name} value={name}>
                  {transitionLabel(name, t)}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </SelectField>
      {kind !== 'cut' && (
        <SecondsField label={t('video.transition.duration')} ms={current?.durationMs ?? VIDEO_DEFAULTS.transitionMs} minMs={50} maxMs={Math.min(2000, VIDEO_LIMITS.maxTransitionMs)} onChange={(ms) => set(kind, ms, 'duration')} testId="transition-duration" />
      )}
      {design.pages.length > 2 && (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => editor.run(ACTIONS.applyTransitionToAll)} data-testid="transition-apply-all">
          {t('video.transition.applyToAll')}
        </button>
      )}
    </section>
  );
}
