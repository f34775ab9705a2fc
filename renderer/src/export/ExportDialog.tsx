import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileName } from '../../../core/files/names';
import type { Design } from '../../../core/schema/design';
import { resolveDesign } from '../../../core/variants/variants';
import { errorMessage } from '../shared/errors';
import { downloadBlob } from '../shared/files';
import { formatLabel, pixelSize } from '../shared/formatLabel';
import { Icon } from '../shared/Icon';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/toastContext';
import { IMAGE_EXTENSIONS, IMAGE_FILE_TYPES, type ImageFileType } from '../../../core/files/imageTypes';
import { exportFileName } from './fileName';
import { exportPageImage } from './exportPage';
import { exportAllFormats, type FileReport } from './exportAll';
import { checkExportedFile, withExtension } from './checkExport';
import { formatFileCount, zipFileName } from './formatFiles';
import { SafeZoneWarnings } from './SafeZoneWarnings';
import './export.css';

const FORMATS = IMAGE_FILE_TYPES;
/** Proper names of the file types (the same in every language). */
const FORMAT_NAMES: Record<ImageFileType, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP' };

/** `design` is the master (with its variants); `variantId` the variant on screen, if any. */
export function ExportDialog({ design, variantId = null, initialPage, onClose }: { design: Design; variantId?: string | null; initialPage: number; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [format, setFormat] = useState<ImageFileType>('png');
  const [pageIndex, setPageIndex] = useState(Math.min(initialPage, design.pages.length - 1));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // With linked variants: the format on screen, or every format (master and variants) in one zip.
  const [scope, setScope] = useState<'one' | 'all'>('one');
  const hasVariants = (design.variants?.length ?? 0) > 0;
  const allCount = formatFileCount(design);
  const shown = useMemo(() => resolveDesign(design, variantId), [design, variantId]);
  // Once a design has several formats, a single file says which one it is, as in the zip and the CLI.
  const fileName =
    scope === 'all'
      ? zipFileName(design.name)
      : hasVariants
        ? formatFileName(design.name, shown.format, IMAGE_EXTENSIONS[format], pageIndex, design.pages.length)
        : exportFileName(design.name, format, pageIndex, design.pages.length);

  // What the format check changed (or could not fix) is said, file by file, with the result.
  const announce = (message: string, reports: FileReport[]) => {
    const fixed = reports.flatMap((r) => r.changes.map((change) => `${r.name}: ${change}`));
    const failed = reports.flatMap((r) => r.problems.map((problem) => `${r.name}: ${problem}`));
    if (failed.length > 0) toast.show({ kind: 'error', message: t('export.stillFails', { message }), detail: [...failed, ...fixed].join('\n') });
    else if (fixed.length > 0) toast.show({ kind: 'success', message: t('export.fixed', { message }), detail: fixed.join('\n') });
    else toast.show({ kind: 'success', message });
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (scope === 'all') {
        const zip = await exportAllFormats(design, format);
        downloadBlob(zip.blob, zip.name);
        announce(t('export.doneAll', { name: zip.name, count: zip.count }), zip.reports);
      } else {
        const checked = await checkExportedFile(await exportPageImage(shown, pageIndex, format), shown.format);
        const name = withExtension(fileName, checked.extension);
        downloadBlob(checked.blob, name);
        announce(t('export.done', { name }), checked.changes.length + checked.problems.length > 0 ? [{ name, ...checked }] : []);
      }
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
      {hasVariants && (
        <fieldset className="export-group">
          <legend className="field-label">{t('export.scope.label')}</legend>
          <div className="export-formats export-scopes" role="radiogroup" aria-label={t('export.scope.label')}>
            <label className={`export-format ${scope === 'one' ? 'export-format-selected' : ''}`} data-testid="export-scope-one">
              <input type="radio" name="export-scope" value="one" checked={scope === 'one'} onChange={() => setScope('one')} />
              <span className="export-format-name">{t('export.scope.one')}</span>
              <span className="export-format-hint">{formatLabel(shown.format, t('formats.custom'))}</span>
            </label>
            <label className={`export-format ${scope === 'all' ? 'export-format-selected' : ''}`} data-testid="export-scope-all">
              <input type="radio" name="export-scope" value="all" checked={scope === 'all'} onChange={() => setScope('all')} />
              <span className="export-format-name">{t('export.scope.all', { count: allCount })}</span>
              <span className="export-format-hint">{t('export.scope.allHint')}</span>
            </label>
          </div>
        </fieldset>
      )}
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
      {design.pages.length > 1 && scope === 'one' && (
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
          <dd data-testid="export-size">
            {scope === 'all'
              ? [design.format, ...(design.variants ?? []).map((v) => v.format)].map((f) => t('export.pixels', { size: pixelSize(f.width, f.height) })).join(', ')
              : t('export.pixels', { size: pixelSize(shown.format.width, shown.format.height) })}
          </dd>
        </div>
        <div>
          <dt>{t('export.fileName')}</dt>
          <dd className="export-file-name" title={fileName}>
            {fileName}
          </dd>
        </div>
      </dl>
      <SafeZoneWarnings design={shown} pageIndex={pageIndex} />
      {error && (
        <p className="inline-error" role="alert" data-testid="export-error">
          {t('export.failed', { message: error })}
        </p>
      )}
    </Modal>
  );
}
