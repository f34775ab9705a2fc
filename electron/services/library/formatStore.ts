/**
 * The user's own formats, kept in library.json (`formats`, schema v2).
 *
 * They are small records with no file of their own, so a change is one library.json write through
 * the same durable, coalesced path as the settings (jsonStore.ts). If that write fails (full disk),
 * the in-memory index is put back as it was, so what the UI lists is what is on disk.
 */
import { newId } from '../../../core/schema/factory';
import { USER_FORMAT_LIMITS, userFormatSchema, type UserFormat, type UserFormatLimits } from '../../../core/schema/library';
import { describeZodError } from '../../../core/schema/parseDesign';
import { UserError } from '../errors';
import { msg } from '../../../core/messages';
import { assertWritable, data, type LibraryContext } from './context';

export interface UserFormatInput {
  /** Absent: a new format. */
  id?: string;
  name: string;
  width: number;
  height: number;
  limits?: UserFormatLimits;
}

/** Name as stored: trimmed, inner runs of spaces (and tabs, newlines) made one space. */
function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Empty limits are no limits: `{}` or `{ note: '' }` would otherwise show as "has limits". */
function cleanLimits(limits: UserFormatLimits | undefined): UserFormatLimits | undefined {
  if (!limits) return undefined;
  const out: UserFormatLimits = {};
  if (limits.maxBytes !== undefined) out.maxBytes = limits.maxBytes;
  if (limits.types && limits.types.length > 0) out.types = [...limits.types];
  const note = limits.note?.trim();
  if (note) out.note = note;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Own keys only: ids may be any [A-Za-z0-9_-], and `__proto__` must not find Object.prototype. */
function own(formats: Record<string, UserFormat>, id: string | undefined): UserFormat | undefined {
  return id !== undefined && Object.prototype.hasOwnProperty.call(formats, id) ? formats[id] : undefined;
}

const byName = (a: UserFormat, b: UserFormat) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id);

export class FormatStore {
  constructor(private readonly ctx: LibraryContext) {}

  list(): UserFormat[] {
    return Object.values(data(this.ctx).formats)
      .sort(byName)
      .map((format) => structuredClone(format));
  }

  async save(input: UserFormatInput): Promise<UserFormat> {
    assertWritable(this.ctx);
    const formats = data(this.ctx).formats;
    const existing = own(formats, input.id);
    if (input.id !== undefined && !existing) throw new UserError('not-found', msg('format.notFound'));
    if (!existing && Object.keys(formats).length >= USER_FORMAT_LIMITS.maxFormats) {
      throw new UserError('invalid-args', msg('format.tooMany', { max: USER_FORMAT_LIMITS.maxFormats }));
    }
    const name = cleanName(input.name ?? '');
    // Two formats with one name could not be told apart in the lists or in a design's label.
    const clash = Object.values(formats).find(
      (other) => other.id !== existing?.id && other.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0,
    );
    if (clash) throw new UserError('invalid-args', msg('format.nameTaken', { name: clash.name }));

    const now = this.ctx.now().toISOString();
    const limits = cleanLimits(input.limits);
    const candidate = {
      id: existing?.id ?? newId('f'),
      name,
      width: input.width,
      height: input.height,
      ...(limits ? { limits } : {}),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    // The dispatcher checked the arguments against the contract; the store checks again so no
    // caller (CLI, tests, a later import) can put a record in the index that the next open refuses.
    const parsed = userFormatSchema.safeParse(candidate);
    if (!parsed.success) throw new UserError('invalid-args', msg('format.invalid', { detail: describeZodError(parsed.error) }));
    const format = parsed.data;

    // defineProperty, not `=`: an assignment to a key named `__proto__` would set the prototype.
    Object.defineProperty(formats, format.id, { value: format, enumerable: true, writable: true, configurable: true });
    try {
      await this.ctx.index.save();
    } catch (error) {
      if (existing) formats[format.id] = existing;
      else delete formats[format.id];
      throw error;
    }
    return structuredClone(format);
  }

  async delete(id: string): Promise<void> {
    assertWritable(this.ctx);
    const formats = data(this.ctx).formats;
    const existing = own(formats, id);
    if (!existing) throw new UserError('not-found', msg('format.notFound'));
    delete formats[id];
    try {
      await this.ctx.index.save();
    } catch (error) {
      formats[id] = existing;
      throw error;
    }
  }
}
