/**
 * The brand kit panel's last section: the kit as a .zip (palettes, text styles, logos and the
 * fonts the styles use) and a kit imported back, merged into this one or replacing it (issue 5).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandKitMode } from '../../../../core/api/archiveArgs';
import { exportArchive, importArchive } from '../../bridge/archive';
import { loadBrandKit } from '../../shared/brandKit';
import { errorMessage } from '../../shared/errors';
import { HiddenFileInput } from '../../shared/HiddenFileInput';

export function BrandKitArchive({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<BrandKitMode>('merge');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="brand-section brand-archive" aria-labelledby="brand-archive-title" data-testid="brand-archive">
      <header className="brand-section-header">
        <h3 id="brand-archive-title" className="brand-section-title">
          {t('archive.brandExport')} / {t('archive.brandImport')}
        </h3>
      </header>
      <div className="brand-archive-actions">
        <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void run(async () => t('archive.brandExported', { name: (await exportArchive('brandKit')).fileName }))} data-testid="brand-export">
          {t('archive.brandExport')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" disabled={busy || readOnly} onClick={() => input.current?.click()} data-testid="brand-import">
          {t('archive.brandImport')}
        </button>
        <HiddenFileInput
          ref={input}
          accept=".zip,application/zip"
          testId="brand-import-input"
          onFile={(file) =>
            void run(async () => {
              const report = await importArchive(file, mode);
              await loadBrandKit();
              return t('archive.imported', report.totals);
            })
          }
        />
      </div>
      <fieldset className="brand-archive-mode" disabled={busy || readOnly}>
        <legend className="side-panel-hint">{t('archive.brandMode')}</legend>
        {(['merge', 'replace'] as const).map((choice) => (
          <label key={choice} className="brand-archive-choice">
            <input type="radio" name="brand-import-mode" value={choice} checked={mode === choice} onChange={() => setMode(choice)} data-testid={`brand-import-${choice}`} />
            {choice === 'merge' ? t('archive.brandMerge') : t('archive.brandReplace')}
          </label>
        ))}
      </fieldset>
      {message && (
        <p className={message.error ? 'inline-error' : 'side-panel-hint'} role={message.error ? 'alert' : 'status'} data-testid="brand-archive-status">
          {message.text}
        </p>
      )}
    </section>
  );
}
