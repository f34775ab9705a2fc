/**
 * The design's soundtrack (video designs, nothing selected): which library sound (`setSoundtrack`;
 * the Library panel's sounds set it too), and its settings (`updateSoundtrack`): volume, start on
 * the video, fades, trim, what happens when the video is longer, ducking under clips' own sound.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { ACTIONS, type HeadlessEditor, type SoundtrackChange } from '../../../../core/editor';
import { MUSIC_FITS } from '../../../../core/schema/constants';
import type { Design } from '../../../../core/schema/design';
import { getBridge } from '../../bridge';
import { useLibraryChanged } from '../../shared/useLibraryChanged';
import { assetName } from '../library/format';
import { NumberInput } from '../NumberField';
import { RangeField } from '../RangeField';
import { SecondsField, SelectField } from './fields';

function useSounds(): AssetSummary[] {
  const [sounds, setSounds] = useState<AssetSummary[]>([]);
  const [version, setVersion] = useState(0);
  useLibraryChanged('assets', () => setVersion((v) => v + 1));
  useEffect(() => {
    let live = true;
    getBridge()
      .api['assets.list']({ kind: 'audio', limit: 500 })
      .then(({ assets }) => {
        if (live) setSounds(assets);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [version]);
  return sounds;
}

export function SoundtrackSection({ design, editor }: { design: Design; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const sounds = useSounds();
  const audio = design.audio;
  const set = (change: SoundtrackChange, control?: string) => editor.run(ACTIONS.updateSoundtrack, { change, control });
  const listed = !audio || sounds.some((sound) => sound.id === audio.assetId);
  return (
    <section className="panel-section" aria-label={t('video.soundtrack.title')} data-testid="soundtrack-section">
      <SelectField
        label={t('video.soundtrack.title')}
        value={audio?.assetId ?? 'none'}
        onChange={(id) => editor.run(ACTIONS.setSoundtrack, id === 'none' ? null : { assetId: id })}
        testId="soundtrack-sound"
      >
        <option value="none">{t('video.soundtrack.none')}</option>
        {!listed && audio && <option value={audio.assetId}>{t('editor.library.unknownSound')}</option>}
        {sounds.map((sound) => (
          <option key={sound.id} value={sound.id}>
            {assetName(sound)}
          </option>
        ))}
      </SelectField>
      {sounds.length === 0 && !audio && <p className="panel-hint">{t('video.soundtrack.noSounds')}</p>}
      {audio && (
        <>
          <RangeField label={t('video.soundtrack.volume')} value={Math.round(audio.volume * 100)} min={0} max={100} unit=" %" onChange={(v) => set({ volume: v / 100 }, 'volume')} testId="soundtrack-volume" />
          <div className="constraints-grid">
            <label className="field">
              <span className="field-label">{t('video.soundtrack.start')}</span>
              <NumberInput value={audio.startMs / 1000} min={0} max={3600} step={0.1} decimals={2} onChange={(s) => set({ startMs: Math.round(s * 1000) }, 'start')} testId="soundtrack-start" />
            </label>
            <label className="field">
              <span className="field-label">{t('video.soundtrack.trimIn')}</span>
              <NumberInput value={(audio.trimInMs ?? 0) / 1000} min={0} max={3600} step={0.1} decimals={2} onChange={(s) => set({ trimInMs: Math.round(s * 1000) }, 'trimIn')} testId="soundtrack-trim-in" />
            </label>
            <label className="field">
              <span className="field-label">{t('video.soundtrack.trimOut')}</span>
              <NumberInput value={(audio.trimOutMs ?? 0) / 1000} min={0} max={3600} step={0.1} decimals={2} onChange={(s) => set({ trimOutMs: s > 0 ? Math.round(s * 1000) : null }, 'trimOut')} testId="soundtrack-trim-out" />
            </label>
          </div>
          <SecondsField label={t('video.soundtrack.fadeIn')} ms={audio.fadeInMs} minMs={0} maxMs={10_000} stepMs={100} onChange={(ms) => set({ fadeInMs: ms }, 'fadeIn')} testId="soundtrack-fade-in" />
          <SecondsField label={t('video.soundtrack.fadeOut')} ms={audio.fadeOutMs} minMs={0} maxMs={10_000} stepMs={100} onChange={(ms) => set({ fadeOutMs: ms }, 'fadeOut')} testId="soundtrack-fade-out" />
          <SelectField label={t('video.soundtrack.fit')} value={audio.fit ?? 'once'} onChange={(fit) => set({ fit: fit as (typeof MUSIC_FITS)[number] })} testId="soundtrack-fit">
            {MUSIC_FITS.map((fit) => (
              <option key={fit} value={fit}>
                {t(`video.soundtrack.fits.${fit}`)}
              </option>
            ))}
          </SelectField>
          <label className="checkbox-row" title={t('video.soundtrack.duckingHint')}>
            <input type="checkbox" checked={audio.ducking !== false} onChange={() => set({ ducking: audio.ducking === false })} data-testid="soundtrack-ducking" />
            <span>{t('video.soundtrack.ducking')}</span>
          </label>
        </>
      )}
    </section>
  );
}
