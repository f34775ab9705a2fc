/**
 * The caption counter's figures for one network: core/posts/count.ts's `measure`, so the counter
 * counts as the checks and the ready gate do (X's weighted length, Bluesky's graphemes and bytes,
 * YouTube's bytes), and where the "... more" fold falls.
 */
import type { Network } from '../../../core/formats/constants';
import { measure, type Measure } from '../../../core/posts/count';

export type CaptionUsage = Measure;

export function measureCaption(text: string, network: Network): CaptionUsage {
  return measure(text, network);
}

/** The counter's colour: an error over the limit or with a failing check, a warning from 90 % on. */
export function usageLevel(usage: CaptionUsage, checkLevel: 'error' | 'warning' | 'info' | null): 'ok' | 'warning' | 'error' {
  if (usage.over || checkLevel === 'error') return 'error';
  if (usage.used >= usage.max * 0.9 || checkLevel === 'warning') return 'warning';
  return 'ok';
}
