/**
 * The safe-zone warnings as the UI words them: which rows of a page overlap the platform's UI, and
 * the sentence for each ("“Title” overlaps the caption area on Instagram Reel"). The geometry is
 * core's (core/preflight/safeZoneOverlap.ts); this file only looks up and translates, so the layers
 * panel and the export dialog say the same thing.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS, type Format } from '../../../core/formats/catalog';
import { safeAreaFor, type SafeAreaLookup } from '../../../core/formats/safeArea';
import { unsafeOverlaps, type UnsafeArea, type UnsafeOverlap } from '../../../core/preflight/safeZoneOverlap';
import type { FormatRef, Page } from '../../../core/schema/design';
import { currentLanguage } from '../i18n';
import { formatList } from '../shared/locale';

export function useSafeArea(format: FormatRef): SafeAreaLookup {
  const { preset, width, height } = format;
  return useMemo(() => safeAreaFor({ preset, width, height }), [preset, width, height]);
}

/** Overlaps of one page; empty when the format has no safe zone. */
export function pageOverlaps(lookup: SafeAreaLookup, page: Page | undefined, format: FormatRef): UnsafeOverlap[] {
  if (!lookup.ok || !page) return [];
  return unsafeOverlaps(page.elements, lookup.pixels, format);
}

/** "Instagram Reel", "TikTok Video": the network and the format's own name. */
export function formatTitle(format: Format, language: 'fr' | 'en'): string {
  return `${NETWORK_LABELS[format.network]} ${format.name[language]}`;
}

/** Translates overlaps to sentences. */
export function useOverlapText() {
  const { t } = useTranslation();
  return useMemo(() => {
    const language = currentLanguage();
    const areaName = (area: UnsafeArea) => t(`editor.safeZone.areas.${area.kind === 'overlay' ? area.id : area.side}`);
    const areas = (overlap: UnsafeOverlap) => formatList(overlap.areas.map(areaName), language);
    // The overlap carries the element's label (core/elements elementLabel, as the layers panel's
    // layerLabel): the user's name or a text's words; without one, the kind.
    const name = (overlap: UnsafeOverlap) => overlap.name || t(overlap.role === 'text' ? 'editor.names.text' : 'editor.names.image');
    return {
      /** For a row that already shows the element's name (layers panel). */
      short: (overlap: UnsafeOverlap, format: Format) => t('editor.safeZone.layerWarning', { area: areas(overlap), format: formatTitle(format, language) }),
      /** A sentence that stands alone (export dialog). */
      full: (overlap: UnsafeOverlap, format: Format) => t('editor.safeZone.overlap', { name: name(overlap), area: areas(overlap), format: formatTitle(format, language) }),
    };
  }, [t]);
}
