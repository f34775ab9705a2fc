/**
 * "New meme" and "Templates": pick a layout from the bank (memes, or starter templates for
 * everyday posts), drop or pick the pictures, type the words, then export or open it in the
 * editor. One screen for both; the preview is drawn by the same renderer as the export.
 *
 * A picture slot also takes a clip (a video from the library, or an MP4, GIF or animated WebP
 * dropped or chosen, imported first): the meme becomes a video meme, previewed playing, each text
 * box with "shows from ... to ..." and an entrance, exported as a video (issue 13, animated memes).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BANK, bankTemplate } from '../../../core/templates/bank';
import type { Design } from '../../../core/schema';
import { sceneDurationMs } from '../../../core/video/timeline';
import type { TemplateSummary } from '../../../core/api/templateArgs';
import type { BankCategory } from '../../../core/templates/bank';
import { getBridge } from '../bridge';
import { stageFile } from '../bridge/files';
import { ExportDialog } from '../export/ExportDialog';
import { currentLanguage } from '../i18n';
import { DesignPreview } from '../shared/DesignPreview';
import { errorMessage, messageText } from '../shared/errors';
import { formatName } from '../shared/formatLabel';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { walkElements } from '../../../core/schema/walk';
import { HiddenFileInput } from '../shared/HiddenFileInput';
import { Icon } from '../shared/Icon';
import { useToast } from '../shared/toastContext';
import type { Route } from '../useHashRoute';
import { bankEntries, searchBank, type BankFilter } from './bankSearch';
import { copyDesignPicture } from './copyPicture';
import { BoxTimingFields, PictureField } from './MemeFields';
import { MemegenPictureDialog } from './MemegenPictureDialog';
import { slotLabel } from './slotLabel';
import { MemeVideoPreview } from './MemeVideoPreview';
import { useMemeDesign, WHOLE_CLIP, type FillSource } from './useMemeDesign';
import { useUserTemplateSource, useUserTemplates } from './useUserTemplates';
import { UserTemplateCard } from './UserTemplateCard';
import './memes.css';

const BOX_FILTERS = [null, 1, 2, 3, 4] as const;

/** The number-of-texts filter: 4 means 4 or more (as for the bank, ./bankSearch.ts). */
function boxesMatch(count: number, wanted: number): boolean {
  return wanted >= 4 ? count >= 4 : count === wanted;
}

export function MemeScreen({ onNavigate, readOnly, category = 'meme', initialTemplateId }: { onNavigate: (route: Route) => void; readOnly: boolean; category?: BankCategory; initialTemplateId?: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const language = currentLanguage();
  const entries = useMemo(() => bankEntries(BANK.filter((template) => template.category === category), language), [language, category]);
  const [filter, setFilter] = useState<BankFilter>({ query: '', boxes: null });
  const shown = useMemo(() => searchBank(entries, filter), [entries, filter]);
  const [templateId, setTemplateId] = useState<string | undefined>(() => entries.find((e) => e.template.id === initialTemplateId)?.template.id ?? entries[0]?.template.id);
  const [showTrash, setShowTrash] = useState(false);
  const userTemplates = useUserTemplates(category, language, { query: filter.query, trash: showTrash }).filter(
    (summary) => showTrash || filter.boxes === null || boxesMatch(summary.slots.filter((slot) => slot.kind === 'text').length, filter.boxes),
  );
  const bank = templateId ? bankTemplate(templateId) : undefined;
  const userSource = useUserTemplateSource(bank ? undefined : templateId, language);
  const template: FillSource | undefined = bank ?? userSource;
  const meme = useMemeDesign(template, language);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState<Design | null>(null);
  const saved = useRef<{ id: string; createdAt: string } | null>(null);
  const importInput = useRef<HTMLInputElement>(null);
  /** A memegen config.yml waiting for its picture, with the backend's words asking for it. */
  const [memegen, setMemegen] = useState<{ file: File; hint: string } | null>(null);

  /** Saves the meme as a design of the library (created on first use): what the editor and the export read. */
  const save = useCallback(async (): Promise<Design | null> => {
    const design = meme.design;
    if (!design || !template) return null;
    const api = getBridge().api;
    // Named after its first line, as people remember a meme; the layout's name until one is typed.
    const firstLine = meme.slots.map(({ slot }) => meme.lines[slot.name]?.trim() ?? '').find((line) => line !== '');
    const name = firstLine ? (firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine) : template.name[language];
    // Over a clip the meme is a video design (its scenes, timeline and video export); else a meme or a still.
    const kind = design.kind === 'video' ? 'video' : category === 'meme' ? 'meme' : 'still';
    if (!saved.current) {
      const { design: created } = await api['designs.create']({ name, format: design.format, kind });
      saved.current = { id: created.id, createdAt: created.createdAt };
    }
    const toSave: Design = { ...design, id: saved.current.id, name, kind, createdAt: saved.current.createdAt, updatedAt: new Date().toISOString() };
    await api['designs.save']({ design: toSave });
    return toSave;
  }, [meme.design, meme.slots, meme.lines, template, language, category]);

  const act = async (work: () => Promise<void>, failure = t('memes.failed')) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      toast.error(failure, errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const pickTemplate = (id: string) => {
    setTemplateId(id);
    // A new layout is a new meme: the next save creates a new design.
    saved.current = null;
  };

  const imported = (templates: TemplateSummary[]) => {
    toast.show({ kind: 'success', message: t('memes.templatesImported', { count: templates.length }) });
    // One template made here (a memegen config on its picture) opens in the form, ready to fill.
    if (templates.length === 1 && templates[0].category === category) pickTemplate(templates[0].id);
  };

  /**
   * A template file (zip) is imported whole; a memegen config.yml is read first, and when it is
   * one (the backend answers that it needs its picture) the picture is asked for.
   */
  const importTemplates = (file: File) =>
    void act(async () => {
      try {
        imported((await getBridge().api['templates.import']({ fileName: file.name, source: await stageFile(file) })).templates);
      } catch (error) {
        const detail = (error as { detail?: { key?: unknown } } | null)?.detail;
        if (detail?.key !== 'template.memegenNeedsPicture') throw error;
        setMemegen({ file, hint: errorMessage(error) });
      }
    }, t('memes.importFailed'));

  return (
    <div className="meme-screen" data-testid="meme-screen">
      <header className="meme-header">
        <button type="button" className="btn btn-ghost" onClick={() => onNavigate({ name: 'home' })} data-testid="meme-back">
          <Icon name="back" size={18} />
          {t('memes.back')}
        </button>
        <h1 className="meme-title">{t(category === 'meme' ? 'memes.title' : 'memes.templatesTitle')}</h1>
        <div className="meme-actions">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={busy || !meme.design}
            onClick={() => void act(async () => {
              if (meme.design && (await copyDesignPicture(meme.design))) toast.show({ kind: 'success', message: t('memes.copied') });
              else toast.error(t('memes.copyUnavailable'));
            })}
            data-testid="meme-copy"
          >
            <Icon name="copy" size={18} />
            {t('memes.copy')}
          </button>
          <button type="button" className="btn btn-secondary" disabled={busy || readOnly || !meme.design} onClick={() => void act(async () => setExporting(await save()))} data-testid="meme-export">
            <Icon name="download" size={18} />
            {t('memes.export')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || readOnly || !meme.design}
            onClick={() => void act(async () => {
              const design = await save();
              if (design) onNavigate({ name: 'editor', designId: design.id });
            })}
            data-testid="meme-open-editor"
          >
            <Icon name="edit" size={18} />
            {t('memes.openInEditor')}
          </button>
        </div>
      </header>
      <div className="meme-body">
        <aside className="meme-layouts" aria-label={t('memes.layouts')}>
          <label className="meme-search">
            <Icon name="search" size={16} />
            <input
              type="search"
              value={filter.query}
              placeholder={t('memes.searchPlaceholder')}
              onChange={(event) => setFilter((f) => ({ ...f, query: event.target.value }))}
              data-testid="meme-search"
            />
          </label>
          <button type="button" className="btn btn-ghost btn-small meme-import" disabled={busy || readOnly} onClick={() => importInput.current?.click()} data-testid="import-templates">
            <Icon name="upload" size={16} />
            {t('memes.importTemplates')}
          </button>
          <HiddenFileInput ref={importInput} accept=".zip,.yml,.yaml" testId="import-templates-input" onFile={importTemplates} />
          {memegen && (
            <MemegenPictureDialog
              file={memegen.file}
              hint={memegen.hint}
              onClose={() => setMemegen(null)}
              onImported={(templates) => {
                setMemegen(null);
                imported(templates);
              }}
            />
          )}
          <div className="meme-box-filter" role="group" aria-label={t('memes.boxes')}>
            {BOX_FILTERS.map((boxes) => (
              <button
                key={String(boxes)}
                type="button"
                className="meme-chip"
                aria-pressed={filter.boxes === boxes}
                onClick={() => setFilter((f) => ({ ...f, boxes }))}
                data-testid={`meme-boxes-${boxes ?? 'all'}`}
              >
                {boxes === null ? t('memes.anyBoxes') : boxes >= 4 ? t('memes.fourOrMore') : t('memes.boxCount', { count: boxes })}
              </button>
            ))}
          </div>
          {showTrash && (
            <div className="meme-trash-bar">
              <span className="meme-section-title">{t('memes.templatesTrash')}</span>
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setShowTrash(false)} data-testid="templates-trash-close">
                {t('memes.closeTrash')}
              </button>
              {userTemplates.length > 0 && (
                <button
                  type="button"
                  className="btn btn-danger-outline btn-small"
                  onClick={() => void act(async () => void (await getBridge().api['templates.emptyTrash']({})))}
                  data-testid="templates-empty-trash"
                >
                  {t('memes.emptyTrash')}
                </button>
              )}
            </div>
          )}
          {showTrash && userTemplates.length === 0 && <p className="meme-empty">{t('memes.trashEmpty')}</p>}
          {showTrash && (
            <ul className="meme-layout-grid" data-testid="trashed-templates">
              {userTemplates.map((summary) => (
                <li key={summary.id} className="meme-layout meme-trashed" data-testid="trashed-template">
                  <span className="meme-layout-name">{summary.name}</span>
                  <button type="button" className="btn btn-secondary btn-small" onClick={() => void act(async () => void (await getBridge().api['templates.restore']({ id: summary.id })))} data-testid="restore-template">
                    {t('memes.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {!showTrash && userTemplates.length > 0 && (
            <>
              <div className="meme-trash-bar">
                <h2 className="meme-section-title">{t('memes.yourTemplates')}</h2>
                <button type="button" className="btn btn-ghost btn-small" onClick={() => setShowTrash(true)} data-testid="templates-trash">
                  <Icon name="trash" size={14} />
                  {t('memes.templatesTrash')}
                </button>
              </div>
              <ul className="meme-layout-grid" data-testid="user-templates">
                {userTemplates.map((summary) => (
                  <li key={summary.id}>
                    <UserTemplateCard summary={summary} chosen={summary.id === templateId} onPick={() => pickTemplate(summary.id)} />
                  </li>
                ))}
              </ul>
              <h2 className="meme-section-title">{t('memes.bankTemplates')}</h2>
            </>
          )}
          {showTrash ? null : shown.length === 0 ? (
            <p className="meme-empty" data-testid="meme-no-layout">{t('memes.noLayout')}</p>
          ) : (
            <ul className="meme-layout-grid">
              {shown.map((entry) => (
                <li key={entry.template.id}>
                  <button
                    type="button"
                    className="meme-layout"
                    aria-pressed={entry.template.id === templateId}
                    onClick={() => pickTemplate(entry.template.id)}
                    data-testid="meme-layout"
                    data-template-id={entry.template.id}
                  >
                    <DesignPreview design={entry.design} box={120} label={entry.template.name[language]} />
                    <span className="meme-layout-name">{entry.template.name[language]}</span>
                    <span className="meme-layout-meta">{t('memes.boxCount', { count: entry.boxes })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>
        <main className="meme-stage">
          {meme.design?.kind === 'video' ? (
            <MemeVideoPreview design={meme.design} box={560} label={t('memes.preview')} />
          ) : meme.design ? (
            <DesignPreview design={meme.design} box={560} className="meme-preview" testId="meme-preview" label={t('memes.preview')} />
          ) : (
            <p className="meme-empty">{t('memes.pickLayout')}</p>
          )}
          {meme.notes.map((note, i) => (
            <p key={i} className="meme-note" role="status" data-testid="meme-note">
              {messageText(note)}
            </p>
          ))}
        </main>
        <aside className="meme-fields" aria-label={t('memes.fields')}>
          {meme.formats.length > 1 && (
            <fieldset className="meme-field">
              <legend>{t('memes.format')}</legend>
              <div className="meme-formats">
                {meme.formats.map((format) => (
                  <button
                    key={format.id}
                    type="button"
                    className="meme-chip"
                    aria-pressed={format.id === meme.format?.id}
                    onClick={() => meme.setFormatId(format.id)}
                    data-testid={`meme-format-${format.id}`}
                  >
                    {NETWORK_LABELS[format.network]} · {formatName(format, language)} · {format.ratio}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
          {meme.slots.map(({ slot }) =>
            slot.kind === 'text' ? (
              <div key={slot.name} className="meme-field">
                <label className="meme-field-text">
                  <span className="meme-field-label">{slotLabel(slot.name, t)}</span>
                  <textarea
                    rows={2}
                    value={meme.lines[slot.name] ?? ''}
                    placeholder={slot.example?.[language] ?? ''}
                    onChange={(event) => meme.setLine(slot.name, event.target.value)}
                    data-testid={`meme-line-${slot.name}`}
                  />
                </label>
                {meme.design?.kind === 'video' && (
                  <BoxTimingFields slot={slot.name} timing={meme.timings[slot.name] ?? WHOLE_CLIP} sceneMs={sceneDurationMs(meme.design.pages[0])} onChange={(timing) => meme.setTiming(slot.name, timing)} />
                )}
              </div>
            ) : slot.kind === 'image' ? (
              <PictureField
                key={slot.name}
                slot={slot.name}
                picture={meme.pictures[slot.name]}
                disabled={busy || readOnly}
                onPicture={(picture) => meme.setPicture(slot.name, picture)}
                onError={(error) => toast.error(t('memes.pictureFailed'), errorMessage(error))}
                clips={!readOnly}
              />
            ) : (
              <label key={slot.name} className="meme-field meme-color">
                <span className="meme-field-label">{slotLabel(slot.name, t)}</span>
                <input
                  type="color"
                  value={meme.colors[slot.name] ?? slotColor(meme.design, slot.name) ?? '#000000'}
                  onChange={(event) => meme.setColor(slot.name, event.target.value)}
                  data-testid={`meme-color-${slot.name}`}
                />
              </label>
            ),
          )}
        </aside>
      </div>
      {exporting && (
        <ExportDialog
          design={exporting}
          initialPage={0}
          coverByDefault={false}
          saveFirst={async () => {
            try {
              return (await save()) !== null;
            } catch {
              return false;
            }
          }}
          onClose={() => setExporting(null)}
        />
      )}
    </div>
  );
}

/** The colour a colour slot shows now (its element's fill or outline), for the colour field. */
function slotColor(design: Design | null, name: string): string | undefined {
  let found: string | undefined;
  if (!design) return found;
  walkElements(design, (el) => {
    if (el.slot?.kind !== 'color' || el.slot.name !== name) return;
    const paint = el.slot.property === 'fill' && 'fill' in el ? el.fill : 'stroke' in el ? el.stroke?.color : undefined;
    if (typeof paint === 'string' && /^#[0-9a-fA-F]{6}/.test(paint)) found = paint.slice(0, 7);
    return 'stop';
  });
  return found;
}
