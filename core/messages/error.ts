/**
 * Errors that carry a Message. The backend's UserError, the schema's SchemaError and the refusals
 * of the import and archive readers all keep theirs in `detail`: a client renders it in its own
 * language, and `message` holds the English text (logs, the CLI). See docs/architecture.md,
 * "Errors and messages".
 */
import { formatMessage, isMessage, type Message } from './format';

/** An error whose `message` is the English text of `detail`. */
export class MessageError extends Error {
  readonly detail: Message;
  constructor(detail: Message) {
    super(formatMessage(detail, 'en'));
    this.detail = detail;
    this.name = 'MessageError';
  }
}

/** The Message an error carries (any error with a Message in `detail`), or undefined. */
export function errorDetail(error: unknown): Message | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const detail = (error as { detail?: unknown }).detail;
  return isMessage(detail) ? detail : undefined;
}

/**
 * Why something failed, as a message parameter: the error's Message when it has one, else its own
 * (English) text. For sentences that wrap another failure ("could not be added: {{reason}}").
 */
export function errorReason(error: unknown): Message | string {
  return errorDetail(error) ?? (error instanceof Error ? error.message : String(error));
}
