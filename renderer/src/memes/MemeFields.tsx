/**
 * The meme form's fields that take more than an input: a picture slot (a file dropped or chosen, or
 * a clip of the library) and a video meme's text box timing ("shows from ... to ...", entrance).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import { MEME_ENTRANCES, type BoxTiming, type MemeEntrance } from '../../../core/templates';
import { getBridge } from '../bridge';
import { importAssetFile } from '../bridge/files';
import { HiddenFileInput } from '../shared/HiddenFileInput';
import { Icon } from '../shared/Icon';
import { slotLabel } from './slotLabel';
import type { MemePicture } from './useMemeDesign';

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * A video meme's text box: "shows from ... to ..." in seconds within the clip, and its entrance.
 * The values go to core/templates' timeBoxes (the editor's timing actions), which keeps them inside
 * the clip.
 */
export function BoxTimingFields({ slot, timing, sceneMs, onChange }: { slot: string; timing: BoxTiming; sceneMs: number; onChange: (timing: BoxTiming) => void }) {
  const { t } = useTranslation();
  const toMs = (value: string) => Math.round(Number(value.replace(',', '.')) * 1000);
  return (
    <div className="meme-timing" role="group" aria-label={t('memes.video.timing', { box: slotLabel(slot, t) })} data-testid={`meme-timing-${slot}`}>
      <label>
        <span>{t('memes.video.from')}</span>
        <input
          type="number"
          min={0}
          max={seconds(sceneMs)}
          step={0.1}
          value={seconds(timing.inMs)}
          onChange={(event) => event.target.value !== '' && Number.isFinite(toMs(event.target.value)) && onChange({ ...timing, inMs: toMs(event.target.value) })}
          data-testid={`meme-from-${slot}`}
        />
      </label>
      <label>
        <span>{t('memes.video.to')}</span>
        <input
          type="number"
          min={0}
          max={seconds(sceneMs)}
          step={0.1}
          value={seconds(timing.outMs ?? sceneMs)}
          onChange={(event) => {
            if (event.target.value === '' || !Number.isFinite(toMs(event.target.value))) return;
            const outMs = toMs(event.target.value);
            onChange({ ...timing, outMs: outMs >= sceneMs ? null : outMs });
          }}
          data-testid={`meme-to-${slot}`}
        />
        <span className="meme-timing-unit">{t('memes.video.seconds')}</span>
      </label>
      <label>
        <span>{t('memes.video.entrance')}</span>
        <select value={timing.entrance} onChange={(event) => onChange({ ...timing, entrance: event.target.value as MemeEntrance })} data-testid={`meme-entrance-${slot}`}>
          {MEME_ENTRANCES.map((entrance) => (
            <option key={entrance} value={entrance}>
              {t(`memes.video.entrances.${entrance}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** What a library asset gives a picture slot: a picture, or a clip (a video with its size and length). */
function memePicture(asset: AssetSummary, fallbackName: string): MemePicture | null {
  if (!asset.width || !asset.height) return null;
  const name = asset.name ?? fallbackName;
  if (asset.kind === 'image') return { assetId: asset.id, width: asset.width, height: asset.height, name };
  if (asset.kind === 'video' && asset.durationMs) return { assetId: asset.id, width: asset.width, height: asset.height, name, clipMs: asset.durationMs };
  return null;
}

/** The library's clips, for a picture slot's "or a clip from the library". */
function useLibraryClips(enabled: boolean): AssetSummary[] {
  const [clips, setClips] = useState<AssetSummary[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    getBridge()
      .api['assets.list']({ kind: 'video' })
      .then(({ assets }) => live && setClips(assets.filter((asset) => asset.width && asset.height && asset.durationMs)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [enabled]);
  return clips;
}

/**
 * A picture slot: drop a file on it, or choose one; it joins the library like any import. A clip
 * (MP4, GIF, animated WebP, or a video of the library) makes the meme a video meme.
 */
export function PictureField({ slot, picture, disabled, onPicture, onError, clips: clipsAllowed }: { slot: string; picture: MemePicture | undefined; disabled: boolean; onPicture: (picture: MemePicture | null) => void; onError: (error: unknown) => void; clips: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [loading, setLoading] = useState(false);
  const [over, setOver] = useState(false);
  const clips = useLibraryClips(clipsAllowed && !loading);
  const take = async (file: File) => {
    setLoading(true);
    try {
      const { asset } = await importAssetFile(file);
      const taken = memePicture(asset, file.name);
      if (!taken) throw new Error(t('memes.notAPicture', { name: file.name }));
      onPicture(taken);
    } catch (error) {
      onError(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <div
      className={`meme-field meme-picture${over ? ' meme-picture-over' : ''}`}
      onDragOver={(event) => {
        if (disabled) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) void take(file);
      }}
      data-testid={`meme-picture-${slot}`}
    >
      <span className="meme-field-label">{slotLabel(slot, t)}</span>
      <span className="meme-picture-name">
        {loading ? t('memes.importing') : picture ? (picture.clipMs ? t('memes.video.clipName', { name: picture.name, seconds: seconds(picture.clipMs) }) : picture.name) : clipsAllowed ? t('memes.dropPictureOrClip') : t('memes.dropPicture')}
      </span>
      <span className="meme-picture-actions">
        <button type="button" className="btn btn-secondary btn-small" disabled={disabled || loading} onClick={() => input.current?.click()}>
          <Icon name="image" size={16} />
          {picture ? t('memes.replacePicture') : t('memes.choosePicture')}
        </button>
        {picture && (
          <button type="button" className="btn btn-ghost btn-small" disabled={disabled || loading} onClick={() => onPicture(null)}>
            {t('memes.removePicture')}
          </button>
        )}
      </span>
      {clips.length > 0 && (
        <label className="meme-library-clip">
          <span>{t('memes.video.libraryClip')}</span>
          <select
            value={picture?.clipMs ? picture.assetId : ''}
            disabled={disabled || loading}
            onChange={(event) => {
              const asset = clips.find((clip) => clip.id === event.target.value);
              const taken = asset && memePicture(asset, asset.fileName);
              if (taken) onPicture(taken);
            }}
            data-testid={`meme-library-clip-${slot}`}
          >
            <option value="">{t('memes.video.noLibraryClip')}</option>
            {clips.map((clip) => (
              <option key={clip.id} value={clip.id}>
                {t('memes.video.clipName', { name: clip.name ?? clip.fileName, seconds: seconds(clip.durationMs ?? 0) })}
              </option>
            ))}
          </select>
        </label>
      )}
      <HiddenFileInput ref={input} accept={clipsAllowed ? 'image/*,video/mp4,video/quicktime,video/webm' : 'image/*'} testId={`meme-picture-input-${slot}`} onFile={(file) => void take(file)} />
    </div>
  );
}
