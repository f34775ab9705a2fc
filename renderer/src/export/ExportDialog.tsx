/**
 * The export dialog: the format shown or every format, a file type, a page. The export itself is
 * the backend's `designs.exportImages` job (docs/architecture.md, "Export"), the same as `affiche
 * render`: the saved design drawn by the Node renderer at exact pixel size, each image checked
 * and fixed for its format. The dialog saves pending edits first, shows the job's progress with a
 * cancel button, then downloads the result (browser mode) or leaves it where the user chose it
 * (Electron's save dialog).
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress, JobResultOf } from '../../../core/api/jobs';
import { formatFileName } from '../../../core/files/names';
import { msg } from '../../../core/messages';
import type { Design } from '../../../core/schema/design';
import { resolveDesign } from '../../../core/variants/variants';
import { downloadStaged } from '../bridge/files';
import { startJob } from '../jobs/jobStore';
import type { Watermark } from '../../../core/render/watermark';
import { WatermarkField } from './WatermarkField';
import { errorMessage, isCancelled, messageText } from '../shared/errors';
import { formatLabel, pixelSize } from '../shared/formatLabel';
import { Icon } from '../shared/Icon';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/toastContext';
import { IMAGE_EXTENSIONS, IMAGE_FILE_TYPES, IMAGE_TYPE_NAMES, type ImageFileType } from '../../../core/files/imageTypes';
import { needsVideoExport } from '../../../core/elements';
import { exportFileName } from './fileName';
import { formatFileCount, zipFileName } from './formatFiles';
import { SafeZoneWarnings } from './SafeZoneWarnings';
import './export.css';

type ExportResult = JobResultOf<'designs.exportImages'>;

const FORMATS = IMAGE_FILE_TYPES;

/**
 * `design` is the master (with its variants); `variantId` the variant on screen, if any.
 * `saveFirst` writes pending edits (the job exports the saved design); false when that failed.
 */
export function ExportDialog({
  design,
  variantId = null,
  initialPage,
  saveFirst,
  onClose,
}: {
  design: Design;
  variantId?: string | null;
  initialPage: number;
  saveFirst: () => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [format, setFormat] = useState<ImageFileType>('png');
  const [pageIndex, setPageIndex] = useState(Math.min(initialPage, design.pages.length - 1));
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  // With linked variants: the format on screen, or every format (master and variants) in one zip.
  const [scope, setScope] = useState<'one' | 'all'>('one');
  const [watermark, setWatermark] = useState<Watermark | null>(null);
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

  const videoPages = (scope === 'all' ? design.pages.map((_, i) => i) : [pageIndex]).filter((i) => needsVideoExport(design.pages[i])).map((i) => i + 1);

  // What the format check changed (or could not fix) is said, file by file, with the result.
  const announce = (message: string, result: ExportResult) => {
    const fixed = result.images.flatMap((image) => image.changes.map((change) => `${image.name}: ${messageText(change)}`));
    const failed = result.images.flatMap((image) => image.problems.map((problem) => `${image.name}: ${messageText(problem)}`));
    const notes = result.notes.map((note) => messageText(note));
    if (failed.length > 0) toast.show({ kind: 'error', message: t('export.stillFails', { message }), detail: [...failed, ...fixed, ...notes].join('\n') });
    else if (fixed.length > 0) toast.show({ kind: 'success', message: t('export.fixed', { message }), detail: [...fixed, ...notes].join('\n') });
    else toast.show({ kind: 'success', message, ...(notes.length > 0 ? { detail: notes.join('\n') } : {}) });
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    setProgress(null);
    const controller = new AbortController();
    running.current = controller;
    try {
      if (!(await saveFirst())) throw new Error(t('export.notSaved'));
      const mark = watermark ? { watermark } : {};
      const args =
        scope === 'all'
          ? { design: { id: design.id }, type: format, formats: { ids: [], allVariants: true }, ...mark }
          : // A panorama is exported as all its slides, cut from the wide page (core/carousel/panorama.ts).
            { design: { id: design.id }, type: format, ...(design.panorama ? {} : { pages: [pageIndex] }), ...(hasVariants ? { variant: variantId } : {}), ...mark };
      const { result } = await startJob('designs.exportImages', args, { signal: controller.signal, onProgress: setProgress });
      downloadStaged(result.downloadId, result.fileName);
      announce(scope === 'all' ? t('export.doneAll', { name: result.fileName, count: result.images.length }) : t('export.done', { name: result.fileName }), result);
      onClose();
    } catch (e) {
      if (!isCancelled(e)) setError(errorMessage(e));
      setBusy(false);
      setProgress(null);
    } finally {
      running.current = null;
    }
  };

  const percent = progress ? Math.floor(progress.fraction * 100) : 0;

  return (
    <Modal
      title={t('export.title')}
      onClose={onClose}
      size="sm"
      testId="export-dialog"
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={() => (running.current ? running.current.abort() : onClose())} data-testid="export-cancel">
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
              <span className="export-format-name">{IMAGE_TYPE_NAMES[value]}</span>
              <span className="export-format-hint">{t(`export.hints.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <WatermarkField value={watermark} onChange={setWatermark} />
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
      {videoPages.length > 0 && (
        <p className="inline-warning" role="note" data-testid="export-video-warning">
          {messageText(msg('export.videoAsStill', { pages: videoPages.join(', '), count: videoPages.length }))}
        </p>
      )}
      {busy && (
        <div className="export-progress" data-testid="export-progress">
          <div className="job-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('export.working')}>
            <span style={{ width: `${Math.max(2, percent)}%` }} />
          </div>
          <span className="export-progress-stage">{progress?.stage ? messageText(progress.stage) : t('export.working')}</span>
        </div>
      )}
      {error && (
        <p className="inline-error" role="alert" data-testid="export-error">
          {t('export.failed', { message: error })}
        </p>
      )}
    </Modal>
  );
}
