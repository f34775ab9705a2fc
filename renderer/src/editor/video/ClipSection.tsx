/**
 * A video clip's settings (`setClip`): trim in and out, speed, sound (mute, volume) and how it fills
 * its box; and its crop, in crop mode on the canvas, as an image's.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type ClipChange, type HeadlessEditor } from '../../../../core/editor';
import { CLIP_FITS, VIDEO_LIMITS, type ClipFit } from '../../../../core/schema/constants';
import type { VideoElement } from '../../../../core/schema/design';
import { RangeField } from '../RangeField';
import { NumberInput } from '../NumberField';
import { cropChannel } from '../canvas/cropChannel';

export function ClipSection({ clip, editor }: { clip: VideoElement; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const set = (change: ClipChange, control?: string) => editor.run(ACTIONS.setClip, { ids: [clip.id], change, control });
  // Crop mode lives on the canvas; this button starts it, and finishes it while it runs.
  const cropping = useSyncExternalStore(cropChannel.subscribe, cropChannel.croppingId) === clip.id;
  return (
    <section className="panel-section" aria-label={t('video.clip.title')} data-testid="clip-section">
      <span className="field-label">{t('video.clip.title')}</span>
      <div className="button-row">
        <button
          type="button"
          className={`btn btn-small ${cropping ? 'btn-primary' : 'btn-secondary'}`}
          disabled={clip.locked}
          title={clip.locked ? t('video.clip.cropLocked') : undefined}
          onClick={() => (cropping ? cropChannel.apply() : cropChannel.enter(clip.id))}
          data-testid="clip-crop"
        >
          {cropping ? t('editor.imageProps.cropDone') : t('editor.imageProps.crop')}
        </button>
      </div>
      <div className="constraints-grid">
        <label className="field">
          <span className="field-label">{t('video.clip.trimIn')}</span>
          <NumberInput value={clip.trimInMs / 1000} min={0} max={3600} step={0.1} decimals={2} onChange={(s) => set({ trimInMs: Math.round(s * 1000) }, 'trimIn')} testId="clip-trim-in" />
        </label>
        <label className="field">
          <span className="field-label">{t('video.clip.trimOut')}</span>
          <NumberInput value={(clip.trimOutMs ?? 0) / 1000} min={0} max={3600} step={0.1} decimals={2} onChange={(s) => set({ trimOutMs: s > 0 ? Math.round(s * 1000) : null }, 'trimOut')} testId="clip-trim-out" />
        </label>
      </div>
      <p className="panel-hint">{t('video.clip.trimHint')}</p>
      <RangeField label={t('video.clip.speed')} value={clip.speed ?? 1} min={VIDEO_LIMITS.minSpeed} max={VIDEO_LIMITS.maxSpeed} step={0.05} onChange={(speed) => set({ speed }, 'speed')} testId="clip-speed" />
      <label className="checkbox-row">
        <input type="checkbox" checked={clip.muted} onChange={() => set({ muted: !clip.muted })} data-testid="clip-muted" />
        <span>{t('video.clip.muted')}</span>
      </label>
      {!clip.muted && <RangeField label={t('video.clip.volume')} value={Math.round(clip.volume * 100)} min={0} max={100} unit=" %" onChange={(v) => set({ volume: v / 100 }, 'volume')} testId="clip-volume" />}
      <div className="segmented" role="radiogroup" aria-label={t('video.clip.fit')}>
        {CLIP_FITS.map((fit: ClipFit) => (
          <button key={fit} type="button" role="radio" className="segmented-btn segmented-text" aria-checked={(clip.fit ?? 'cover') === fit} onClick={() => set({ fit })} data-testid={`clip-fit-${fit}`}>
            {t(`video.clip.fits.${fit}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
