import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors';
import { useToast } from './toastContext';

/** A promise nobody awaited still reaches the user as a toast instead of dying in the console. */
export function useGlobalErrorToasts(): void {
  const toast = useToast();
  const { t } = useTranslation();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      console.error(event.reason);
      toast.error(t('errors.unexpected'), errorMessage(event.reason));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [toast, t]);
}
