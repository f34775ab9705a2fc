import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import { errorMessage } from '../shared/errors';
import { HiddenFileInput } from '../shared/HiddenFileInput';
import { Icon } from '../shared/Icon';
import { SidePanel } from './SidePanel';
import { AssetTile } from './AssetTile';
import { useImageAssets } from './useAssets';

interface ImagePanelProps {
  onInsert: (asset: AssetSummary) => Promise<void>;
  onClose: () => void;
  readOnly: boolean;
  /** Set while choosing a replacement for a selected image: the panel says so. */
  replacing?: boolean;
}

/** Library images to click into the page, and "Import from disk" (errors shown as the backend says them). */
export function ImagePanel({ onInsert, onClose, readOnly, replacing = false }: ImagePanelProps) {
  const { t } = useTranslation();
  const { assets, loadError, importFile } = useImageAssets();
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (file: File) => {
    setImporting(true);
    setError(null);
    setNotice(null);
    try {
      const asset = await importFile(file);
      setNotice(t('editor.images.imported', { name: asset.fileName }));
    } catch (e) {
      setError(t('editor.images.importFailed', { message: errorMessage(e) }));
    } finally {
      setImporting(false);
    }
  };

  const insert = async (asset: AssetSummary) => {
    setError(null);
    try {
      await onInsert(asset);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <SidePanel title={replacing ? t('editor.imageProps.replaceTitle') : t('editor.images.title')} testId="image-panel" onClose={onClose}>
      <HiddenFileInput ref={fileInput} accept="image/*" testId="image-file-input" onFile={(file) => void onFile(file)} />
      <button type="button" className="btn btn-secondary btn-block" disabled={importing || readOnly} onClick={() => fileInput.current?.click()} data-testid="image-import">
        <Icon name="upload" size={18} />
        {importing ? t('editor.images.importing') : t('editor.images.import')}
      </button>
      {error && (
        <p className="inline-error" role="alert" data-testid="image-import-error">
          {error}
        </p>
      )}
      {notice && !error && (
        <p className="inline-notice" role="status">
          {notice}
        </p>
      )}
      {loadError && (
        <p className="inline-error" role="alert">
          {loadError}
        </p>
      )}
      {assets && assets.length === 0 && <p className="side-panel-empty">{t('editor.images.empty')}</p>}
      {assets && assets.length > 0 && (
        <>
          <p className="side-panel-hint">{t('editor.images.hint')}</p>
          <div className="asset-grid" data-testid="asset-grid">
            {assets.map((asset) => (
              <AssetTile key={asset.id} asset={asset} label={t('editor.images.insert', { name: asset.fileName })} onPick={() => void insert(asset)} />
            ))}
          </div>
        </>
      )}
    </SidePanel>
  );
}
