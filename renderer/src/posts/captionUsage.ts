/**
 * The caption counter's figures for one network: how much of its limit the posted text uses, in
 * the limit's unit, and where the "... more" fold falls. Shaped like core/posts/count.ts's `measure`
 * (issue 14, caption counting): once that lands, this reads from it and counts as the checks do.
 * Until then characters are code points and Bluesky's are graphemes (Intl.Segmenter).
 */
import type { Network } from '../../../core/formats/constants';
import { TEXT_LIMITS } from '../../../core/formats/textLimits';

export interface CaptionUsage {
  used: number;
  max: number;
  unit: 'characters' | 'graphemes';
  over: boolean;
  /** Where the network folds the text behind "more", as an index into the text (UTF-16). */
  visibleEnd?: number;
}

function graphemes(text: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
}

export function measureCaption(text: string, network: Network): CaptionUsage {
  const limit = TEXT_LIMITS[network].caption;
  const unit = limit.unit ?? 'characters';
  const units = unit === 'graphemes' ? graphemes(text) : [...text];
  const usage: CaptionUsage = { used: units.length, max: limit.max, unit, over: units.length > limit.max };
  if (limit.visible !== undefined && units.length > limit.visible) {
    usage.visibleEnd = units.slice(0, limit.visible).join('').length;
  }
  return usage;
}

/** The counter's colour: an error over the limit or with a failing check, a warning from 90 % on. */
export function usageLevel(usage: CaptionUsage, checkLevel: 'error' | 'warning' | 'info' | null): 'ok' | 'warning' | 'error' {
  if (usage.over || checkLevel === 'error') return 'error';
  if (usage.used >= usage.max * 0.9 || checkLevel === 'warning') return 'warning';
  return 'ok';
}
