/**
 * Top level: which screen is showing, plus app-wide dialogs and notices.
 *
 * The editor is in the main bundle: opening a design is the start that has a budget (docs/architecture.md,
 * Budgets: 500 ms), and everything it does not need loads apart: the home, library, meme and settings screens
 * are chunks of their own, fetched when shown (and, from the editor, once it is idle).
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { LanguageSetting } from './i18n';
import { useHashRoute, type Route } from './useHashRoute';
import { forgetCalendarData, prefetchCalendarData } from './calendar/calendarData';
import { EditorScreen } from './editor/EditorScreen';
import { useLanguageSetting } from './settings/useLanguageSetting';
import { useGlobalErrorToasts } from './shared/useGlobalErrorToasts';
import { useStartupNotices } from './shared/useStartupNotices';
import { useMenuCommand } from './shared/useMenuCommand';
import { useUserFormatsSync } from './shared/userFormats';
import { JobsTray } from './jobs/JobsTray';

const loadHome = () => import('./home/HomeScreen');
const loadLibrary = () => import('./library/LibraryScreen');
const loadSettings = () => import('./settings/SettingsDialog');
const loadMemes = () => import('./memes/MemeScreen');
const loadCalendar = () => import('./calendar/CalendarScreen');
const loadPostEditor = () => import('./posts/PostEditorScreen');
const loadEditorial = () => import('./editorial/EditorialScreen');
const HomeScreen = lazy(() => loadHome().then((module) => ({ default: module.HomeScreen })));
const LibraryScreen = lazy(() => loadLibrary().then((module) => ({ default: module.LibraryScreen })));
const EditorialScreen = lazy(() => loadEditorial().then((module) => ({ default: module.EditorialScreen })));
const MemeScreen = lazy(() => loadMemes().then((module) => ({ default: module.MemeScreen })));
const CalendarScreen = lazy(() => loadCalendar().then((module) => ({ default: module.CalendarScreen })));
const PostEditorScreen = lazy(() => loadPostEditor().then((module) => ({ default: module.PostEditorScreen })));
const SettingsDialog = lazy(() => loadSettings().then((module) => ({ default: module.SettingsDialog })));

/**
 * A screen about to show: what it asks first is sent now, while its code loads, not after (the
 * calendar: docs/architecture.md, Budgets, the month view with 500 posts). main.tsx calls it at
 * boot; App on every change of screen.
 */
export function startScreen(route: Route): void {
  switch (route.name) {
    case 'calendar':
      prefetchCalendarData();
      void loadCalendar().catch(() => undefined); // React.lazy reports a failure when it renders
      return;
    case 'home':
    case 'trash':
    case 'library':
    case 'editorial':
    case 'meme':
    case 'templates':
    case 'editor':
    case 'post':
      forgetCalendarData();
      return;
  }
}

/**
 * A while after start, when the page is idle, the other screens' code: leaving the editor then
 * shows home at once. Not sooner: the editor's first frame waits on the network in places, and
 * idle moments there are not the time to compile other screens.
 */
function usePrefetchScreens(): void {
  useEffect(() => {
    const prefetch = () => void Promise.all([loadHome(), loadLibrary(), loadSettings(), loadCalendar()]).catch(() => undefined);
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(prefetch, { timeout: 3000 });
      else prefetch();
    }, 2000);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
}

export function App({ initialLanguageSetting }: { initialLanguageSetting: LanguageSetting }) {
  const [route, navigate] = useHashRoute();
  // On a change of screen (once, also under StrictMode's second render), before it renders and suspends.
  const shownRoute = useRef<Route | null>(null);
  if (shownRoute.current?.name !== route.name) {
    if (shownRoute.current) startScreen(route);
    shownRoute.current = route;
  }
  const [settingsOpen, setSettingsOpen] = useState(false);
  const language = useLanguageSetting(initialLanguageSetting);
  const appInfo = useStartupNotices();
  useGlobalErrorToasts();
  // The user's own formats: labels of designs made from one read their name from this list.
  useUserFormatsSync();
  usePrefetchScreens();
  // File > New design: back to the home screen (the editor saves on exit) with the format picker open.
  const [newDesignRequest, setNewDesignRequest] = useState(0);
  useMenuCommand('new-design', () => {
    navigate({ name: 'home' });
    setNewDesignRequest((n) => n + 1);
  });

  return (
    <Suspense fallback={null}>
      {route.name === 'editor' ? (
        <EditorScreen key={route.designId} designId={route.designId} onExit={() => navigate({ name: 'home' })} onPlanPost={(postId) => navigate({ name: 'post', postId })} />
      ) : route.name === 'post' ? (
        <PostEditorScreen key={route.postId} postId={route.postId} readOnly={appInfo?.readOnly ?? false} onNavigate={navigate} />
      ) : route.name === 'meme' ? (
        <MemeScreen key="meme" onNavigate={navigate} readOnly={appInfo?.readOnly ?? false} />
      ) : route.name === 'templates' ? (
        <MemeScreen key="templates" category="post" initialTemplateId={route.templateId} onNavigate={navigate} readOnly={appInfo?.readOnly ?? false} />
      ) : route.name === 'calendar' ? (
        <CalendarScreen readOnly={appInfo?.readOnly ?? false} onOpenSettings={() => setSettingsOpen(true)} />
      ) : route.name === 'editorial' ? (
        <EditorialScreen readOnly={appInfo?.readOnly ?? false} onOpenSettings={() => setSettingsOpen(true)} />
      ) : route.name === 'library' ? (
        <LibraryScreen readOnly={appInfo?.readOnly ?? false} onNavigate={navigate} onOpenSettings={() => setSettingsOpen(true)} />
      ) : (
        <HomeScreen
          view={route.name === 'trash' ? 'trash' : 'designs'}
          readOnly={appInfo?.readOnly ?? false}
          onNavigate={navigate}
          onOpenSettings={() => setSettingsOpen(true)}
          newDesignRequest={newDesignRequest}
        />
      )}
      <JobsTray />
      {settingsOpen && (
        <SettingsDialog setting={language.setting} onChange={language.change} version={appInfo?.version} onClose={() => setSettingsOpen(false)} />
      )}
    </Suspense>
  );
}
