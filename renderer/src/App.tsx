/** Top level: which screen is showing, plus app-wide dialogs and notices. */
import { useState } from 'react';
import type { LanguageSetting } from './i18n';
import { useHashRoute } from './useHashRoute';
import { HomeScreen } from './home/HomeScreen';
import { EditorScreen } from './editor/EditorScreen';
import { SettingsDialog } from './settings/SettingsDialog';
import { useLanguageSetting } from './settings/useLanguageSetting';
import { useGlobalErrorToasts } from './shared/useGlobalErrorToasts';
import { useStartupNotices } from './shared/useStartupNotices';
import { useMenuCommand } from './shared/useMenuCommand';
import { useUserFormatsSync } from './shared/userFormats';

export function App({ initialLanguageSetting }: { initialLanguageSetting: LanguageSetting }) {
  const [route, navigate] = useHashRoute();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const language = useLanguageSetting(initialLanguageSetting);
  const appInfo = useStartupNotices();
  useGlobalErrorToasts();
  // The user's own formats: labels of designs made from one read their name from this list.
  useUserFormatsSync();
  // File > New design: back to the home screen (the editor saves on exit) with the format picker open.
  const [newDesignRequest, setNewDesignRequest] = useState(0);
  useMenuCommand('new-design', () => {
    navigate({ name: 'home' });
    setNewDesignRequest((n) => n + 1);
  });

  return (
    <>
      {route.name === 'editor' ? (
        <EditorScreen key={route.designId} designId={route.designId} onExit={() => navigate({ name: 'home' })} />
      ) : (
        <HomeScreen
          view={route.name === 'trash' ? 'trash' : 'designs'}
          readOnly={appInfo?.readOnly ?? false}
          onNavigate={navigate}
          onOpenSettings={() => setSettingsOpen(true)}
          newDesignRequest={newDesignRequest}
        />
      )}
      {settingsOpen && (
        <SettingsDialog setting={language.setting} onChange={language.change} version={appInfo?.version} onClose={() => setSettingsOpen(false)} />
      )}
    </>
  );
}
