/**
 * A video's Captions panel (issue 13, "Captions"): import an .srt or .vtt file, the cues (words and
 * times, editable as mm:ss.mmm), add and delete, the burned-in style with a live sample, and the
 * captions saved as .srt or .vtt. Every change runs an editor action (core/editor/actions/captions.ts);
 * files are read and written here (core/video/captions.ts), nothing else is.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, defaultCaptionStyle, type HeadlessEditor } from '../../../core/editor';
import { BUNDLED_FONTS } from '../../../core/render/fonts';
import { CAPTION_POSITIONS, CAPTION_PRESETS } from '../../../core/schema/constants';
import type { Captions, Cue, Design } from '../../../core/schema/design';
import { captionFormatOf, formatClock, MAX_CAPTION_FILE_CHARS, parseClock, serializeCaptions, type CaptionFormat } from '../../../core/video/captions';
import { msg } from '../../../core/messages';
import { safeFileStem } from '../../../core/files/names';
import { errorMessage, messageText } from '../shared/errors';
import { Icon } from '../shared/Icon';
import { ColorField } from './ColorField';
import { NumberField } from './NumberField';
import { SidePanel } from './SidePanel';

export function CaptionsPanel({ design, editor, readOnly, onClose }: { design: Design; editor: HeadlessEditor; readOnly: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const captions = design.captions;
  const cues = captions?.cues ?? [];
  const style = captions ?? { ...defaultCaptionStyle(design.format.width), cues: [] };
  const disabled = readOnly || !editor.can(ACTIONS.addCue);

  const importFile = async (file: File) => {
    setError(null);
    // UTF-8 takes at most four bytes a character: anything larger is refused before it is read.
    if (file.size > MAX_CAPTION_FILE_CHARS * 4) {
      setError(messageText(msg('captions.tooLarge', { max: Math.round(MAX_CAPTION_FILE_CHARS / 1_000_000) })));
      return;
    }
    try {
      const text = await file.text();
      editor.run(ACTIONS.importCaptions, { text, ...(captionFormatOf(file.name) ? { format: captionFormatOf(file.name)! } : {}) });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const download = (format: CaptionFormat) => {
    const blob = new Blob([serializeCaptions(cues, format)], { type: format === 'vtt' ? 'text/vtt' : 'application/x-subrip' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${safeFileStem(design.name)}.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const addCue = () => {
    const last = cues[cues.length - 1];
    editor.run(ACTIONS.addCue, { atMs: last ? last.endMs : 0, text: t('editor.captions.newCue') });
  };

  return (
    <SidePanel title={t('editor.captions.title')} testId="captions-panel" onClose={onClose}>
      <div className="captions-panel">
        <div className="button-row">
          <button type="button" className="btn btn-secondary btn-small" disabled={disabled} onClick={() => fileRef.current?.click()} data-testid="captions-import">
            {t('editor.captions.import')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".srt,.vtt,text/vtt"
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
            data-testid="captions-file"
          />
          <button type="button" className="btn btn-secondary btn-small" disabled={cues.length === 0} onClick={() => download('srt')} data-testid="captions-export-srt">
            {t('editor.captions.exportAs', { format: '.srt' })}
          </button>
          <button type="button" className="btn btn-secondary btn-small" disabled={cues.length === 0} onClick={() => download('vtt')} data-testid="captions-export-vtt">
            {t('editor.captions.exportAs', { format: '.vtt' })}
          </button>
        </div>
        {error && (
          <p className="captions-error" role="alert" data-testid="captions-error">
            {error}
          </p>
        )}

        <section className="panel-section">
          <span className="field-label">{t('editor.captions.cues', { count: cues.length })}</span>
          {cues.length === 0 && <p className="side-panel-hint">{t('editor.captions.empty')}</p>}
          <ol className="cue-list" data-testid="cue-list">
            {cues.map((cue, index) => (
              <CueRow key={cue.id} cue={cue} index={index} editor={editor} disabled={disabled} />
            ))}
          </ol>
          <button type="button" className="btn btn-secondary btn-small" disabled={disabled} onClick={addCue} data-testid="captions-add">
            {t('editor.captions.add')}
          </button>
        </section>

        <section className="panel-section" data-testid="captions-style">
          <span className="field-label">{t('editor.captions.style')}</span>
          <CaptionSample captions={style} />
          <label className="checkbox-row">
            <input type="checkbox" checked={style.burnIn} disabled={disabled} onChange={() => editor.run(ACTIONS.setCaptionStyle, { burnIn: !style.burnIn })} data-testid="captions-burn-in" />
            <span>{t('editor.captions.burnIn')}</span>
          </label>
          <div className="field">
            <label className="field-label" htmlFor="caption-preset">
              {t('editor.captions.preset')}
            </label>
            <select id="caption-preset" className="input" value={style.preset} disabled={disabled} onChange={(e) => editor.run(ACTIONS.setCaptionStyle, { preset: e.target.value as Captions['preset'] })} data-testid="captions-preset">
              {CAPTION_PRESETS.map((preset) => (
                <option key={preset} value={preset}>
                  {t(`editor.captions.presets.${preset}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <span className="field-label">{t('editor.captions.position')}</span>
            <div className="segmented" role="radiogroup" aria-label={t('editor.captions.position')}>
              {CAPTION_POSITIONS.map((position) => (
                <button key={position} type="button" role="radio" className="segmented-btn segmented-text" aria-checked={style.position === position} disabled={disabled} onClick={() => editor.run(ACTIONS.setCaptionStyle, { position })} data-testid={`captions-position-${position}`}>
                  {t(`editor.captions.positions.${position}`)}
                </button>
              ))}
            </div>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="caption-font">
              {t('editor.captions.font')}
            </label>
            <select id="caption-font" className="input" value={style.fontFamily} disabled={disabled} onChange={(e) => editor.run(ACTIONS.setCaptionStyle, { fontFamily: e.target.value })} data-testid="captions-font">
              {BUNDLED_FONTS.map((font) => (
                <option key={font.family} value={font.family}>
                  {font.family}
                </option>
              ))}
            </select>
          </div>
          <NumberField label={t('editor.captions.size')} unit="px" value={style.fontSize} min={8} max={400} decimals={0} disabled={disabled} onChange={(fontSize) => editor.run(ACTIONS.setCaptionStyle, { fontSize, control: 'fontSize' })} testId="captions-size" />
          <ColorField label={t('editor.captions.color')} value={style.color} onChange={(color) => editor.run(ACTIONS.setCaptionStyle, { color, control: 'color' })} testId="captions-color" />
          <ColorField label={t('editor.captions.accent')} value={style.accent} onChange={(accent) => editor.run(ACTIONS.setCaptionStyle, { accent, control: 'accent' })} testId="captions-accent" />
        </section>
      </div>
    </SidePanel>
  );
}

function CueRow({ cue, index, editor, disabled }: { cue: Cue; index: number; editor: HeadlessEditor; disabled: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(cue.text);
  useEffect(() => setText(cue.text), [cue.text]);
  return (
    <li className="cue-row" data-testid={`cue-${index}`}>
      <div className="cue-times">
        <ClockInput label={t('editor.captions.start')} value={cue.startMs} disabled={disabled} onCommit={(startMs) => editor.run(ACTIONS.updateCue, { id: cue.id, startMs })} testId={`cue-${index}-start`} />
        <span aria-hidden="true">→</span>
        <ClockInput label={t('editor.captions.end')} value={cue.endMs} disabled={disabled} onCommit={(endMs) => editor.run(ACTIONS.updateCue, { id: cue.id, endMs })} testId={`cue-${index}-end`} />
        <button type="button" className="icon-btn" disabled={disabled} onClick={() => editor.run(ACTIONS.deleteCue, { id: cue.id })} aria-label={t('editor.captions.delete')} title={t('editor.captions.delete')} data-testid={`cue-${index}-delete`}>
          <Icon name="trash" size={16} />
        </button>
      </div>
      <textarea
        className="input cue-text"
        rows={2}
        value={text}
        disabled={disabled}
        aria-label={t('editor.captions.text', { index: index + 1 })}
        onChange={(event) => {
          setText(event.target.value);
          editor.run(ACTIONS.updateCue, { id: cue.id, text: event.target.value });
        }}
        onBlur={() => setText(cue.text)}
        data-testid={`cue-${index}-text`}
      />
    </li>
  );
}

/** A cue's time as mm:ss.mmm: typed as a draft, committed on Enter or leaving the field; what cannot be read is marked and put back. */
function ClockInput({ label, value, disabled, onCommit, testId }: { label: string; value: number; disabled: boolean; onCommit: (ms: number) => void; testId: string }) {
  const [draft, setDraft] = useState(formatClock(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(formatClock(value)), [value]);
  const commit = () => {
    const ms = parseClock(draft);
    if (ms === null) {
      setInvalid(true);
      setDraft(formatClock(value));
      return;
    }
    setInvalid(false);
    onCommit(ms);
    // The action may keep the time between the neighbours: show what was kept.
    setDraft(formatClock(value));
  };
  return (
    <input
      className="input cue-time"
      value={draft}
      disabled={disabled}
      aria-label={label}
      aria-invalid={invalid || undefined}
      inputMode="decimal"
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(formatClock(value));
      }}
      data-testid={testId}
    />
  );
}

/**
 * The style on a sample line, drawn with CSS: the text colour and font, the outline, the box, and
 * the second word as the word presets show the word being spoken.
 */
function CaptionSample({ captions }: { captions: Omit<Captions, 'cues'> }) {
  const { t } = useTranslation();
  const words = t('editor.captions.sample').split(' ');
  const outline = '0 0 2px #000, 0 0 2px #000, 1px 1px 0 #000, -1px -1px 0 #000';
  const base: CSSProperties = { color: captions.color, fontFamily: `"${captions.fontFamily}", Inter, sans-serif`, fontWeight: 700, textShadow: captions.preset === 'box' ? undefined : outline };
  const current = (index: number): CSSProperties | undefined => {
    if (index !== 1) return undefined;
    switch (captions.preset) {
      case 'highlight':
        return { color: captions.accent };
      case 'scale':
        return { display: 'inline-block', transform: 'scale(1.25)', margin: '0 0.15em' };
      case 'pill':
        return { background: captions.accent, borderRadius: '0.3em', padding: '0 0.2em', textShadow: 'none' };
      default:
        return undefined;
    }
  };
  return (
    <div className={`caption-sample caption-sample-${captions.position}`} data-testid="captions-sample" data-preset={captions.preset}>
      <span style={{ ...base, ...(captions.preset === 'box' ? { background: captions.accent, padding: '0.1em 0.3em' } : {}) }}>
        {words.map((word, index) => (
          <span key={index}>
            {index > 0 && ' '}
            <span style={current(index)}>{word}</span>
          </span>
        ))}
      </span>
    </div>
  );
}
