import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../useHashRoute';
import { NewDesignDialog } from '../newDesign/NewDesignDialog';
import { useCreateDesign } from '../newDesign/useCreateDesign';
import { Icon } from '../shared/Icon';
import { useToast } from '../shared/toastContext';
import { AppHeader } from './AppHeader';
import { CarouselFromTextDialog } from './CarouselFromTextDialog';
import { DesignsView } from './DesignsView';
import { QuickStart } from './QuickStart';
import { TemplateStarts } from './TemplateStarts';
import { TrashView } from './TrashView';
import { useDesignActions } from './useDesignActions';
import { useDesignList } from './useDesignList';
import './home.css';

interface HomeScreenProps {
  view: 'designs' | 'trash';
  readOnly: boolean;
  onNavigate: (route: Route) => void;
  onOpenSettings: () => void;
  /** Increments each time the application menu asks for a new design. */
  newDesignRequest?: number;
}

export function HomeScreen({ view, readOnly, onNavigate, onOpenSettings, newDesignRequest = 0 }: HomeScreenProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [newDesignOpen, setNewDesignOpen] = useState(false);
  const [carouselTextOpen, setCarouselTextOpen] = useState(false);
  useEffect(() => {
    if (newDesignRequest > 0 && !readOnly) setNewDesignOpen(true);
  }, [newDesignRequest, readOnly]);
  const list = useDesignList(view === 'trash');
  const open = useCallback((designId: string) => onNavigate({ name: 'editor', designId }), [onNavigate]);
  const openPost = useCallback((postId: string) => onNavigate({ name: 'post', postId }), [onNavigate]);
  const actions = useDesignActions(list.refresh, open, openPost);
  const quick = useCreateDesign(open);

  const { error: quickError, clearError } = quick;
  useEffect(() => {
    if (!quickError) return;
    toast.error(t('newDesign.createFailed'), quickError);
    clearError();
  }, [quickError, clearError, toast, t]);

  return (
    <div className="home" data-testid="home">
      <AppHeader
        readOnly={readOnly}
        onNewDesign={() => setNewDesignOpen(true)}
        onCarouselFromText={() => setCarouselTextOpen(true)}
        onOpenFile={(file) => void actions.importFile(file)}
        onOpenSettings={onOpenSettings}
      />
      <div className="home-body">
        <nav className="home-nav" aria-label={t('home.navLabel')}>
          <a href="#/" className="home-nav-link" aria-current={view === 'designs' ? 'page' : undefined} data-testid="nav-designs">
            <Icon name="grid" size={18} />
            {t('home.navDesigns')}
          </a>
          <a href="#/trash" className="home-nav-link" aria-current={view === 'trash' ? 'page' : undefined} data-testid="nav-trash">
            <Icon name="trash" size={18} />
            {t('home.navTrash')}
          </a>
        </nav>
        <main className="home-main">
          {readOnly && (
            <p className="banner banner-warning" role="status">
              {t('home.readOnly')}
            </p>
          )}
          {view === 'trash' ? (
            <TrashView list={list} actions={actions} readOnly={readOnly} />
          ) : (
            <>
              <QuickStart onPick={(format) => void quick.fromFormat(format)} onMore={() => setNewDesignOpen(true)} disabled={readOnly || quick.busy} />
              {!readOnly && <TemplateStarts />}
              <div className="view-header">
                <h1 className="view-title">{t('home.title')}</h1>
              </div>
              <DesignsView list={list} actions={actions} onOpen={open} onNewDesign={() => setNewDesignOpen(true)} readOnly={readOnly} />
            </>
          )}
        </main>
      </div>
      {newDesignOpen && <NewDesignDialog onClose={() => setNewDesignOpen(false)} onCreated={open} />}
      {carouselTextOpen && <CarouselFromTextDialog onClose={() => setCarouselTextOpen(false)} onCreated={open} />}
    </div>
  );
}
