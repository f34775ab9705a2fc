import { useCallback, useState } from 'react';
import { getBridge } from '../bridge';
import { applyLanguage, resolveLanguage, type LanguageSetting } from '../i18n';
import { useLibraryChanged } from '../shared/useLibraryChanged';

/** The language setting (system / fr / en), saved in the library and applied to the UI at once. */
export function useLanguageSetting(initial: LanguageSetting) {
  const [setting, setSetting] = useState<LanguageSetting>(initial);

  const change = useCallback(async (next: LanguageSetting) => {
    const saved = await getBridge().api['settings.update']({ language: next });
    setSetting(saved.language);
    await applyLanguage(resolveLanguage(saved.language));
  }, []);

  // Another window (or the CLI) changed it.
  useLibraryChanged('settings', () => {
    getBridge()
      .api['settings.get']({})
      .then(async (settings) => {
        setSetting(settings.language);
        await applyLanguage(resolveLanguage(settings.language));
      })
      .catch((error) => console.warn('could not reload settings', error));
  });

  return { setting, change };
}
