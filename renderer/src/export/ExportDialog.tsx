/**
 * The export dialog: the format shown or every format, a file type, a page; for a carousel, one
 * page, every slide as a numbered set (split into posts over the network's slide cap, when the
 * user accepts it) or one PDF document (the default for a LinkedIn document); for a video design,
 * an MP4 (with its cover pictures beside it, unless unticked), a GIF or an animated WebP under its
 * network's GIF target (the target shown on the choice). The export itself is
 * the backend's `designs.exportImages`, `designs.exportPdf` or `designs.exportVideo` job (docs/architecture.md, "Export",
 * "Carousels"), the same as `affiche render`: the saved design drawn by the Node renderer at exact
 * pixel size, each image checked and fixed for its format. The dialog saves pending edits first, shows the job's progress with a
 * cancel button, then downloads the result (browser mode) or leaves it where the user chose it
 * (Electron's save dialog).
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress, JobResultOf } from '../../../core/api/jobs';
import { formatFileName, pageFileName, safeFileStem } from '../../../core/files/names';
import { slideCap, splitIntoPosts } from '../../../core/carousel/limits';
import { findFormat } from '../../../core/formats/catalog';
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
import { OptionCards } from './OptionCards';
import { SafeZoneWarnings } from './SafeZoneWarnings';
import { slideCount, slideFormat } from '../../../core/carousel/panorama';
import { videoTimeline } from '../../../core/video/timeline';
import { VIDEO_FILE_TYPES, type VideoFileType } from '../../../core/api/names';
import { gifTarget } from '../../../core/formats/videoLimits';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import './export.css';

type ExportResult = JobResultOf<'designs.exportImages'>;

/** What a multi-page design exports: the page chosen, every slide (a numbered set in a zip), one PDF, or (a video design) one MP4. */
type Output = 'page' | 'set' | 'pdf' | 'video';
type VideoQuality = 'draft' | 'final';
const VIDEO_TYPES = VIDEO_FILE_TYPES;

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
  coverByDefault = true,
}: {
  design: Design;
  variantId?: string | null;
  initialPage: number;
  saveFirst: () => Promise<boolean>;
  onClose: () => void;
  /** Whether a video's cover pictures are ticked when the dialog opens (a meme is one file: not ticked). */
  coverByDefault?: boolean;
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
  // A panorama's slides are cuts of its one wide page (core/carousel/panorama.ts).
  const pageCount = slideCount(design);
  const isVideo = design.kind === 'video';
  const multiPage = pageCount > 1 || design.kind === 'carousel' || isVideo;
  const [quality, setQuality] = useState<VideoQuality>('final');
  // A video design's file: the MP4 (with its cover pictures, unless unticked), a GIF or a WebP.
  const [videoType, setVideoType] = useState<VideoFileType>('mp4');
  const [cover, setCover] = useState(coverByDefault);
  // Each file's format: a panorama's slide, else the format shown.
  const shownSlide = design.panorama ? slideFormat(design) : shown.format;
  const [output, setOutput] = useState<Output>(isVideo ? 'video' : !multiPage ? 'page' : shownSlide.preset === 'linkedin-document' ? 'pdf' : design.kind === 'carousel' ? 'set' : 'page');
  // A panorama goes out whole (its slides, or the PDF): "this page" would be its first slide only.
  // A video goes out as one MP4, or a still of one scene.
  const outputs: readonly Output[] = isVideo ? ['video', 'page'] : design.panorama ? ['set', 'pdf'] : ['page', 'set', 'pdf'];
  const videoSeconds = useMemo(() => Math.round(videoTimeline(shown).durationMs / 100) / 10, [shown]);
  // Over the network's slide cap (core/carousel/limits.ts), the set can go out as several posts.
  const cap = slideCap(shownSlide.preset ? findFormat(shownSlide.preset) : undefined);
  const posts = cap && cap.unit === 'slides' && pageCount > cap.max ? splitIntoPosts(pageCount, cap.max) : null;
  const [split, setSplit] = useState(false);
  // Once a design has several formats, a single file says which one it is, as in the zip and the CLI.
  const fileName =
    output === 'video'
      ? `${safeFileStem(design.name)}.${videoType}`
      : output === 'pdf'
      ? `${safeFileStem(design.name)}.pdf`
      : scope === 'all' || output === 'set'
        ? zipFileName(design.name)
        : hasVariants
          ? formatFileName(design.name, shown.format, IMAGE_EXTENSIONS[format], pageIndex, design.pages.length)
          : exportFileName(design.name, format, pageIndex, design.pages.length);

  // A GIF's size target: its network's, X's where the network has none (core/formats/videoLimits.ts).
  const target = useMemo(() => {
    const preset = shown.format.preset ? findFormat(shown.format.preset) : undefined;
    const { limits, network } = gifTarget(preset?.network);
    const size = messageText(msg('unit.megabytes', { value: limits.maxBytes / 1_000_000 }));
    return network ? t('export.videoType.target', { network: NETWORK_LABELS[network], size }) : t('export.videoType.targetOwn', { size });
  }, [shown.format.preset, t]);
  const coverNames = { frame: `${safeFileStem(design.name)}-cover.jpg`, grid: `${safeFileStem(design.name)}-cover-3x4.jpg` };

  const videoPages = design.panorama || isVideo
    ? []
    : (scope === 'all' || output !== 'page' ? design.pages.map((_, i) => i) : [pageIndex]).filter((i) => needsVideoExport(design.pages[i])).map((i) => i + 1);

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
      if (output === 'video') {
        // The variant on screen is exported through its catalog format (its own layout is kept).
        const formatId = hasVariants && variantId && shown.format.preset ? shown.format.preset : undefined;
        const args = { design: { id: design.id }, type: videoType, ...(videoType === 'mp4' ? { quality, cover } : {}), ...(formatId ? { formatId } : {}) };
        const { result } = await startJob('designs.exportVideo', args, { signal: controller.signal, onProgress: setProgress });
        downloadStaged(result.downloadId, result.fileName);
        for (const file of result.cover?.files ?? []) downloadStaged(file.downloadId, file.fileName);
        const notes = [
          ...(result.animated ? [messageText(result.animated.summary)] : []),
          ...(result.cover ? [t('export.doneCovers', { names: result.cover.files.map((file) => file.fileName).join(', ') })] : []),
          ...result.notes.map((note) => messageText(note)),
        ];
        toast.show({ kind: 'success', message: t('export.doneVideo', { name: result.fileName }), ...(notes.length > 0 ? { detail: notes.join('\n') } : {}) });
        onClose();
        return;
      }
      if (output === 'pdf') {
        const { result } = await startJob('designs.exportPdf', { design: { id: design.id }, ...(hasVariants ? { variant: variantId } : {}) }, { signal: controller.signal, onProgress: setProgress });
        downloadStaged(result.downloadId, result.fileName);
        const notes = result.notes.map((note) => messageText(note));
        toast.show({ kind: 'success', message: t('export.donePdf', { name: result.fileName, count: result.pages }), ...(notes.length > 0 ? { detail: notes.join('\n') } : {}) });
        onClose();
        return;
      }
      const mark = watermark ? { watermark } : {};
      const args =
        scope === 'all'
          ? { design: { id: design.id }, type: format, formats: { ids: [], allVariants: true }, ...mark }
          : output === 'set'
            ? { design: { id: design.id }, type: format, ...(hasVariants ? { variant: variantId } : {}), ...(posts && split ? { split: true } : {}), ...mark }
            : { design: { id: design.id }, type: format, pages: [pageIndex], ...(hasVariants ? { variant: variantId } : {}), ...mark };
      const { result } = await startJob('designs.exportImages', args, { signal: controller.signal, onProgress: setProgress });
      downloadStaged(result.downloadId, result.fileName);
      announce(result.images.length > 1 ? t('export.doneAll', { name: result.fileName, count: result.images.length }) : t('export.done', { name: result.fileName }), result);
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
      title={design.kind === 'carousel' ? t('export.titleCarousel') : isVideo ? t('export.titleVideo') : t('export.title')}
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
      {multiPage && scope === 'one' && (
        <OptionCards
          legend={t('export.output.label')}
          name="export-output"
          testId="export-output"
          value={output}
          onChange={setOutput}
          options={outputs.map((value) => ({
            value,
            name: value === 'set' ? t('export.output.set', { count: pageCount }) : value === 'page' && isVideo ? t('export.output.still') : t(`export.output.${value}`),
            hint:
              value === 'set'
                ? t('export.output.setHint', { first: pageFileName(design.name, IMAGE_EXTENSIONS[format], 0, pageCount), last: pageFileName(design.name, IMAGE_EXTENSIONS[format], pageCount - 1, pageCount) })
                : value === 'video'
                  ? t('export.output.videoHint', { seconds: videoSeconds })
                  : value === 'page' && isVideo
                    ? t('export.output.stillHint')
                    : t(`export.output.${value}Hint`),
          }))}
        />
      )}
      {output === 'set' && scope === 'one' && posts && cap && (
        <div className="inline-warning export-over-cap" role="note" data-testid="export-over-cap">
          <p>{messageText(msg('carouselExport.overCap', { slides: pageCount, network: cap.network ?? formatLabel(shownSlide, t('formats.custom')), max: cap.max, posts: posts.length }))}</p>
          <label className="checkbox-row">
            <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} data-testid="export-split" />
            <span>{t('export.split', { posts: posts.length, sizes: posts.map((post) => post.length).join(' + ') })}</span>
          </label>
        </div>
      )}
      {output === 'set' && scope === 'one' && cap?.apiMax !== undefined && pageCount > cap.apiMax && (
        <p className="export-note" data-testid="export-api-hint">
          {messageText(msg('carouselExport.apiHint', { network: cap.network ?? '', apiMax: cap.apiMax }))}
        </p>
      )}
      {output === 'pdf' && (
        <p className="export-note" data-testid="export-pdf-note">
          {t('export.pdfNote')}
        </p>
      )}
      {output === 'video' && (
        <OptionCards
          legend={t('export.videoType.label')}
          name="export-video-type"
          testId="export-video-type"
          value={videoType}
          onChange={setVideoType}
          options={VIDEO_TYPES.map((value) => ({
            value,
            name: t(`export.videoType.${value}`),
            hint: value === 'mp4' ? t('export.videoType.mp4Hint') : t(`export.videoType.${value}Hint`, { target }),
          }))}
        />
      )}
      {output === 'video' && videoType === 'mp4' && (
        <OptionCards
          legend={t('export.quality.label')}
          name="export-quality"
          testId="export-quality"
          value={quality}
          onChange={setQuality}
          options={(['final', 'draft'] as const).map((value) => ({ value, name: t(`export.quality.${value}`), hint: t(`export.quality.${value}Hint`) }))}
        />
      )}
      {output === 'video' && videoType === 'mp4' && (
        <div className="export-group" data-testid="export-cover">
          <label className="checkbox-row">
            <input type="checkbox" checked={cover} onChange={(e) => setCover(e.target.checked)} data-testid="export-cover-toggle" />
            <span>{t('export.cover')}</span>
          </label>
          {cover && (
            <p className="export-note" data-testid="export-cover-note">
              {t('export.coverNote', coverNames)}
            </p>
          )}
        </div>
      )}
      {hasVariants && output !== 'pdf' && output !== 'video' && (
        <OptionCards
          legend={t('export.scope.label')}
          name="export-scope"
          testId="export-scope"
          className="export-scopes"
          value={scope}
          onChange={setScope}
          options={[
            { value: 'one', name: t('export.scope.one'), hint: formatLabel(shown.format, t('formats.custom')) },
            { value: 'all', name: t('export.scope.all', { count: allCount }), hint: t('export.scope.allHint') },
          ]}
        />
      )}
      {output !== 'pdf' && output !== 'video' && (
        <OptionCards
          legend={t('export.fileType')}
          name="export-format"
          testId="export-format"
          value={format}
          onChange={setFormat}
          options={FORMATS.map((value) => ({ value, name: IMAGE_TYPE_NAMES[value], hint: t(`export.hints.${value}`) }))}
        />
      )}
      {output !== 'pdf' && output !== 'video' && <WatermarkField value={watermark} onChange={setWatermark} />}
      {design.pages.length > 1 && scope === 'one' && output === 'page' && (
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
              : t('export.pixels', { size: pixelSize(shownSlide.width, shownSlide.height) })}
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
