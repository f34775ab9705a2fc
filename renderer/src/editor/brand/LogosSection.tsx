/**
 * The brand kit's logos: imported from a file, picked or dropped here, or picked among library
 * images; placed in the page's top-right corner (./BrandKitPanel.tsx).
 */
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { BRAND_KIT_LIMITS } from '../../../../core/schema/brandKitDefaults';
import { HiddenFileInput } from '../../shared/HiddenFileInput';
import { Icon } from '../../shared/Icon';
import { AssetTile } from '../AssetTile';
import { useImageAssets } from '../useAssets';

/** Dragged files that may be images (a drag only tells types, not names, before the drop). */
function dragHasFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

export function LogosSection({
  logos,
  readOnly,
  onSave,
  onInsert,
  onRun,
}: {
  logos: string[];
  readOnly: boolean;
  onSave: (update: (logos: string[]) => string[]) => Promise<void>;
  onInsert: (asset: AssetSummary) => Promise<void>;
  /** Runs a change, showing the backend's reason in the panel when it fails. */
  onRun: (change: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { assets, importFile } = useImageAssets();
  const [picking, setPicking] = useState(false);
  const [importing, setImporting] = useState(false);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const byId = new Map((assets ?? []).map((asset) => [asset.id, asset]));
  const logoAssets = logos.map((id) => byId.get(id)).filter((asset): asset is AssetSummary => asset !== undefined);
  const candidates = (assets ?? []).filter((asset) => !logos.includes(asset.id));
  const full = logos.length >= BRAND_KIT_LIMITS.maxLogos;
  const canAdd = !readOnly && !full && !importing;

  /**
   * Files picked or dropped: each imported into the library (the import every panel uses), then
   * added to the logos in one change. A file that is not an image stops there with its name.
   */
  const importLogos = (files: readonly File[]) =>
    onRun(async () => {
      setImporting(true);
      try {
        const added: string[] = [];
        for (const file of files) {
          const asset = await importFile(file);
          if (asset.kind !== 'image') throw new Error(t('brand.logoNotImage', { name: asset.name ?? asset.fileName }));
          added.push(asset.id);
        }
        setPicking(false);
        await onSave((current) => [...current, ...added.filter((id, index) => !current.includes(id) && added.indexOf(id) === index)].slice(0, BRAND_KIT_LIMITS.maxLogos));
      } finally {
        setImporting(false);
      }
    });

  const dropProps = canAdd
    ? {
        onDragOver: (event: DragEvent) => {
          if (!dragHasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDropping(true);
        },
        onDragLeave: (event: DragEvent) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
        },
        onDrop: (event: DragEvent) => {
          if (!dragHasFiles(event)) return;
          event.preventDefault();
          setDropping(false);
          const files = [...event.dataTransfer.files];
          if (files.length > 0) void importLogos(files);
        },
      }
    : {};

  return (
    <section className={`brand-section brand-logos-section ${dropping ? 'is-dropping' : ''}`} aria-labelledby="brand-logos-title" data-testid="brand-logos-section" {...dropProps}>
      <header className="brand-section-header">
        <h3 id="brand-logos-title" className="brand-section-title">
          {t('brand.logos')}
        </h3>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          aria-expanded={picking}
          disabled={readOnly || full}
          onClick={() => setPicking((open) => !open)}
          data-testid="brand-logo-add"
        >
          <Icon name={picking ? 'close' : 'plus'} size={16} />
          {picking ? t('brand.doneAddingLogos') : t('brand.addLogo')}
        </button>
      </header>
      <HiddenFileInput ref={fileInput} accept="image/*" multiple testId="brand-logo-file" onFiles={(files) => void importLogos(files)} />
      {dropping && (
        <p className="brand-logo-drop" role="status">
          {t('brand.dropLogos')}
        </p>
      )}
      {logoAssets.length === 0 && !picking && !dropping && <p className="side-panel-hint">{t('brand.logosEmpty')}</p>}
      {logoAssets.length > 0 && (
        <>
          <p className="side-panel-hint">{t('brand.logosHint')}</p>
          <div className="asset-grid brand-logos" data-testid="brand-logos">
            {logoAssets.map((asset) => (
              <div key={asset.id} className="brand-logo">
                <AssetTile asset={asset} label={t('brand.insertLogo', { name: asset.fileName })} onPick={() => void onInsert(asset)} />
                {!readOnly && (
                  <button
                    type="button"
                    className="brand-colour-remove brand-logo-remove"
                    aria-label={t('brand.removeLogo', { name: asset.fileName })}
                    title={t('brand.removeLogo', { name: asset.fileName })}
                    onClick={() => void onSave((current) => current.filter((id) => id !== asset.id))}
                    data-testid="brand-logo-remove"
                  >
                    <Icon name="close" size={10} />
                  </button>
                )}
              </div>
            ))}
          </div>
        </>
      )}
      {picking && (
        <div className="brand-logo-picker" data-testid="brand-logo-picker">
          <button type="button" className="btn btn-secondary btn-block" disabled={!canAdd} onClick={() => fileInput.current?.click()} data-testid="brand-logo-import">
            <Icon name="upload" size={18} />
            {importing ? t('brand.importingLogo') : t('brand.importLogo')}
          </button>
          <p className="side-panel-hint">{candidates.length > 0 ? t('brand.pickLogo') : t('brand.noImages')}</p>
          {candidates.length > 0 && (
            <div className="asset-grid">
              {candidates.map((asset) => (
                <AssetTile
                  key={asset.id}
                  asset={asset}
                  label={t('brand.useAsLogo', { name: asset.fileName })}
                  onPick={() => {
                    setPicking(false);
                    void onSave((current) => (current.includes(asset.id) ? current : [...current, asset.id]));
                  }}
                />
              ))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
