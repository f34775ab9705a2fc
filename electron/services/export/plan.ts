/**
 * Which images an export writes (docs/architecture.md, "Export"): the format shown, catalog or
 * user formats by id, or every format saved in the design, each with the design as that format
 * lays it out.
 *
 * A requested format uses the design's own variant for it when there is one (same id, or a custom
 * size equal to the format's), so the user's adjustments in that variant are what gets exported;
 * otherwise a default variant is made in memory (core/variants smart resize), exactly as the
 * editor's "Resize to..." makes it. The design itself is never changed.
 */
import { resolveFormat, type AnyFormat, type UserFormatInput } from '../../../core/formats/userFormats';
import type { Design, FormatRef } from '../../../core/schema';
import { addVariants, resolveDesign } from '../../../core/variants/variants';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';

export interface ExportTarget {
  /** The design as this format shows it: pages laid out at `design.format`'s size. */
  design: Design;
  /** What names the file (the format asked for, or the variant's own). */
  format: FormatRef;
  /** The format the file is checked against; none for a custom size. */
  catalog?: AnyFormat;
  /** Where the layout comes from: the master, a variant saved in the design, or a new default one. */
  source: 'master' | 'variant' | 'resized';
}

export interface FormatRequest {
  ids: string[];
  allVariants: boolean;
}

const refOf = (format: AnyFormat): FormatRef => ({ preset: format.id, width: format.width, height: format.height });

/** The design shown in a format: its own master or variant for it, or a default variant made in memory. */
export function designForFormat(design: Design, format: AnyFormat): ExportTarget {
  // A panorama is cut into its slides at their own size, never laid out again for another format.
  if (design.panorama) throw new UserError('invalid-args', msg('panorama.noOtherFormats'));
  const shown = [{ id: null as string | null, format: design.format }, ...(design.variants ?? []).map((v) => ({ id: v.id as string | null, format: v.format }))];
  // The same id first; a custom size only stands in for a format with exactly its pixels.
  const match =
    shown.find((s) => s.format.preset === format.id) ??
    shown.find((s) => s.format.preset === null && s.format.width === format.width && s.format.height === format.height);
  if (match) {
    return { design: resolveDesign(design, match.id), format: refOf(format), catalog: format, source: match.id === null ? 'master' : 'variant' };
  }
  const { design: withVariant, ids } = addVariants(design, [refOf(format)]);
  // addVariants skips a format the design already has; the lookup above has ruled that out.
  if (ids.length !== 1) throw new Error(`could not make a ${format.id} variant of "${design.name}"`);
  return { design: resolveDesign(withVariant, ids[0]), format: refOf(format), catalog: format, source: 'resized' };
}

/** The format on screen: the master (null) or one saved variant, with the format it is checked against. */
export function shownFormat(design: Design, variantId: string | null, userFormats: readonly UserFormatInput[]): ExportTarget {
  const resolved = resolveDesign(design, variantId);
  return { design: resolved, format: resolved.format, catalog: resolveFormat(resolved.format.preset, userFormats), source: variantId ? 'variant' : 'master' };
}

/** A panorama's slides: its wide page, each cut checked against the slide's format (`panorama.slide`). */
export function panoramaTarget(design: Design, userFormats: readonly UserFormatInput[]): ExportTarget {
  const slide = design.panorama?.slide ?? design.format;
  return { design, format: slide, catalog: resolveFormat(slide.preset, userFormats), source: 'master' };
}

/** The master and every variant saved in the design, each in its own format. */
export function savedFormats(design: Design, userFormats: readonly UserFormatInput[]): ExportTarget[] {
  return [shownFormat(design, null, userFormats), ...(design.variants ?? []).map((variant) => shownFormat(design, variant.id, userFormats))];
}

/** What was asked for, in order: every saved format first (master, variants), then each id not already covered. */
export function exportTargets(design: Design, request: FormatRequest, userFormats: readonly UserFormatInput[]): ExportTarget[] {
  const targets = request.allVariants ? savedFormats(design, userFormats) : [];
  for (const id of request.ids) {
    if (targets.some((target) => target.format.preset === id)) continue;
    const format = resolveFormat(id, userFormats);
    if (!format) throw new UnknownFormat(id);
    targets.push(designForFormat(design, format));
  }
  return targets;
}

export class UnknownFormat extends Error {
  constructor(readonly id: string) {
    super(`unknown format "${id}"`);
    this.name = 'UnknownFormat';
  }
}
