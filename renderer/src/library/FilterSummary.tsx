/**
 * The row over the grid when nothing is selected: the filters in force as removable chips, or a
 * one-line reminder of how to select and import. It has the bulk bar's height, so selecting an
 * asset never moves the grid under the pointer.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';
import { formatDate } from '../shared/locale';
import type { LibraryFilters } from './filters';
import type { CollectionWithCount } from './useCollections';

interface Props {
  filters: LibraryFilters;
  collections: CollectionWithCount[];
  onChange: (patch: Partial<LibraryFilters>) => void;
  onClearSearch: () => void;
  onClearAll: () => void;
}

export function FilterSummary({ filters, collections, onChange, onClearSearch, onClearAll }: Props) {
  const { t } = useTranslation();
  const day = (value: string) => formatDate(`${value}T12:00:00`);
  const chips: Array<{ key: string; label: string; remove: () => void; swatch?: string }> = [];
  if (filters.query.trim()) chips.push({ key: 'query', label: `“${filters.query.trim()}”`, remove: onClearSearch });
  if (filters.kind) chips.push({ key: 'kind', label: t(`library.kindPlural.${filters.kind}`), remove: () => onChange({ kind: null }) });
  const collection = collections.find((c) => c.id === filters.collection);
  if (filters.collection) chips.push({ key: 'collection', label: collection?.name ?? '…', remove: () => onChange({ collection: null }) });
  for (const tag of filters.tags) chips.push({ key: `tag-${tag}`, label: `#${tag}`, remove: () => onChange({ tags: filters.tags.filter((other) => other !== tag) }) });
  if (filters.colour) chips.push({ key: 'colour', label: filters.colour, swatch: filters.colour, remove: () => onChange({ colour: null, sort: 'newest' }) });
  if (filters.from) chips.push({ key: 'from', label: `${t('library.dateFrom')} ${day(filters.from)}`, remove: () => onChange({ from: '' }) });
  if (filters.to) chips.push({ key: 'to', label: `${t('library.dateTo')} ${day(filters.to)}`, remove: () => onChange({ to: '' }) });

  if (chips.length === 0) return <p className="lib-hint">{t('library.selectHint')}</p>;
  return (
    <div className="lib-filter-summary" data-testid="filter-summary">
      <ul className="lib-chip-list" aria-label={t('library.activeFilters')}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button type="button" className="lib-chip lib-chip-filter" aria-label={t('library.removeFilter', { filter: chip.label })} onClick={chip.remove}>
              {chip.swatch && <span className="lib-chip-swatch" style={{ background: chip.swatch }} />}
              {chip.label}
              <Icon name="close" size={12} />
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button type="button" className="link-btn lib-clear-all" onClick={onClearAll} data-testid="library-clear-filters">
          {t('library.clearAll')}
        </button>
      )}
    </div>
  );
}
