/**
 * A panorama's seam warnings as the layers panel shows them: per row, the sentences of
 * core/carousel/panorama.ts `seamProblems` (the same messages the export notes carry) in the UI's
 * language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { seamProblems } from '../../../core/carousel/panorama';
import type { Design } from '../../../core/schema/design';
import { messageText } from '../shared/errors';

export function useSeamWarnings(design: Design): ReadonlyMap<string, string> {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const byRow = new Map<string, string>();
    for (const problem of seamProblems(design)) {
      const text = messageText(problem.message);
      const before = byRow.get(problem.elementId);
      byRow.set(problem.elementId, before ? `${before}\n${text}` : text);
    }
    return byRow;
    // The language is read by messageText: a change of language words them again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [design, i18n.language]);
}
