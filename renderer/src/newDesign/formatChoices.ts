/** What the "new design" surfaces offer, derived from the catalog (core/formats). */
import type { Format, FormatKind } from '../../../core/formats/catalog';
import { NETWORK_LABELS, findFormat } from '../../../core/formats/catalog';
import type { DesignKind, FormatRef } from '../../../core/schema/design';
import { LIMITS } from '../../../core/schema/constants';

/** The formats on the home screen's quick-start row, most asked-for first. */
export const QUICK_START_IDS = [
  'instagram-portrait',
  'instagram-story',
  'facebook-link',
  'linkedin-landscape',
  'youtube-thumbnail',
  'pinterest-pin',
] as const;

export function quickStartFormats(): Format[] {
  return QUICK_START_IDS.map((id) => findFormat(id)).filter((f): f is Format => f !== undefined);
}

export function designKindFor(kind: FormatKind): DesignKind {
  if (kind === 'video') return 'video';
  if (kind === 'document') return 'carousel';
  return 'still';
}

export function formatRefOf(format: Format): FormatRef {
  return { preset: format.id, width: format.width, height: format.height };
}

/** "Instagram – Feed portrait": what a new design is called until the user renames it. */
export function defaultDesignName(format: Format, language: 'fr' | 'en'): string {
  return `${NETWORK_LABELS[format.network]} – ${format.name[language]}`;
}

export type SizeProblem = 'required' | 'notWhole' | 'tooSmall' | 'tooLarge';

export const MAX_SIDE = LIMITS.maxPageSide;

/** Validates one side of a custom size typed by the user. */
export function checkSide(raw: string): { value: number; problem: null } | { value: null; problem: SizeProblem } {
  const text = raw.trim();
  if (text === '') return { value: null, problem: 'required' };
  if (!/^\d+$/.test(text)) return { value: null, problem: 'notWhole' };
  const value = Number(text);
  if (value < 1) return { value: null, problem: 'tooSmall' };
  if (value > MAX_SIDE) return { value: null, problem: 'tooLarge' };
  return { value, problem: null };
}

export type MaxSizeProblem = 'notNumber' | 'tooSmall' | 'tooLarge';

/** 4,000 MB: the library's cap for a user format's byte limit (USER_FORMAT_LIMITS.maxBytes). */
export const MAX_MEGABYTES = 4000;

/**
 * The optional file-size cap typed in MB (1 MB = 1,000,000 bytes, as the catalog counts, the
 * stricter reading). Empty means no cap. "5", "0.5" and the French "0,5" are accepted.
 */
export function checkMaxSize(raw: string): { bytes: number | undefined; problem: null } | { bytes: null; problem: MaxSizeProblem } {
  const text = raw.trim().replace(',', '.');
  if (text === '') return { bytes: undefined, problem: null };
  if (!/^\d+(\.\d+)?$/.test(text)) return { bytes: null, problem: 'notNumber' };
  const bytes = Math.round(Number(text) * 1_000_000);
  if (bytes < 1) return { bytes: null, problem: 'tooSmall' };
  if (Number(text) > MAX_MEGABYTES) return { bytes: null, problem: 'tooLarge' };
  return { bytes, problem: null };
}
