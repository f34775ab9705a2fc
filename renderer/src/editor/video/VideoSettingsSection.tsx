/**
 * A video's own settings (`setVideoSettings`, nothing selected): frames per second, the loudness the
 * mix is brought to (a convention, not a network rule; or left as it is) and the cover (a time on
 * the video, or this scene's first frame: `setCoverToScene`).
 */
import { useTranslation } from 'react-i18next';
import { ACTIONS, type HeadlessEditor } from '../../../../core/editor';
import { VIDEO_FPS, VIDEO_LIMITS } from '../../../../core/schema/constants';
import type { Design } from '../../../../core/schema/design';
import { VIDEO_DEFAULTS, videoTimeline } from '../../../../core/video/timeline';
import { formatNumber } from '../../shared/locale';
import { NumberInput } from '../NumberField';
import { SelectField } from './fields';

export function VideoSettingsSection({ design, pageIndex, editor }: { design: Design; pageIndex: number; editor: HeadlessEditor }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const settings = design.video ?? {};
  const loudness = settings.loudness === undefined ? { lufs: VIDEO_DEFAULTS.lufs, truePeak: VIDEO_DEFAULTS.truePeak } : settings.loudness;
  const timeline = videoTimeline(design);
  const seconds = (ms: number) => formatNumber(ms / 1000, { decimals: 2, grouping: false }, language);
  return (
    <section className="panel-section" aria-label={t('video.settings.title')} data-testid="video-settings-section">
      <span className="field-label">{t('video.settings.title')}</span>
      <p className="panel-meta" data-testid="video-length">
        {t('video.settings.length', { seconds: seconds(timeline.durationMs), count: design.pages.length })}
      </p>
      <SelectField label={t('video.settings.fps')} value={String(settings.fps ?? VIDEO_DEFAULTS.fps)} onChange={(fps) => editor.run(ACTIONS.setVideoSettings, { change: { fps: Number(fps) } })} testId="video-fps">
        {VIDEO_FPS.map((fps) => (
          <option key={fps} value={fps}>
            {t('video.settings.fpsValue', { fps })}
          </option>
        ))}
      </SelectField>
      <label className="checkbox-row">
        <input type="checkbox" checked={loudness !== null} onChange={() => editor.run(ACTIONS.setVideoSettings, { change: { loudness: loudness === null ? 'default' : null } })} data-testid="video-loudness" />
        <span>{t('video.settings.loudness')}</span>
      </label>
      {loudness && (
        <div className="constraints-grid">
          <label className="field">
            <span className="field-label">{t('video.settings.lufs')}</span>
            <NumberInput value={loudness.lufs} min={VIDEO_LIMITS.minLufs} max={VIDEO_LIMITS.maxLufs} step={1} decimals={1} onChange={(lufs) => editor.run(ACTIONS.setVideoSettings, { change: { loudness: { ...loudness, lufs } }, control: 'lufs' })} testId="video-lufs" />
          </label>
          <label className="field">
            <span className="field-label">{t('video.settings.truePeak')}</span>
            <NumberInput value={loudness.truePeak} min={VIDEO_LIMITS.minTruePeak} max={VIDEO_LIMITS.maxTruePeak} step={0.5} decimals={1} onChange={(truePeak) => editor.run(ACTIONS.setVideoSettings, { change: { loudness: { ...loudness, truePeak } }, control: 'truePeak' })} testId="video-true-peak" />
          </label>
        </div>
      )}
      <p className="panel-hint">{t('video.settings.loudnessHint')}</p>
      <div className="field">
        <span className="field-label">{t('video.settings.cover')}</span>
        <div className="button-row">
          <NumberInput value={(settings.coverMs ?? 0) / 1000} min={0} max={Math.max(0, timeline.durationMs - 1) / 1000} step={0.1} decimals={2} ariaLabel={t('video.settings.coverAt')} onChange={(s) => editor.run(ACTIONS.setVideoSettings, { change: { coverMs: Math.round(s * 1000) }, control: 'cover' })} testId="video-cover" />
          <button type="button" className="btn btn-secondary btn-small" onClick={() => editor.run(ACTIONS.setCoverToScene, { index: pageIndex })} data-testid="video-cover-scene">
            {t('video.settings.coverScene')}
          </button>
        </div>
      </div>
    </section>
  );
}
