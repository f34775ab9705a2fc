import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HiddenFileInput } from '../shared/HiddenFileInput';
import { Icon } from '../shared/Icon';
import { LogoMark } from '../shared/Logo';

interface AppHeaderProps {
  onNewDesign?: () => void;
  /** Opens "Carousel from text" (the button shows only where this is given). */
  onCarouselFromText?: () => void;
  onOpenFile?: (file: File) => void;
  onOpenSettings: () => void;
  readOnly: boolean;
  /** The top-level section shown, highlighted in the section links (Designs, Library, Calendar, Editorial line). */
  section?: 'designs' | 'library' | 'calendar' | 'editorial';
  /** A screen's own buttons, in place of Open file and New design (the library's Import). */
  actions?: ReactNode;
}

export function AppHeader({ onNewDesign, onCarouselFromText, onOpenFile, onOpenSettings, readOnly, section = 'designs', actions }: AppHeaderProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <header className="app-header">
      <div className="app-brand">
        <LogoMark size={32} />
        <span className="app-name">{t('app.name')}</span>
        <nav className="app-sections" aria-label={t('library.sectionsLabel')}>
          <a href="#/" className="app-section-link" aria-current={section === 'designs' ? 'page' : undefined} data-testid="section-designs">
            {t('home.navDesigns')}
          </a>
          <a href="#/library" className="app-section-link" aria-current={section === 'library' ? 'page' : undefined} data-testid="nav-library">
            {t('library.title')}
          </a>
          <a href="#/calendar" className="app-section-link" aria-current={section === 'calendar' ? 'page' : undefined} data-testid="nav-calendar">
            {t('calendar.title')}
          </a>
          <a href="#/editorial" className="app-section-link" aria-current={section === 'editorial' ? 'page' : undefined} data-testid="nav-editorial">
            {t('editorial.title')}
          </a>
        </nav>
      </div>
      <div className="app-header-actions">
        {actions ?? (
          <>
            <HiddenFileInput ref={fileInput} accept=".affiche" testId="open-file-input" onFile={(file) => onOpenFile?.(file)} />
            <button type="button" className="btn btn-secondary app-header-secondary" title={t('home.openFile')} disabled={readOnly} onClick={() => fileInput.current?.click()} data-testid="open-file">
              <Icon name="folder" size={18} />
              <span className="app-header-label">{t('home.openFile')}</span>
            </button>
            <a href="#/meme" className="btn btn-secondary app-header-secondary" title={t('home.newMeme')} aria-disabled={readOnly || undefined} onClick={(event) => readOnly && event.preventDefault()} data-testid="new-meme">
              <Icon name="sparkle" size={18} />
              <span className="app-header-label">{t('home.newMeme')}</span>
            </a>
            {onCarouselFromText && (
              <button type="button" className="btn btn-secondary app-header-secondary" title={t('home.carouselFromText')} disabled={readOnly} onClick={onCarouselFromText} data-testid="carousel-from-text">
                <Icon name="text" size={18} />
                <span className="app-header-label">{t('home.carouselFromText')}</span>
              </button>
            )}
            <button type="button" className="btn btn-primary" disabled={readOnly} onClick={onNewDesign} data-testid="new-design">
              <Icon name="plus" size={18} />
              {t('home.newDesign')}
            </button>
          </>
        )}
        <button type="button" className="icon-btn" aria-label={t('settings.title')} title={t('settings.title')} onClick={onOpenSettings} data-testid="open-settings">
          <Icon name="settings" />
        </button>
      </div>
    </header>
  );
}
