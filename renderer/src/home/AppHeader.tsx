import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HiddenFileInput } from '../shared/HiddenFileInput';
import { Icon } from '../shared/Icon';
import { LogoMark } from '../shared/Logo';

interface AppHeaderProps {
  onNewDesign: () => void;
  onOpenFile: (file: File) => void;
  onOpenSettings: () => void;
  readOnly: boolean;
}

export function AppHeader({ onNewDesign, onOpenFile, onOpenSettings, readOnly }: AppHeaderProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="app-header">
      <div className="app-brand">
        <LogoMark size={32} />
        <span className="app-name">{t('app.name')}</span>
      </div>
      <div className="app-header-actions">
        <HiddenFileInput ref={fileInput} accept=".affiche" testId="open-file-input" onFile={onOpenFile} />
        <button type="button" className="btn btn-secondary" disabled={readOnly} onClick={() => fileInput.current?.click()} data-testid="open-file">
          <Icon name="folder" size={18} />
          {t('home.openFile')}
        </button>
        <button type="button" className="btn btn-primary" disabled={readOnly} onClick={onNewDesign} data-testid="new-design">
          <Icon name="plus" size={18} />
          {t('home.newDesign')}
        </button>
        <button type="button" className="icon-btn" aria-label={t('settings.title')} title={t('settings.title')} onClick={onOpenSettings} data-testid="open-settings">
          <Icon name="settings" />
        </button>
      </div>
    </header>
  );
}
