/**
 * The export dialog's safe-zone notice: texts and logos of the exported page that the platform's UI
 * may cover. Informative only; the Download button stays as it is.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../core/schema/design';
import { pageOverlaps, useOverlapText, useSafeArea } from '../editor/safeZoneWarnings';

export function SafeZoneWarnings({ design, pageIndex }: { design: Design; pageIndex: number }) {
  const { t } = useTranslation();
  const safeArea = useSafeArea(design.format);
  const page = design.pages[pageIndex];
  const overlaps = useMemo(() => pageOverlaps(safeArea, page, design.format), [safeArea, page, design.format]);
  const text = useOverlapText();
  if (!safeArea.ok || overlaps.length === 0) return null;
  return (
    <section className="banner banner-warning export-safe-zone" role="status" aria-labelledby="export-safe-zone-title" data-testid="export-safe-zone-warnings">
      <h3 id="export-safe-zone-title" className="export-safe-zone-title">
        {t('editor.safeZone.exportTitle')}
      </h3>
      <p className="export-safe-zone-intro">{t('editor.safeZone.exportIntro')}</p>
      <ul className="export-safe-zone-list">
        {overlaps.map((overlap) => (
          <li key={overlap.elementId} data-testid="export-safe-zone-warning">
            {text.full(overlap, safeArea.format)}
          </li>
        ))}
      </ul>
    </section>
  );
}
