/**
 * The picture under a memegen config.yml: memegen's file names its text boxes but not the picture
 * they sit on, so "Import templates…" asks for one, from the library or a file imported into it,
 * then makes the template (templates.import with `picture`). Refusals (a config that is not
 * memegen's shape, a file that is not a picture) show here in the UI's language, so another
 * picture or another file can be tried.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import type { TemplateSummary } from '../../../core/api/templateArgs';
import { getBridge } from '../bridge';
import { importAssetFile, stageFile } from '../bridge/files';
import { useLibraryAssets } from '../editor/useAssets';
import { errorMessage } from '../shared/errors';
import { HiddenFileInput } from '../shared/HiddenFileInput';
import { Icon } from '../shared/Icon';
import { Modal } from '../shared/Modal';

/** A library picture as a button: its thumbnail, else the original while the thumbnail is made. */
function PictureTile({ asset, label, disabled, onPick }: { asset: AssetSummary; label: string; disabled: boolean; onPick: () => void }) {
  const bridge = getBridge();
  const [original, setOriginal] = useState(false);
  return (
    <button type="button" className="memegen-picture" title={label} aria-label={label} disabled={disabled} onClick={onPick} data-testid="memegen-library-picture" data-asset-id={asset.id}>
      <img src={bridge.mediaUrl(original ? 'asset' : 'thumb', asset.id)} alt="" loading="lazy" draggable={false} onError={() => setOriginal(true)} />
    </button>
  );
}

export function MemegenPictureDialog({ file, hint, onImported, onClose }: { file: File; hint: string; onImported: (templates: TemplateSummary[]) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const pictures = useLibraryAssets('image', query);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pictureInput = useRef<HTMLInputElement>(null);

  const run = async (choose: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      const picture = await choose();
      // The config is sent again with each try: a refused call has released its upload.
      const { templates } = await getBridge().api['templates.import']({ fileName: file.name, source: await stageFile(file), picture });
      onImported(templates);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const fromFile = (picture: File) =>
    void run(async () => {
      const { asset } = await importAssetFile(picture);
      if (asset.kind !== 'image') throw new Error(t('memes.notAPicture', { name: picture.name }));
      return asset.id;
    });

  return (
    <Modal title={t('memes.memegenTitle', { file: file.name })} subtitle={hint} onClose={onClose} size="md" testId="memegen-picture-dialog">
      <div className="memegen-dialog">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => pictureInput.current?.click()} data-testid="memegen-picture-file">
          <Icon name="upload" size={16} />
          {t('memes.memegenFromFile')}
        </button>
        <HiddenFileInput ref={pictureInput} accept="image/*" testId="memegen-picture-input" onFile={fromFile} />
        <p className="memegen-or">{t('memes.memegenFromLibrary')}</p>
        <label className="meme-search">
          <Icon name="search" size={16} />
          <input type="search" value={query} placeholder={t('memes.memegenSearch')} onChange={(event) => setQuery(event.target.value)} data-testid="memegen-search" />
        </label>
        {pictures.assets !== null && pictures.assets.length === 0 && <p className="meme-empty">{t(query.trim() ? 'memes.memegenNoMatch' : 'memes.memegenNoPictures')}</p>}
        {pictures.assets !== null && pictures.assets.length > 0 && (
          <div className="memegen-pictures" data-testid="memegen-library">
            {pictures.assets.map((asset) => (
              <PictureTile key={asset.id} asset={asset} label={t('memes.memegenUse', { name: asset.name ?? asset.fileName })} disabled={busy} onPick={() => void run(async () => asset.id)} />
            ))}
          </div>
        )}
        {pictures.hasMore && (
          <button type="button" className="btn btn-ghost btn-small" disabled={pictures.loading} onClick={pictures.loadMore}>
            {t('memes.memegenMore')}
          </button>
        )}
        {busy && (
          <p className="memegen-status" role="status">
            {t('memes.memegenImporting')}
          </p>
        )}
        {error && (
          <p className="inline-error" role="alert" data-testid="memegen-error">
            {error}
          </p>
        )}
      </div>
    </Modal>
  );
}
