import type { ErrorCode } from '../../core/api';

/**
 * An error the user caused or can act on (bad file, unknown id, library locked...).
 * Its message is shown as is; anything else is reported as an internal error.
 */
export class UserError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
