/** Title and count, search box, sort, tile size; "Clear filters" when something narrows the list. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';
import { formatNumber } from '../shared/locale';
import { type LibraryFilters, type LibrarySort } from './filters';

interface ToolbarProps {
  title: string;
  total: number | null;
  filters: LibraryFilters;
  searchText: string;
  onSearch: (text: string) => void;
  onChange: (patch: Partial<LibraryFilters>) => void;
  tileSize: number;
  onTileSize: (size: number) => void;
  trashAction: ReactNode;
}

export function LibraryToolbar({ title, total, filters, searchText, onSearch, onChange, tileSize, onTileSize, trashAction }: ToolbarProps) {
  const { t } = useTranslation();
  const sorts: LibrarySort[] = filters.colour ? ['colour', 'newest', 'oldest', 'name', 'size'] : ['newest', 'oldest', 'name', 'size'];
  return (
    <div className="lib-toolbar">
      <div className="lib-toolbar-title">
        <h1 className="view-title">{title}</h1>
        <p className="lib-count" aria-live="polite" data-testid="library-count" data-total={total ?? ''}>
          {total === null ? '\u00a0' : t('library.assetCount', { count: total, formatted: formatNumber(total) })}
        </p>
        {trashAction && <div className="lib-toolbar-end">{trashAction}</div>}
      </div>
      <div className="lib-toolbar-controls">
        <label className="lib-search">
          <Icon name="search" size={18} className="lib-search-icon" />
          <span className="visually-hidden">{t('library.searchLabel')}</span>
          <input
            type="search"
            className="input"
            value={searchText}
            onChange={(event) => onSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && searchText) {
                event.preventDefault();
                event.stopPropagation();
                onSearch('');
              }
            }}
            placeholder={t('library.searchPlaceholder')}
            maxLength={200}
            data-testid="library-search"
          />
        </label>
        <label className="lib-sort">
          <span className="visually-hidden">{t('library.sortLabel')}</span>
          <select className="input" value={filters.sort} onChange={(event) => onChange({ sort: event.target.value as LibrarySort })} data-testid="library-sort">
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`library.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="lib-size" title={t('library.tileSize')}>
          <span className="visually-hidden">{t('library.tileSize')}</span>
          <Icon name="image" size={14} />
          <input type="range" min={120} max={300} step={8} value={tileSize} onChange={(event) => onTileSize(Number(event.target.value))} data-testid="library-tile-size" />
          <Icon name="image" size={20} />
        </label>
      </div>
    </div>
  );
}
