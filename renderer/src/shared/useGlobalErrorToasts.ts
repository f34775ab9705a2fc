import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors';
import { useToast } from './toastContext';

/** Browser noise that is not a failure the user can do anything about. */
const BENIGN = [/ResizeObserver loop/];

/**
 * Errors no component caught (a promise nobody awaited, a throw in an event handler — error
 * boundaries only see render errors) still reach the user as a toast instead of dying in the console.
 */
export function useGlobalErrorToasts(): void {
  const toast = useToast();
  const { t } = useTranslation();
  useEffect(() => {
    const report = (reason: unknown) => {
      const message = errorMessage(reason);
      if (BENIGN.some((pattern) => pattern.test(message))) return;
      console.error(reason);
      toast.error(t('errors.unexpected'), message);
    };
    const onRejection = (event: PromiseRejectionEvent) => report(event.reason);
    const onError = (event: ErrorEvent) => report(event.error ?? event.message);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, [toast, t]);
}
