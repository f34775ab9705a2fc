import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../core/schema/design';
import { errorMessage } from '../shared/errors';
import { downloadBlob } from '../shared/files';
import { pixelSize } from '../shared/formatLabel';
import { Icon } from '../shared/Icon';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/toastContext';
import { exportFileName, type ImageFormat } from './fileName';
import { exportPageImage } from './exportPage';
import './export.css';

const FORMATS: ImageFormat[] = ['png', 'jpeg', 'webp'];
/** Proper names of the file types (the same in every language). */
const FORMAT_NAMES: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP' };

export function ExportDialog({ design, initialPage, onClose }: { design: Design; initialPage: number; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [format, setFormat] = useState<ImageFormat>('png');
  const [pageIndex, setPageIndex] = useState(Math.min(initialPage, design.pages.length - 1));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileName = exportFileName(design.name, format, pageIndex, design.pages.length);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const blob = await exportPageImage(design, pageIndex, format);
      downloadBlob(blob, fileName);
      toast.show({ kind: 'success', message: t('export.done', { name: fileName }) });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('export.title')}
      onClose={onClose}
      size="sm"
      testId="export-dialog"
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={busy} data-testid="export-download">
            <Icon name="download" size={18} />
            {busy ? t('export.working') : t('export.download')}
          </button>
        </>
      }
    >
      <fieldset className="export-group">
        <legend className="field-label">{t('export.fileType')}</legend>
        <div className="export-formats" role="radiogroup" aria-label={t('export.fileType')}>
          {FORMATS.map((value) => (
            <label key={value} className={`export-format ${format === value ? 'export-format-selected' : ''}`} data-testid={`export-format-${value}`}>
              <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              <span className="export-format-name">{FORMAT_NAMES[value]}</span>
              <span className="export-format-hint">{t(`export.hints.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {design.pages.length > 1 && (
        <div className="field">
          <label className="field-label" htmlFor="export-page">
            {t('export.page')}
          </label>
          <select id="export-page" className="input" value={pageIndex} onChange={(e) => setPageIndex(Number(e.target.value))} data-testid="export-page">
            {design.pages.map((page, index) => (
              <option key={page.id} value={index}>
                {t('editor.pageOf', { page: index + 1, count: design.pages.length })}
              </option>
            ))}
          </select>
        </div>
      )}
      <dl className="export-summary">
        <div>
          <dt>{t('export.size')}</dt>
          <dd data-testid="export-size">{t('export.pixels', { size: pixelSize(design.format.width, design.format.height) })}</dd>
        </div>
        <div>
          <dt>{t('export.fileName')}</dt>
          <dd className="export-file-name" title={fileName}>
            {fileName}
          </dd>
        </div>
      </dl>
      {error && (
        <p className="inline-error" role="alert" data-testid="export-error">
          {t('export.failed', { message: error })}
        </p>
      )}
    </Modal>
  );
}
