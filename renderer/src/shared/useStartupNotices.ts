import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../core/api';
import { getBridge } from '../bridge';
import { errorMessage, messageText } from './errors';
import { useToast } from './toastContext';

type AppInfo = ResultOf<'app.info'>;

/**
 * Asks the backend how it started once: a read-only library, a file restored from a backup or a
 * missing ffmpeg are said up front, in a toast, rather than discovered by a failed save.
 */
export function useStartupNotices(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const toast = useToast();
  const { t } = useTranslation();

  useEffect(() => {
    let cancelled = false;
    getBridge()
      .api['app.info']({})
      .then((result) => {
        if (cancelled) return;
        setInfo(result);
        for (const notice of result.notices) {
          // The notice is a message (key and params): said in the UI's language.
          toast.show({ kind: notice.level === 'info' ? 'info' : 'error', message: t('notices.library'), detail: messageText(notice) });
        }
      })
      .catch((error) => {
        if (!cancelled) toast.error(t('errors.backendUnavailable'), errorMessage(error));
      });
    return () => {
      cancelled = true;
    };
    // Once per app start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return info;
}
