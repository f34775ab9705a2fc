/**
 * The template bank as the user sees it: the bank shipped with Affiche (core/templates/bank,
 * read-only, ids `bank:<slug>`) and the user's own templates, one list searched alike.
 *
 * The user's templates are designs (designs/<id>.json, atomic writes, backups, thumbnails, damaged
 * files, trash: ./designStore.ts) whose index entry carries a `template` mark (library schema v5):
 * the design list never shows them and this list never shows plain designs. Saving a design as a
 * template makes a copy; duplicating a bank template makes a user template.
 */
import type { DesignSummary } from '../../../core/api';
import type { TemplateListArgs, TemplateSummary } from '../../../core/api/templateArgs';
import { msg } from '../../../core/messages';
import { normaliseTags } from '../../../core/schema/assetOrganisation';
import type { Design, FormatRef } from '../../../core/schema/design';
import { newId } from '../../../core/schema/factory';
import type { DesignIndexEntry } from '../../../core/schema/library';
import type { BankTemplate } from '../../../core/templates/bank';
import { isTemplate, listSlots } from '../../../core/templates/slots';
import { findFormat } from '../../../core/formats/catalog';
import { UserError } from '../errors';
import { fold, tagKey } from './assetSearch';
import { assertWritable, data, type LibraryContext } from './context';
import type { DesignStore } from './designStore';

type Language = 'en' | 'fr';

const MAX_NAME = 200;

export function isBankId(id: string): id is `bank:${string}` {
  return id.startsWith('bank:');
}

/** A catalog format as a design's format reference. */
export function catalogFormatRef(id: string): FormatRef | null {
  const format = findFormat(id);
  return format ? { preset: format.id, width: format.width, height: format.height } : null;
}

/** The bank template's default format (its first catalog format). */
function defaultFormatOf(template: BankTemplate): FormatRef {
  for (const id of template.formats) {
    const ref = catalogFormatRef(id);
    if (ref) return ref;
  }
  throw new Error(`bank template ${template.id} names no catalog format`);
}

export class TemplateStore {
  /** A bank template's slots do not change with the language: built once per template. */
  private readonly bankSlots = new Map<string, TemplateSummary['slots']>();

  constructor(
    private readonly ctx: LibraryContext,
    private readonly designs: DesignStore,
    private readonly bank: readonly BankTemplate[],
  ) {}

  bankTemplate(id: string): BankTemplate | undefined {
    return this.bank.find((template) => template.id === id);
  }

  private bankSummary(template: BankTemplate, language: Language): TemplateSummary {
    let slots = this.bankSlots.get(template.id);
    const format = defaultFormatOf(template);
    if (!slots) {
      slots = listSlots(template.build(format, 'en')).map(({ slot }) => ({ name: slot.name, kind: slot.kind, ...(slot.kind !== 'color' && slot.required ? { required: true } : {}) }));
      this.bankSlots.set(template.id, slots);
    }
    return {
      id: template.id,
      source: 'bank',
      name: template.name[language],
      category: template.category,
      kind: template.category === 'meme' ? 'meme' : template.category === 'carousel' ? 'carousel' : 'still',
      slots: structuredClone(slots),
      tags: [...template.tags[language]],
      favourite: data(this.ctx).bankFavourites.includes(template.id),
      formats: [...template.formats],
      format,
    };
  }

  private userSummary(entry: DesignIndexEntry): TemplateSummary {
    const mark = entry.template!;
    return {
      id: entry.id,
      source: 'user',
      name: entry.name,
      category: entry.kind === 'meme' ? 'meme' : entry.kind === 'carousel' ? 'carousel' : 'post',
      kind: entry.kind,
      slots: structuredClone(mark.slots),
      tags: [...mark.tags],
      favourite: mark.favourite === true,
      formats: entry.format.preset && findFormat(entry.format.preset) ? [entry.format.preset] : [],
      format: { ...entry.format },
      ...(entry.thumbnailVersion ? { thumbnailVersion: entry.thumbnailVersion } : {}),
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      ...(entry.deletedAt ? { deletedAt: entry.deletedAt } : {}),
    };
  }

  /** A user template's index entry, or not-found (a plain design is not a template). */
  private userEntry(id: string): DesignIndexEntry {
    const entry = this.designs.find(id);
    if (!entry?.template) throw new UserError('not-found', msg('template.notFound', { id }));
    return entry;
  }

  /**
   * The bank then the user's templates (favourites first in each, then by name), filtered: words
   * in the name, tags or slot names (case and accents ignored, as the library's search), tags,
   * number of boxes, category, source, favourites, the trash.
   */
  list(args: TemplateListArgs): TemplateSummary[] {
    const trash = args.trash === true;
    const bank = trash || args.source === 'user' ? [] : this.bank.map((template) => this.bankSummary(template, args.language));
    const own =
      args.source === 'bank'
        ? []
        : this.designs
            .templateEntries()
            .filter((entry) => (entry.deletedAt !== undefined) === trash)
            .map((entry) => this.userSummary(entry));
    const terms = fold(args.query ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const tags = (args.tags ?? []).map(tagKey).filter(Boolean);
    const matches = (summary: TemplateSummary) => {
      if (args.category && summary.category !== args.category) return false;
      if (args.favourite === true && !summary.favourite) return false;
      if (args.favourite === false && summary.favourite) return false;
      if (args.boxes !== undefined && summary.slots.length !== args.boxes) return false;
      const summaryTags = new Set(summary.tags.map(tagKey));
      if (!tags.every((tag) => summaryTags.has(tag))) return false;
      if (terms.length === 0) return true;
      const text = fold([summary.name, ...summary.tags, ...summary.slots.map((slot) => slot.name)].join('\n'));
      return terms.every((term) => text.includes(term));
    };
    const order = (a: TemplateSummary, b: TemplateSummary) => Number(b.favourite) - Number(a.favourite) || fold(a.name).localeCompare(fold(b.name)) || a.id.localeCompare(b.id);
    // The bank keeps its own order (its curators chose it) after the favourites.
    const bankOrder = (a: TemplateSummary, b: TemplateSummary) => Number(b.favourite) - Number(a.favourite);
    return [...bank.filter(matches).sort(bankOrder), ...own.filter(matches).sort(order)];
  }

  summary(id: string, language: Language): TemplateSummary {
    if (isBankId(id)) {
      const template = this.bankTemplate(id);
      if (!template) throw new UserError('not-found', msg('template.notFound', { id }));
      return this.bankSummary(template, language);
    }
    return this.userSummary(this.userEntry(id));
  }

  /**
   * The template's design: a bank template built at `format` (default: its first) in `language`;
   * a user template as saved (sizing it for another format is the caller's: core/variants).
   */
  async design(id: string, language: Language, format?: FormatRef): Promise<Design> {
    if (isBankId(id)) {
      const template = this.bankTemplate(id);
      if (!template) throw new UserError('not-found', msg('template.notFound', { id }));
      return template.build(format ?? defaultFormatOf(template), language);
    }
    this.userEntry(id);
    return (await this.designs.get(id)).design;
  }

  /** A copy of a design (with slots) as a new user template, its kind kept. */
  async saveFrom(designId: string, options: { name?: string; tags?: string[] }): Promise<TemplateSummary> {
    assertWritable(this.ctx);
    const source = this.designs.find(designId);
    if (!source) throw new UserError('not-found', msg('design.notFound'));
    const { design } = await this.designs.get(designId);
    if (!isTemplate(design)) throw new UserError('invalid-args', msg('template.noSlots'));
    return this.addUserTemplate(design, { name: options.name ?? design.name, tags: options.tags ?? [] });
  }

  /** Adds a design as a user template under a fresh id (imports, bank duplicates, saveFrom). */
  async addUserTemplate(design: Design, options: { name: string; tags: string[] }): Promise<TemplateSummary> {
    const now = this.ctx.now().toISOString();
    const copy: Design = { ...structuredClone(design), id: newId('t'), name: cleanName(options.name), createdAt: now, updatedAt: now };
    await this.designs.create(copy, { template: { tags: normaliseTags(options.tags) } });
    return this.userSummary(this.userEntry(copy.id));
  }

  /** Name, tags, favourite. The bank's templates take only the favourite mark. */
  async update(id: string, patch: { name?: string; tags?: string[]; favourite?: boolean }, language: Language): Promise<TemplateSummary> {
    assertWritable(this.ctx);
    if (isBankId(id)) {
      const template = this.bankTemplate(id);
      if (!template) throw new UserError('not-found', msg('template.notFound', { id }));
      if (patch.name !== undefined || patch.tags !== undefined) throw new UserError('read-only', msg('template.bankReadOnly', { id }));
      if (patch.favourite !== undefined) await this.setBankFavourite(id, patch.favourite);
      return this.bankSummary(template, language);
    }
    this.userEntry(id);
    if (patch.name !== undefined) await this.designs.rename(id, cleanName(patch.name));
    if (patch.tags !== undefined || patch.favourite !== undefined) {
      await this.designs.updateTemplateMark(id, { ...(patch.tags ? { tags: normaliseTags(patch.tags) } : {}), ...(patch.favourite !== undefined ? { favourite: patch.favourite } : {}) });
    }
    return this.userSummary(this.userEntry(id));
  }

  private async setBankFavourite(id: string, favourite: boolean): Promise<void> {
    const library = data(this.ctx);
    const before = library.bankFavourites;
    const has = before.includes(id);
    if (has === favourite) return;
    library.bankFavourites = favourite ? [...before, id] : before.filter((other) => other !== id);
    try {
      await this.ctx.index.save();
    } catch (error) {
      library.bankFavourites = before;
      throw error;
    }
  }

  /** A copy as a user template: of a bank template, built at its default format in `language`. */
  async duplicate(id: string, language: Language): Promise<TemplateSummary> {
    assertWritable(this.ctx);
    if (isBankId(id)) {
      const template = this.bankTemplate(id);
      if (!template) throw new UserError('not-found', msg('template.notFound', { id }));
      const design = template.build(defaultFormatOf(template), language);
      return this.addUserTemplate(design, { name: template.name[language], tags: [...template.tags[language]] });
    }
    this.userEntry(id);
    const summary: DesignSummary = await this.designs.duplicate(id);
    return this.userSummary(this.userEntry(summary.id));
  }

  async trash(id: string): Promise<void> {
    this.refuseBank(id);
    this.userEntry(id);
    await this.designs.trash(id);
  }

  async restore(id: string): Promise<TemplateSummary> {
    this.refuseBank(id);
    this.userEntry(id);
    await this.designs.restore(id);
    return this.userSummary(this.userEntry(id));
  }

  emptyTrash(): Promise<number> {
    return this.designs.emptyTrash({ templates: true });
  }

  private refuseBank(id: string): void {
    if (!isBankId(id)) return;
    const template = this.bankTemplate(id);
    if (!template) throw new UserError('not-found', msg('template.notFound', { id }));
    throw new UserError('read-only', msg('template.bankReadOnly', { id }));
  }
}

function cleanName(name: string): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0 || trimmed.length > MAX_NAME) throw new UserError('invalid-args', msg('design.nameLength', { max: MAX_NAME }));
  return trimmed;
}
