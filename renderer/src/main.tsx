/**
 * Boot: language first (so the very first paint speaks the user's language), fonts, then React.
 * Nothing here may leave a blank window: every failure still renders the app or the error screen.
 * Opening straight on a design (#/design/<id>: a reload, a restored window) fetches it meanwhile;
 * on the calendar, its code and its posts (App.tsx `startScreen`).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from './bridge';
import { initI18n, resolveLanguage, systemLanguage, type LanguageSetting } from './i18n';
import { loadFontFamilies } from './fonts/loadFonts';
import { App, startScreen } from './App';
import { parseRoute } from './useHashRoute';
import { prefetchDesign } from './editor/useLoadedDesign';
import { loadUserFormats } from './shared/userFormats';
import { ErrorBoundary } from './shared/ErrorBoundary';
import { ToastProvider } from './shared/ToastProvider';
import './styles/base.css';
import './styles/chips.css';

async function readLanguageSetting(): Promise<LanguageSetting> {
  try {
    return (await getBridge().api['settings.get']({})).language;
  } catch (error) {
    console.warn('settings unavailable, following the OS language', error);
    return 'system';
  }
}

/**
 * The interface's own face (Inter) before first paint; capped so a broken file can't hold the UI
 * hostage. index.html preloads its files, so this mostly waits for downloads already under way.
 */
function fontsWithin(ms: number): Promise<void> {
  return Promise.race([loadFontFamilies(['Inter']), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const route = parseRoute(window.location.hash);
  if (route.name === 'editor') prefetchDesign(route.designId);
  else startScreen(route);
  // Meanwhile too, so the first paint already labels designs made from the user's own formats.
  void loadUserFormats();
  const [setting] = await Promise.all([readLanguageSetting(), fontsWithin(4000)]);
  await initI18n(resolveLanguage(setting));
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>
        <ToastProvider>
          <App initialLanguageSetting={setting} />
        </ToastProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  // React never started: say so in the page itself (still no inline script involved).
  const message = document.createElement('pre');
  message.className = 'boot-error';
  // i18n may be what failed, so this one line carries both languages.
  const lead = systemLanguage() === 'fr' ? 'Affiche n’a pas pu démarrer.' : 'Affiche could not start.';
  message.textContent = `${lead}\n${error instanceof Error ? error.message : String(error)}`;
  document.body.replaceChildren(message);
});
