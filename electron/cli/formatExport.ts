/**
 * `affiche render --format`: one design, exported in other formats of the catalog.
 *
 * A requested format uses the design's own variant for it when there is one (same catalog id, or a
 * custom size equal to the format's), so the user's adjustments in that variant are what gets
 * exported; otherwise a default variant is made in memory (core/variants smart resize), exactly as
 * the editor's "Resize to…" makes it. The design file is never written.
 *
 * Every file is then checked against its format (core/preflight), and auto-fixed where a fix exists
 * (a type the network refuses, a file over the byte cap): the pixel size is already exact, so what
 * can fail is the encoding, which is what autoFix changes.
 */
import { extensionOfType } from '../../core/files/names';
import { findFormat, type Format } from '../../core/formats';
import { passes, preflight, type RuleResult } from '../../core/preflight';
import type { Design, FormatRef } from '../../core/schema';
import { addVariants, resolveDesign } from '../../core/variants/variants';
import { autoFix, type FixChange } from '../services/preflight/autoFix';
import { measureImage } from '../services/preflight/measure';
import { renderDesignPage, type NodeRenderOptions } from '../services/render/nodeRenderer';
import { IMAGE_EXTENSIONS, type ImageFileType } from '../../core/files/imageTypes';
import type { FormatRequest } from './args';

export interface ExportTarget {
  /** The design as this format shows it: pages laid out at `design.format`'s size. */
  design: Design;
  /** What names the file (the catalog id asked for, or the variant's own format). */
  format: FormatRef;
  /** The catalog entry the file is checked against; none for a custom size. */
  catalog?: Format;
  /** Where the layout comes from: the master, a variant saved in the design, or a new default one. */
  source: 'master' | 'variant' | 'resized';
}

const refOf = (format: Format): FormatRef => ({ preset: format.id, width: format.width, height: format.height });

/** The design shown in a catalog format: its own master or variant for it, or a default variant made in memory. */
export function designForFormat(design: Design, format: Format): ExportTarget {
  const shown = [{ id: null as string | null, format: design.format }, ...(design.variants ?? []).map((v) => ({ id: v.id as string | null, format: v.format }))];
  // The same catalog id first; a custom size only stands in for a format with exactly its pixels.
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

/** The master and every variant saved in the design, each in its own format. */
export function savedFormats(design: Design): ExportTarget[] {
  const master: ExportTarget = { design: resolveDesign(design, null), format: design.format, catalog: catalogOf(design.format), source: 'master' };
  const variants = (design.variants ?? []).map(
    (variant): ExportTarget => ({ design: resolveDesign(design, variant.id), format: variant.format, catalog: catalogOf(variant.format), source: 'variant' }),
  );
  return [master, ...variants];
}

function catalogOf(format: FormatRef): Format | undefined {
  return format.preset ? findFormat(format.preset) : undefined;
}

/** What `--format` asked for, in order: `all-variants` first (master, variants), then each id not already covered. */
export function exportTargets(design: Design, request: FormatRequest): ExportTarget[] {
  const targets = request.allVariants ? savedFormats(design) : [];
  for (const id of request.ids) {
    if (targets.some((target) => target.format.preset === id)) continue;
    const format = findFormat(id);
    if (!format) throw new Error(`unknown format "${id}"`); // args.ts has refused it already
    targets.push(designForFormat(design, format));
  }
  return targets;
}

export interface CheckedImage {
  bytes: Buffer;
  /** File extension of `bytes` (a fix may have changed the type: PNG -> JPEG for TikTok photos). */
  extension: string;
  width: number;
  height: number;
  /** Preflight of `bytes` against the target's format; empty when it was not checked. */
  rules: RuleResult[];
  /** What auto-fix changed. */
  changes: FixChange[];
  /** Why a rule still fails after auto-fix; empty when the file passes. */
  problems: string[];
  /** Why it was not checked: a custom size (no limits), or a video / document format (a still of the page). */
  unchecked?: 'custom' | 'not-image';
}

/** Renders one page of a target and makes it pass its format's preflight where a fix exists. */
export async function renderChecked(target: ExportTarget, pageIndex: number, type: ImageFileType, options: NodeRenderOptions, name: string): Promise<CheckedImage> {
  const rendered = await renderDesignPage(target.design, pageIndex, type, options);
  const measured = await measureImage(rendered, name);
  const plain = { bytes: rendered, extension: IMAGE_EXTENSIONS[type], width: measured.width, height: measured.height, changes: [], problems: [] };
  const format = target.catalog;
  if (!format) return { ...plain, rules: [], unchecked: 'custom' };
  if (format.kind !== 'image') return { ...plain, rules: [], unchecked: 'not-image' };
  const rules = preflight(measured, format);
  if (passes(rules)) return { ...plain, rules };
  const fixed = await autoFix(rendered, format, name);
  const failing = fixed.rules.filter((rule) => !rule.ok).map((rule) => `${rule.id}: measured ${rule.measured}, limit ${rule.limit}`);
  return {
    bytes: fixed.bytes,
    extension: extensionOfType(fixed.type) ?? IMAGE_EXTENSIONS[type],
    width: fixed.width,
    height: fixed.height,
    rules: fixed.rules,
    changes: fixed.changes,
    problems: fixed.problems.length > 0 ? fixed.problems : failing,
  };
}
