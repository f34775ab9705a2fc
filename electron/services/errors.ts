import type { ErrorCode } from '../../core/api/names';
import { formatMessage, type Message } from '../../core/messages';

/**
 * An error the user caused or can act on (bad file, unknown id, library locked...). It carries a
 * stable message key and its parameters (core/messages): the renderer shows it in the UI's
 * language, the CLI in English (`message`). Anything that is not a UserError is an internal error.
 */
export class UserError extends Error {
  readonly detail: Message;
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    detail: Message,
  ) {
    super(formatMessage(detail, 'en'));
    this.detail = detail;
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
