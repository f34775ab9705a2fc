/**
 * A template made ready to use (docs/architecture.md, glossary: template slot): the template's
 * design at the format asked for, the example words of the UI language in the text slots nobody
 * filled, and the values given, pictures by library asset id with their pixel size read from the
 * library (a video asset as a clip: the design becomes a video). `templates.use` saves it as a new
 * design; the `templates.fill` job exports it.
 */
import type { SlotInput } from '../../../core/api/templateArgs';
import { resolveFormat, type AnyFormat } from '../../../core/formats/userFormats';
import { msg, MessageError } from '../../../core/messages';
import type { Design, FormatRef } from '../../../core/schema';
import type { Message } from '../../../core/messages';
import { exampleValues, fillTemplateWithNotes, listSlots, sameSlotName, type SlotValue } from '../../../core/templates';
import { UserError } from '../errors';
import { designForFormat } from '../export/plan';
import type { LibraryStore } from '../library/types';

export type Language = 'en' | 'fr';

/** A catalog or `user:` format by id, or a refusal naming it. */
export function formatById(library: LibraryStore, formatId: string): AnyFormat {
  const format = resolveFormat(formatId, library.listFormats());
  if (!format) throw new UserError('invalid-args', msg('preflight.unknownFormat', { id: formatId }));
  return format;
}

const refOf = (format: AnyFormat): FormatRef => ({ preset: format.id, width: format.width, height: format.height });

/** The slot values with each picture's pixel size read from the library. */
export function slotValues(library: LibraryStore, inputs: Readonly<Record<string, SlotInput>>): Record<string, SlotValue> {
  const values: Record<string, SlotValue> = {};
  for (const [name, input] of Object.entries(inputs)) {
    if (input.kind !== 'image') {
      values[name] = input;
      continue;
    }
    const asset = library.getAsset(input.assetId);
    if (!asset || asset.deletedAt !== undefined) throw new UserError('not-found', msg('template.pictureNotFound', { name }));
    // A video asset (an MP4, or a GIF/WebP imported as a clip) makes the meme a video (core/templates/fill.ts).
    if (asset.kind === 'video' && asset.width && asset.height && asset.durationMs) {
      values[name] = { kind: 'clip', assetId: asset.id, width: asset.width, height: asset.height, durationMs: asset.durationMs };
      continue;
    }
    if (asset.kind !== 'image' || !asset.width || !asset.height) throw new UserError('invalid-args', msg('template.pictureNotImage', { name, file: asset.name ?? asset.fileName }));
    values[name] = { kind: 'image', assetId: asset.id, width: asset.width, height: asset.height };
  }
  return values;
}

/**
 * `design` at `format` (a user template laid out as "Resize to..." would), its unfilled text slots
 * showing their example words in `language`, then filled with `values`. `complete`: a required
 * slot without a value is refused (the CLI's fill, an export). Refusals name the slot.
 */
export function readyTemplate(design: Design, values: Readonly<Record<string, SlotValue>>, options: { language: Language; format?: AnyFormat; complete?: boolean }): Design {
  return readyTemplateWithNotes(design, values, options).design;
}

/** readyTemplate, and its notes (a clip cut at the format's longest video: core/templates fillTemplateWithNotes). */
export function readyTemplateWithNotes(design: Design, values: Readonly<Record<string, SlotValue>>, options: { language: Language; format?: AnyFormat; complete?: boolean }): { design: Design; notes: Message[] } {
  let sized = design;
  if (options.format && (design.format.preset !== options.format.id || design.format.width !== options.format.width || design.format.height !== options.format.height)) {
    sized = { ...designForFormat(design, options.format).design, variants: undefined };
  }
  // A complete fill (CLI, export) must be given every required slot: examples do not count there.
  const examples = options.complete ? {} : exampleValues(sized, options.language);
  const merged: Record<string, SlotValue> = {};
  for (const [name, value] of Object.entries(examples)) if (!Object.keys(values).some((given) => sameSlotName(given, name))) merged[name] = value;
  Object.assign(merged, values);
  try {
    // A design with no slots at all: say so, whatever was given.
    if (listSlots(sized).length === 0) throw new MessageError(msg('template.noSlots'));
    return fillTemplateWithNotes(sized, merged, { complete: options.complete });
  } catch (error) {
    if (error instanceof MessageError) throw new UserError('invalid-args', error.detail);
    throw error;
  }
}

/** A library template (bank or user) ready to use: see readyTemplate. */
export async function readyLibraryTemplate(
  library: LibraryStore,
  args: { id: string; formatId?: string; language: Language; values?: Readonly<Record<string, SlotInput>>; complete?: boolean },
): Promise<{ design: Design; name: string; notes: Message[] }> {
  const format = args.formatId ? formatById(library, args.formatId) : undefined;
  const summary = library.templateSummary(args.id, args.language);
  // A bank template is built at the format asked for; a user template is laid out for it.
  const design = await library.templateDesign(args.id, args.language, format ? refOf(format) : undefined);
  const values = slotValues(library, args.values ?? {});
  const ready = readyTemplateWithNotes(design, values, { language: args.language, format, complete: args.complete });
  return { design: ready.design, notes: ready.notes, name: summary.name };
}
