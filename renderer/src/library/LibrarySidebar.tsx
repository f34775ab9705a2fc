/** Left column: views (all, favourites, trash), kinds, collections, tags, colour and dates. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DayField } from '../shared/DayField';
import { Icon } from '../shared/Icon';
import { formatNumber } from '../shared/locale';
import { Menu } from '../shared/Menu';
import { KIND_ICON } from './AssetCard';
import { CollectionNameField } from './CollectionNameField';
import { ASSET_KINDS } from '../../../core/schema/constants';
import type { LibraryFilters, LibraryView } from './filters';
import type { useCollections } from './useCollections';
import type { Facets } from './useFacets';
import { suggestTags, withTag } from './tagSuggestions';

/** Colour families to search by (the API finds dominant colours within a CIE76 distance). */
export const COLOUR_SWATCHES = ['#e53935', '#fb8c00', '#fdd835', '#43a047', '#00acc1', '#1e88e5', '#8e24aa', '#ec407a', '#8d6e63', '#212121', '#9e9e9e', '#ffffff'];

interface SidebarProps {
  filters: LibraryFilters;
  onChange: (patch: Partial<LibraryFilters>) => void;
  collections: ReturnType<typeof useCollections>;
  /** Counts of the whole library (outside the trash, but for the trash's own); null until known. */
  facets: Facets | null;
  readOnly: boolean;
  onError: (message: string, error: unknown) => void;
}

function Section({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="lib-side-section">
      <div className="lib-side-heading">
        <h2 className="lib-side-title">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** A count beside a view, a kind or a tag; nothing until the counts are known. */
function Count({ value, className = 'lib-side-count', testId }: { value: number | undefined; className?: string; testId: string }) {
  if (value === undefined) return null;
  return (
    <span className={className} data-testid={testId}>
      {formatNumber(value)}
    </span>
  );
}

export function LibrarySidebar({ filters, onChange, collections, facets, readOnly, onError }: SidebarProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [tagText, setTagText] = useState('');

  const views: Array<{ id: LibraryView; label: string; icon: ReactNode; count: number | undefined }> = [
    { id: 'all', label: t('library.viewAll'), icon: <Icon name="all" size={18} />, count: facets?.total },
    { id: 'favourites', label: t('library.viewFavourites'), icon: <Icon name="star" size={18} />, count: facets?.favourites },
    { id: 'trash', label: t('library.viewTrash'), icon: <Icon name="trash" size={18} />, count: facets?.trash },
  ];
  const knownTags = facets?.tags.map((entry) => entry.tag) ?? [];
  const tagCount = new Map(facets?.tags.map((entry) => [entry.tag, entry.count]));
  // Kind counts are the library's (outside the trash): shown beside the kinds except in the trash view.
  const kindCounts = filters.view === 'trash' ? undefined : facets?.kinds;

  const addTag = () => {
    const tags = withTag(filters.tags, tagText);
    setTagText('');
    if (tags.length !== filters.tags.length) onChange({ tags });
  };
  // The most used tags, narrowed to what is typed: a tag carried by one asset is one keystroke away.
  const suggestions = suggestTags(knownTags, tagText, filters.tags, 12);

  return (
    <nav className="lib-side" aria-label={t('library.filtersLabel')} data-testid="library-sidebar">
      <div className="lib-side-group">
        {views.map((view) => (
          <button
            key={view.id}
            type="button"
            className="lib-side-item"
            aria-pressed={filters.view === view.id}
            onClick={() => onChange({ view: view.id })}
            data-testid={`view-${view.id}`}
          >
            {view.icon}
            <span className="lib-side-label">{view.label}</span>
            <Count value={view.count} testId="view-count" />
          </button>
        ))}
      </div>

      <Section title={t('library.kindTitle')}>
        <div className="lib-kind-row" role="group" aria-label={t('library.kindTitle')}>
          <button type="button" className="lib-kind" aria-pressed={filters.kind === null} onClick={() => onChange({ kind: null })} data-testid="kind-all">
            {t('library.kindAll')}
            <Count value={kindCounts && facets?.total} className="lib-kind-count" testId="kind-count" />
          </button>
          {ASSET_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="lib-kind"
              aria-pressed={filters.kind === kind}
              onClick={() => onChange({ kind: filters.kind === kind ? null : kind })}
              data-testid={`kind-${kind}`}
            >
              <Icon name={KIND_ICON[kind]} size={14} />
              {t(`library.kindPlural.${kind}`)}
              <Count value={kindCounts?.[kind]} className="lib-kind-count" testId="kind-count" />
            </button>
          ))}
        </div>
      </Section>

      <Section
        title={t('library.collectionsTitle')}
        action={
          <button
            type="button"
            className="icon-btn lib-side-add"
            aria-label={t('library.newCollection')}
            title={t('library.newCollection')}
            disabled={readOnly}
            onClick={() => setCreating(true)}
            data-testid="collection-new"
          >
            <Icon name="plus" size={16} />
          </button>
        }
      >
        <ul className="lib-collections">
          {creating && (
            <li>
              <CollectionNameField
                initial=""
                label={t('library.newCollectionName')}
                onCancel={() => setCreating(false)}
                onSubmit={async (name) => {
                  try {
                    const created = await collections.create(name);
                    setCreating(false);
                    onChange({ collection: created.id });
                  } catch (error) {
                    onError(t('library.collectionFailed'), error);
                  }
                }}
              />
            </li>
          )}
          {collections.collections.map((collection) =>
            renaming === collection.id ? (
              <li key={collection.id}>
                <CollectionNameField
                  initial={collection.name}
                  label={t('library.renameCollection')}
                  onCancel={() => setRenaming(null)}
                  onSubmit={async (name) => {
                    try {
                      await collections.rename(collection.id, name);
                      setRenaming(null);
                    } catch (error) {
                      onError(t('library.collectionFailed'), error);
                    }
                  }}
                />
              </li>
            ) : (
              <li key={collection.id} className="lib-collection" data-testid="collection-item" data-name={collection.name}>
                <button
                  type="button"
                  className="lib-side-item"
                  aria-pressed={filters.collection === collection.id}
                  onClick={() => onChange({ collection: filters.collection === collection.id ? null : collection.id })}
                >
                  <Icon name="collection" size={18} />
                  <span className="lib-side-label">{collection.name}</span>
                  <span className="lib-side-count" data-testid="collection-count">
                    {collection.count}
                  </span>
                </button>
                {!readOnly && (
                  <Menu
                    label={t('library.collectionActions', { name: collection.name })}
                    testId="collection-menu"
                    className="lib-collection-menu"
                    items={[
                      { id: 'rename', label: t('library.rename'), icon: 'edit', onSelect: () => setRenaming(collection.id) },
                      {
                        id: 'delete',
                        label: t('library.deleteCollection'),
                        icon: 'trash',
                        danger: true,
                        onSelect: () => {
                          if (filters.collection === collection.id) onChange({ collection: null });
                          collections.remove(collection.id).catch((error: unknown) => onError(t('library.collectionFailed'), error));
                        },
                      },
                    ]}
                  />
                )}
              </li>
            ),
          )}
          {collections.collections.length === 0 && !creating && <li className="lib-side-hint">{t('library.noCollections')}</li>}
        </ul>
      </Section>

      <Section title={t('library.tagsTitle')}>
        {filters.tags.length > 0 && (
          <ul className="lib-chip-list" aria-label={t('library.activeTags')}>
            {filters.tags.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="lib-chip is-on"
                  aria-label={t('library.removeTagFilter', { tag })}
                  onClick={() => onChange({ tags: filters.tags.filter((other) => other !== tag) })}
                  data-testid="tag-filter-active"
                >
                  #{tag}
                  <Icon name="close" size={12} />
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="lib-tag-form"
          onSubmit={(event) => {
            event.preventDefault();
            addTag();
          }}
        >
          <input
            className="input input-small"
            value={tagText}
            onChange={(event) => setTagText(event.target.value)}
            placeholder={t('library.tagFilterPlaceholder')}
            aria-label={t('library.tagFilterLabel')}
            list="library-known-tags"
            data-testid="tag-filter-input"
          />
          <datalist id="library-known-tags">
            {/* The browser's own list: the most used tags are enough, the chips below find the rest. */}
            {knownTags.slice(0, 500).map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </form>
        {suggestions.length > 0 && (
          <ul className="lib-chip-list" aria-label={t('library.tagSuggestions')}>
            {suggestions.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="lib-chip"
                  onClick={() => {
                    setTagText('');
                    onChange({ tags: withTag(filters.tags, tag) });
                  }}
                  data-testid="tag-suggestion"
                  data-tag={tag}
                >
                  #{tag}
                  <Count value={tagCount.get(tag)} className="lib-chip-count" testId="tag-suggestion-count" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('library.colourTitle')}>
        <div className="lib-swatches" role="group" aria-label={t('library.colourTitle')}>
          {COLOUR_SWATCHES.map((hex) => (
            <button
              key={hex}
              type="button"
              className="lib-swatch"
              style={{ background: hex }}
              aria-pressed={filters.colour === hex}
              aria-label={t('library.colourSwatch', { hex })}
              title={hex}
              onClick={() => onChange(filters.colour === hex ? { colour: null, sort: 'newest' } : { colour: hex, sort: 'colour' })}
              data-testid="colour-swatch"
            />
          ))}
          <label className="lib-swatch lib-swatch-custom" title={t('library.colourCustom')}>
            <span className="visually-hidden">{t('library.colourCustom')}</span>
            <input
              type="color"
              value={filters.colour ?? '#6d4aff'}
              onChange={(event) => onChange({ colour: event.target.value.toLowerCase(), sort: 'colour' })}
              data-testid="colour-custom"
            />
          </label>
        </div>
      </Section>

      <Section title={t('library.dateTitle')}>
        <div className="lib-dates">
          <span className="field-label" aria-hidden="true">
            {t('library.dateFrom')}
          </span>
          <DayField label={t('library.dateFromLabel')} value={filters.from} onChange={(from) => onChange({ from })} testId="date-from" />
          <span className="field-label" aria-hidden="true">
            {t('library.dateTo')}
          </span>
          <DayField label={t('library.dateToLabel')} value={filters.to} onChange={(to) => onChange({ to })} testId="date-to" />
        </div>
      </Section>
    </nav>
  );
}
