/** What the design and asset stores share: the folder layout, library.json, the clock, notices. */
import type { Notice } from '../../../core/api';
import type { LibraryFile } from '../../../core/schema/library';
import { formatMessage, msg, type Message } from '../../../core/messages';
import { UserError } from '../errors';
import type { DurableIo } from './durableFile';
import type { JsonStore } from './jsonStore';
import type { LibraryPaths } from './paths';

export interface LibraryContext {
  readonly paths: LibraryPaths;
  readonly index: JsonStore<LibraryFile>;
  readonly readOnly: boolean;
  /** Why it is read-only (msg('library.reason.*')), for error messages. */
  readonly readOnlyReason?: Message;
  readonly now: () => Date;
  readonly io?: DurableIo;
  readonly notices: Notice[];
  /** Set by close(): later writes are refused instead of racing the released lock. */
  closed: boolean;
}

export function data(ctx: LibraryContext): LibraryFile {
  return ctx.index.db.data;
}

/** The refusal of any change to a read-only library, saying why it is read-only. */
export function readOnlyError(reason: Message | undefined): UserError {
  return new UserError('read-only', msg('library.readOnly', { reason: reason ?? msg('library.reason.readOnly') }));
}

export function assertWritable(ctx: LibraryContext): void {
  if (ctx.closed) throw new UserError('read-only', msg('library.closed'));
  if (ctx.readOnly) throw readOnlyError(ctx.readOnlyReason);
}

/** A notice as the API carries it: the message key and parameters, and the English text. */
export function notice(level: Notice['level'], message: Message, at: Date): Notice {
  return { level, key: message.key, ...(message.params ? { params: message.params } : {}), message: formatMessage(message, 'en'), at: at.toISOString() };
}

export function addNotice(ctx: LibraryContext, level: Notice['level'], message: Message): void {
  ctx.notices.push(notice(level, message, ctx.now()));
}
