import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';
import { formatLabel } from '../shared/formatLabel';
import type { FormatRef, Panorama } from '../../../core/schema/design';
import type { SaveState } from './autosave';
import { SaveStatus } from './SaveStatus';
import { HISTORY } from '../../../core/editor';
import { currentLanguage } from '../i18n';
import { commandTitle } from './commands';

interface TopBarProps {
  name: string;
  format: FormatRef;
  /** A panorama says so and names its slides' format, not its wide page's custom size. */
  panorama?: Panorama;
  saveState: SaveState;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onBack: () => void;
  onRename: (name: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  onRetrySave: () => void;
  onExport: () => void;
  /** The design in a phone as its network shows it, and the profile grid (renderer/src/preview). */
  onPreview: () => void;
  /** "Plan a post" with this design (renderer/src/posts). */
  onPlanPost?: () => void;
  /** Shown when the design has slots: a copy joins the user's templates. */
  onSaveAsTemplate?: () => void;
}

export function TopBar(props: TopBarProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.name);
  useEffect(() => setDraft(props.name), [props.name]);

  const commit = () => {
    const clean = draft.trim().slice(0, 200);
    if (clean && clean !== props.name) props.onRename(clean);
    else setDraft(props.name);
  };

  return (
    <header className="topbar">
      <div className="topbar-left">
        <button type="button" className="btn btn-ghost topbar-back" onClick={props.onBack} data-testid="back-home">
          <Icon name="back" size={18} />
          {t('editor.backHome')}
        </button>
        <span className="topbar-divider" aria-hidden="true" />
        <div className="topbar-title">
          <input
            className="topbar-name"
            value={draft}
            maxLength={200}
            disabled={props.readOnly}
            aria-label={t('editor.designName')}
            data-testid="design-name"
            onChange={(event) => setDraft(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
              if (event.key === 'Escape') {
                setDraft(props.name);
                requestAnimationFrame(() => (event.target as HTMLInputElement).blur());
              }
            }}
          />
          <span className="topbar-format" data-testid="topbar-format">
            {props.panorama
              ? t('editor.panorama.format', { count: props.panorama.slides, format: formatLabel(props.panorama.slide, t('formats.custom')) })
              : formatLabel(props.format, t('formats.custom'))}
          </span>
        </div>
        <SaveStatus state={props.saveState} readOnly={props.readOnly} onRetry={props.onRetrySave} />
      </div>
      <div className="topbar-right">
        <button type="button" className="icon-btn" onClick={props.onUndo} disabled={!props.canUndo} aria-label={t('editor.undo')} title={commandTitle(HISTORY.undo, t, currentLanguage())} data-testid="undo">
          <Icon name="undo" />
        </button>
        <button type="button" className="icon-btn" onClick={props.onRedo} disabled={!props.canRedo} aria-label={t('editor.redo')} title={commandTitle(HISTORY.redo, t, currentLanguage())} data-testid="redo">
          <Icon name="redo" />
        </button>
        {props.onSaveAsTemplate && (
          <button type="button" className="btn btn-secondary" onClick={props.onSaveAsTemplate} disabled={props.readOnly} data-testid="save-as-template">
            <Icon name="star" size={18} />
            {t('editor.saveAsTemplate')}
          </button>
        )}
        {props.onPlanPost && (
          <button type="button" className="btn btn-secondary topbar-plan-post" onClick={props.onPlanPost} title={t('postEditor.planPost')} data-testid="plan-post">
            <Icon name="calendar" size={18} />
            <span className="topbar-plan-post-label">{t('postEditor.planPost')}</span>
          </button>
        )}
        <button type="button" className="btn btn-secondary" onClick={props.onPreview} title={t('preview.openHint')} data-testid="open-preview">
          <Icon name="phone" size={18} />
          {t('preview.open')}
        </button>
        <button type="button" className="btn btn-primary" onClick={props.onExport} data-testid="open-export">
          <Icon name="download" size={18} />
          {t('editor.export')}
        </button>
      </div>
    </header>
  );
}
