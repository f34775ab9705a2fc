/**
 * Designs: files in designs/, summaries in library.json so the list never opens a design.
 *
 * Order of writes: the design file first, then the index. A crash in between leaves a file the
 * index does not know yet, which reconcile() adds at the next open; the reverse order could leave
 * an index entry pointing at nothing. Emptying the trash deletes files first for the same reason.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { DesignSummary } from '../../../core/api';
import type { Design } from '../../../core/schema/design';
import { newId } from '../../../core/schema/factory';
import type { DesignIndexEntry, TemplateMark } from '../../../core/schema/library';
import { SchemaError } from '../../../core/schema/migrate';
import { parseDesign } from '../../../core/schema/parseDesign';
import { errorReason, msg } from '../../../core/messages';
import { isUserError, UserError } from '../errors';
import { addNotice, assertWritable, data, type LibraryContext } from './context';
import {
  DesignDamaged,
  deleteDesignFiles,
  keptAsideDesigns,
  listDesignFiles,
  loadDesignFile,
  nameInDamagedFile,
  slotMarks,
  summarize,
  writeDesignFile,
  type LoadedDesign,
} from './designFiles';
import { writeFileAtomic } from './durableFile';
import { designThumbnail } from './imageImport';
import { KeyedQueue } from './keyedQueue';
import { isDesignId } from './paths';

const MAX_NAME = 200;

function validate(design: unknown): Design {
  try {
    return parseDesign(design).design;
  } catch (error) {
    if (error instanceof SchemaError) throw new UserError('invalid-args', error.detail);
    throw error;
  }
}

function cleanName(name: string): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0 || trimmed.length > MAX_NAME) throw new UserError('invalid-args', msg('design.nameLength', { max: MAX_NAME }));
  return trimmed;
}

function toSummary(entry: DesignIndexEntry, keptAs?: string): DesignSummary {
  // A template's mark is the template list's business (./templateStore.ts), not the design list's.
  const { template: _template, ...rest } = entry;
  const summary: DesignSummary = structuredClone(rest);
  if (keptAs !== undefined) summary.damaged = { keptAs };
  return summary;
}

function sameSummary(a: DesignIndexEntry, b: DesignIndexEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class DesignStore {
  private readonly queue = new KeyedQueue();
  /** Designs whose file came from a newer Affiche: shown read-only, never saved. */
  private readonly futureIds = new Set<string>();
  /**
   * Designs damaged beyond their backups, by id: where the damaged file was kept. They stay listed
   * (marked damaged) instead of vanishing; at the next open, an index entry whose file is gone but
   * whose kept-aside file is there is one of them again (reconcile).
   */
  private readonly damaged = new Map<string, string>();

  /** Told of every design written or removed for good (the asset usage index, ./usageIndex.ts). */
  listener: { setDesign(design: Design): void; removeDesign(id: string): void } | null = null;

  constructor(private readonly ctx: LibraryContext) {}

  private entry(id: string): DesignIndexEntry {
    const entry = isDesignId(id) ? data(this.ctx).designs[id] : undefined;
    if (!entry) throw new UserError('not-found', msg('design.notFound'));
    return entry;
  }

  private refuseFuture(id: string, name: string): void {
    if (this.futureIds.has(id)) {
      throw new UserError('read-only', msg('design.newerReadOnly', { name }));
    }
  }

  /** Load under the design's queue and keep the index in step with what the file says. */
  private async load(id: string): Promise<LoadedDesign> {
    const entry = this.entry(id);
    let loaded: LoadedDesign;
    try {
      loaded = await loadDesignFile(this.ctx, id, entry.name);
    } catch (error) {
      if (error instanceof DesignDamaged) this.damaged.set(id, error.keptAs);
      const keptAs = this.damaged.get(id);
      // Its file is gone because it was damaged: say that, not "missing".
      if (keptAs !== undefined && isUserError(error) && error.code === 'not-found') throw new DesignDamaged(entry.name, keptAs);
      throw error;
    }
    this.damaged.delete(id);
    if (loaded.readOnly && !this.ctx.readOnly) this.futureIds.add(id);
    else this.futureIds.delete(id);
    const current = data(this.ctx).designs[id];
    const fresh = summarize(loaded.design, current);
    if (current && !sameSummary(current, fresh) && !this.ctx.readOnly && !loaded.readOnly) {
      // The file is newer than its summary (crash between the two writes, or a restored backup).
      data(this.ctx).designs[id] = fresh;
      // Opening must not fail because the index could not be rewritten (full disk): the next
      // successful write carries the fix.
      await this.ctx.index.save().catch(() => undefined);
    }
    return loaded;
  }

  /** The designs (never the user's templates: templates.list shows those), in or out of the trash. */
  list(options: { trash?: boolean } = {}): DesignSummary[] {
    const trash = options.trash === true;
    return Object.values(data(this.ctx).designs)
      .filter((entry) => (entry.deletedAt !== undefined) === trash && entry.template === undefined)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
      .map((entry) => toSummary(entry, this.damaged.get(entry.id)));
  }

  async get(id: string): Promise<LoadedDesign> {
    this.entry(id);
    const loaded = await this.queue.run(id, () => this.load(id));
    // In a read-only library every design is read-only, whatever its file says.
    return this.ctx.readOnly ? { ...loaded, readOnly: true } : loaded;
  }

  /** Index entries of the user's templates (in the trash or not): ./templateStore.ts lists and searches them. */
  templateEntries(): DesignIndexEntry[] {
    return Object.values(data(this.ctx).designs).filter((entry) => entry.template !== undefined);
  }

  /** The index entry of a design or template, or undefined. */
  find(id: string): DesignIndexEntry | undefined {
    return isDesignId(id) ? data(this.ctx).designs[id] : undefined;
  }

  /**
   * Adds a new design; with `template`, as one of the user's templates (its slots are read from
   * the design). A template must have slots.
   */
  async create(input: Design, options: { template?: Omit<TemplateMark, 'slots'> } = {}): Promise<DesignSummary> {
    assertWritable(this.ctx);
    const design = validate(input);
    if (data(this.ctx).designs[design.id]) throw new UserError('invalid-args', msg('design.idTaken', { id: design.id }));
    return this.queue.run(design.id, async () => {
      await writeDesignFile(this.ctx, design);
      const entry = summarize(design);
      if (options.template) entry.template = { ...structuredClone(options.template), slots: slotMarks(design) };
      data(this.ctx).designs[design.id] = entry;
      this.listener?.setDesign(design);
      await this.ctx.index.save();
      return toSummary(entry);
    });
  }

  async save(input: Design): Promise<{ updatedAt: string }> {
    assertWritable(this.ctx);
    const validated = validate(input);
    const { id } = validated;
    this.refuseFuture(id, this.entry(id).name);
    return this.queue.run(id, async () => {
      const previous = this.entry(id); // may have been emptied from the trash meanwhile
      const design: Design = { ...validated, updatedAt: this.ctx.now().toISOString() };
      await writeDesignFile(this.ctx, design);
      data(this.ctx).designs[id] = summarize(design, previous);
      this.listener?.setDesign(design);
      await this.ctx.index.save();
      return { updatedAt: design.updatedAt };
    });
  }

  async rename(id: string, name: string): Promise<DesignSummary> {
    assertWritable(this.ctx);
    const clean = cleanName(name);
    this.refuseFuture(id, this.entry(id).name);
    return this.queue.run(id, async () => {
      const loaded = await this.load(id);
      if (loaded.readOnly) this.refuseFuture(id, loaded.design.name);
      const design: Design = { ...loaded.design, name: clean, updatedAt: this.ctx.now().toISOString() };
      await writeDesignFile(this.ctx, design);
      const entry = summarize(design, this.entry(id));
      data(this.ctx).designs[id] = entry;
      this.listener?.setDesign(design);
      await this.ctx.index.save();
      return toSummary(entry);
    });
  }

  async duplicate(id: string): Promise<DesignSummary> {
    assertWritable(this.ctx);
    const source = this.entry(id);
    const loaded = await this.queue.run(id, () => this.load(id));
    const now = this.ctx.now().toISOString();
    const copy: Design = {
      ...structuredClone(loaded.design),
      id: newId('d'),
      name: `${loaded.design.name} (copy)`.slice(0, MAX_NAME),
      createdAt: now,
      updatedAt: now,
    };
    return this.queue.run(copy.id, async () => {
      await writeDesignFile(this.ctx, copy);
      // A template's copy is a template (its tags kept; a copy starts as no favourite).
      const entry = summarize(copy);
      // A template's copy is a template, with its tags (not its favourite mark).
      if (source.template) entry.template = { tags: [...source.template.tags], slots: slotMarks(copy) };
      if (source.thumbnailVersion) {
        // Show the original's preview until the copy gets its own; not worth failing over.
        const copied = await fs.copyFile(this.ctx.paths.designThumb(id), this.ctx.paths.designThumb(copy.id)).then(() => true, () => false);
        if (copied) entry.thumbnailVersion = source.thumbnailVersion;
      }
      data(this.ctx).designs[copy.id] = entry;
      this.listener?.setDesign(copy);
      await this.ctx.index.save();
      return toSummary(entry);
    });
  }

  async trash(id: string): Promise<void> {
    assertWritable(this.ctx);
    const entry = this.entry(id);
    if (entry.deletedAt) return;
    entry.deletedAt = this.ctx.now().toISOString();
    try {
      await this.ctx.index.save();
    } catch (error) {
      delete entry.deletedAt; // what the user sees must match what is on disk
      throw error;
    }
  }

  async restore(id: string): Promise<DesignSummary> {
    assertWritable(this.ctx);
    const entry = this.entry(id);
    const deletedAt = entry.deletedAt;
    if (deletedAt) {
      delete entry.deletedAt;
      try {
        await this.ctx.index.save();
      } catch (error) {
        entry.deletedAt = deletedAt;
        throw error;
      }
    }
    return toSummary(entry);
  }

  /** Deletes for good the designs in the trash, or (`templates`) the user's templates in the trash. */
  async emptyTrash(options: { templates?: boolean } = {}): Promise<number> {
    assertWritable(this.ctx);
    const templates = options.templates === true;
    const trashed = Object.values(data(this.ctx).designs).filter((entry) => entry.deletedAt !== undefined && (entry.template !== undefined) === templates);
    for (const { id } of trashed) {
      await this.queue.run(id, async () => {
        await deleteDesignFiles(this.ctx, id);
        delete data(this.ctx).designs[id];
        this.futureIds.delete(id);
        this.damaged.delete(id);
        this.listener?.removeDesign(id);
      });
    }
    if (trashed.length > 0) await this.ctx.index.save();
    return trashed.length;
  }

  /** Changes a template's tags or favourite: one write of library.json, rolled back if it fails. */
  async updateTemplateMark(id: string, patch: { tags?: string[]; favourite?: boolean }): Promise<DesignIndexEntry> {
    assertWritable(this.ctx);
    const entry = this.entry(id);
    const before = entry.template;
    if (!before) throw new UserError('not-found', msg('template.notFound', { id }));
    const next: TemplateMark = { ...before, ...(patch.tags ? { tags: patch.tags } : {}) };
    if (patch.favourite === true) next.favourite = true;
    if (patch.favourite === false) delete next.favourite;
    entry.template = next;
    try {
      await this.ctx.index.save();
    } catch (error) {
      entry.template = before;
      throw error;
    }
    return structuredClone(entry);
  }

  async setThumbnail(id: string, png: Uint8Array): Promise<void> {
    assertWritable(this.ctx);
    const { name } = this.entry(id);
    const webp = await designThumbnail(png);
    await this.queue.run(id, async () => {
      const entry = this.entry(id); // still there after the encode?
      await writeFileAtomic(this.ctx.paths.designThumb(id), webp, { label: msg('library.label.designPreview', { name }), io: this.ctx.io });
      // Content hash: the URL changes exactly when the picture does.
      entry.thumbnailVersion = createHash('sha256').update(webp).digest('hex').slice(0, 16);
      await this.ctx.index.save();
    });
  }

  /** Resolves when every queued design operation has finished (close). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  thumbnailPath(id: string): string | null {
    if (!isDesignId(id)) return null;
    const entry = data(this.ctx).designs[id];
    if (!entry?.thumbnailVersion) return null;
    const file = this.ctx.paths.designThumb(id);
    return this.ctx.paths.isRegularFile(file) ? file : null;
  }

  /**
   * Make the index match designs/ (run at open): a file the index misses is added if it parses
   * (or is recovered from its backups); an entry whose file is gone is dropped. Returns whether
   * the index changed.
   */
  async reconcile(): Promise<boolean> {
    const designs = data(this.ctx).designs;
    const onDisk = new Set(await listDesignFiles(this.ctx));
    const keptAside = await keptAsideDesigns(this.ctx);
    let changed = false;
    for (const id of Object.keys(designs)) {
      if (onDisk.has(id)) continue;
      const keptAs = keptAside.get(id);
      if (keptAs !== undefined) {
        // Damaged beyond its backups at some earlier open: still listed, damaged, until trashed.
        this.damaged.set(id, keptAs);
        continue;
      }
      delete designs[id];
      changed = true;
    }
    for (const id of onDisk) {
      if (designs[id]) continue;
      try {
        const loaded = await loadDesignFile(this.ctx, id, id);
        designs[id] = summarize(loaded.design);
        if (loaded.readOnly && !this.ctx.readOnly) this.futureIds.add(id);
        if (loaded.notice) addNotice(this.ctx, 'warning', loaded.notice);
        changed = true;
      } catch (error) {
        if (error instanceof DesignDamaged && !this.ctx.readOnly) {
          // A design the index did not know, damaged beyond its backups: listed (damaged) under
          // the name its file still gives, so it does not vanish with the next start.
          const name = (await nameInDamagedFile(this.ctx, error.keptAs)) ?? `designs/${id}.json`;
          const now = this.ctx.now().toISOString();
          designs[id] = { id, name, kind: 'still', format: { preset: null, width: 1080, height: 1080 }, pageCount: 0, createdAt: now, updatedAt: now };
          this.damaged.set(id, error.keptAs);
          addNotice(this.ctx, 'error', msg('design.damagedLost', { name, keptAs: error.keptAs }));
          changed = true;
        } else {
          addNotice(this.ctx, 'warning', msg('design.notice.notAdded', { file: `designs/${id}.json`, reason: errorReason(error) }));
        }
      }
    }
    return changed;
  }
}
