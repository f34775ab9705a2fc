/**
 * Finding a layout in the template bank: words match names and tags in French and English,
 * accents and case aside ("ete" finds "été"), every word must match; the number of boxes is
 * the number of text slots.
 */
import type { BankTemplate } from '../../../core/templates/bank';
import { listSlots } from '../../../core/templates';
import { findFormat } from '../../../core/formats/catalog';
import type { Design } from '../../../core/schema';
import { fold } from '../library/tagSuggestions';

export interface BankEntry {
  template: BankTemplate;
  /** Built at its default format in the UI language (previews, slot lists). */
  design: Design;
  boxes: number;
  words: string;
}

/** What a filter asks: free words, and a number of boxes (4 meaning 4 or more). */
export interface BankFilter {
  query: string;
  boxes: number | null;
}

export function bankEntries(bank: readonly BankTemplate[], language: 'en' | 'fr'): BankEntry[] {
  return bank.flatMap((template) => {
    const format = findFormat(template.formats[0] ?? '');
    if (!format) return [];
    const design = template.build({ preset: format.id, width: format.width, height: format.height }, language);
    const boxes = listSlots(design).filter((info) => info.slot.kind === 'text').length;
    const words = fold([template.name.en, template.name.fr, ...template.tags.en, ...template.tags.fr].join(' '));
    return [{ template, design, boxes, words }];
  });
}

export function searchBank(entries: readonly BankEntry[], filter: BankFilter): BankEntry[] {
  const words = fold(filter.query).split(/[\s,;:!?.«»"“”'’()-]+/u).filter(Boolean);
  return entries.filter(
    (entry) => (filter.boxes === null || (filter.boxes >= 4 ? entry.boxes >= 4 : entry.boxes === filter.boxes)) && words.every((word) => entry.words.includes(word)),
  );
}
