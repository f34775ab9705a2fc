/**
 * Plain words for any failure, in the UI's language: a backend error carries a message key and
 * its parameters (core/messages), rendered here; anything else shows its own message.
 */
import i18next from 'i18next';
import { formatMessage, type Message } from '../../../core/messages';
import { currentLanguage } from '../i18n';

/** A backend message (a notice, an import refusal, an auto-fix note) in the UI's language. */
export function messageText(message: Message): string {
  return formatMessage(message, currentLanguage());
}

export function errorMessage(error: unknown): string {
  const detail = (error as { detail?: unknown } | null)?.detail;
  if (detail && typeof detail === 'object' && typeof (detail as Message).key === 'string') return messageText(detail as Message);
  if (error instanceof Error && error.message.trim()) return error.message;
  if (typeof error === 'string' && error.trim()) return error;
  return i18next.t('errors.unknown');
}

/** The user stopped it (a job cancelled, a save dialog closed): nothing to report as a failure. */
export function isCancelled(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'cancelled';
}
