/** The end-of-import message: "12 imported, 3 already in the library, 1 refused" and the refusals. */
import type { ImportProgress } from './importQueue';

const MAX_LISTED_REFUSALS = 5;

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ImportSummary {
  message: string;
  detail?: string;
  kind: 'info' | 'success' | 'error';
  durationMs?: number;
}

export function importSummary(result: ImportProgress, t: Translate): ImportSummary {
  if (result.total === 1 && result.duplicates === 1) {
    return { message: t('library.alreadyThere', { name: result.duplicateNames[0] }), kind: 'info' };
  }
  const parts = [t('library.summaryImported', { count: result.imported })];
  if (result.duplicates > 0) parts.push(t('library.summaryDuplicates', { count: result.duplicates }));
  if (result.refused.length > 0) parts.push(t('library.summaryRefused', { count: result.refused.length }));
  if (result.cancelled) parts.push(t('library.summaryCancelled', { count: result.total - result.done }));
  const lines = result.refused.slice(0, MAX_LISTED_REFUSALS).map((refusal) => t('library.refusedItem', { name: refusal.name, reason: refusal.reason }));
  if (result.refused.length > MAX_LISTED_REFUSALS) lines.push(t('library.andMore', { count: result.refused.length - MAX_LISTED_REFUSALS }));
  const onlyRefused = result.refused.length > 0 && result.imported === 0 && result.duplicates === 0;
  return {
    message: parts.join(', '),
    detail: lines.length > 0 ? lines.join('\n') : undefined,
    kind: onlyRefused ? 'error' : 'success',
    // Refusals stay long enough to be read.
    durationMs: lines.length > 0 ? 12_000 : 6_000,
  };
}
