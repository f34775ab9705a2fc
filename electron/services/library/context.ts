/** What the design and asset stores share: the folder layout, library.json, the clock, notices. */
import type { Notice } from '../../../core/api';
import type { LibraryFile } from '../../../core/schema/library';
import { UserError } from '../errors';
import type { DurableIo } from './durableFile';
import type { JsonStore } from './jsonStore';
import type { LibraryPaths } from './paths';

export interface LibraryContext {
  readonly paths: LibraryPaths;
  readonly index: JsonStore<LibraryFile>;
  readonly readOnly: boolean;
  readonly readOnlyReason?: string;
  readonly now: () => Date;
  readonly io?: DurableIo;
  readonly notices: Notice[];
  /** Set by close(): later writes are refused instead of racing the released lock. */
  closed: boolean;
}

export function data(ctx: LibraryContext): LibraryFile {
  return ctx.index.db.data;
}

export function assertWritable(ctx: LibraryContext): void {
  if (ctx.closed) throw new UserError('read-only', 'The library is closed.');
  if (ctx.readOnly) throw new UserError('read-only', `Nothing can be changed: ${ctx.readOnlyReason ?? 'the library is read-only'}.`);
}

export function addNotice(ctx: LibraryContext, level: Notice['level'], message: string): void {
  ctx.notices.push({ level, message, at: ctx.now().toISOString() });
}
