/** Plain words for any failure: the backend's own message when there is one. */
import i18next from 'i18next';

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message.trim()) return error.message;
  if (typeof error === 'string' && error.trim()) return error;
  return i18next.t('errors.unknown');
}
