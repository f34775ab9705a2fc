/**
 * "All formats": which files an export of a design with linked variants writes. Pure (no canvas),
 * so the names are tested in Node and are the same as the CLI's (`affiche render --format
 * all-variants`): core/files/names.ts builds both.
 */
import { formatFileName, safeFileStem, uniqueFileName } from '../../../core/files/names';
import type { Design } from '../../../core/schema/design';
import { resolveDesign } from '../../../core/variants/variants';
import { IMAGE_EXTENSIONS, type ImageFileType } from '../../../core/files/imageTypes';

export interface FormatFile {
  /** Name inside the zip: "<design>-<format id>[-<page>].<ext>". */
  name: string;
  /** The design as this format shows it (the master, or a variant resolved). */
  design: Design;
  pageIndex: number;
}

/** The master and each variant, every page of each: one file per format and page. */
export function formatFiles(design: Design, type: ImageFileType): FormatFile[] {
  const shown = [resolveDesign(design, null), ...(design.variants ?? []).map((variant) => resolveDesign(design, variant.id))];
  const taken = new Set<string>();
  const pageCount = design.pages.length;
  return shown.flatMap((resolved) =>
    resolved.pages.map((_, pageIndex) => ({
      name: uniqueFileName(formatFileName(design.name, resolved.format, IMAGE_EXTENSIONS[type], pageIndex, pageCount), taken),
      design: resolved,
      pageIndex,
    })),
  );
}

/** How many files "All formats" writes (shown on the option before anything renders). */
export function formatFileCount(design: Design): number {
  return (1 + (design.variants?.length ?? 0)) * design.pages.length;
}

export function zipFileName(designName: string): string {
  return `${safeFileStem(designName)}.zip`;
}
