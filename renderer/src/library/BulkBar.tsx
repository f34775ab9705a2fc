/** The bar over the grid while assets are selected: tags, collections, favourite, trash. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import { normaliseTags } from '../../../core/schema/assetOrganisation';
import { Icon } from '../shared/Icon';
import { formatNumber } from '../shared/locale';
import { Popover } from './Popover';
import { TagSuggestionList } from './TagSuggestionList';
import type { AssetActions } from './useAssetActions';
import type { CollectionWithCount } from './useCollections';

interface BulkBarProps {
  ids: string[];
  /** The selected assets that are loaded (all of them unless Ctrl+A on a huge search). */
  loaded: AssetSummary[];
  inTrash: boolean;
  readOnly: boolean;
  collections: CollectionWithCount[];
  /** Every tag of the library, most used first (`assets.facets`): offered in the tag popover. */
  knownTags: readonly string[];
  actions: AssetActions;
  onClear: () => void;
}

/** "summer, promo" or "#summer #promo" typed in one field. */
export function parseTagInput(text: string): string[] {
  return normaliseTags(text.split(/[,;]|\s(?=#)/));
}

export function BulkBar({ ids, loaded, inTrash, readOnly, collections, knownTags, actions, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const [tagText, setTagText] = useState('');
  const count = ids.length;
  const tagsOnSelection = [...new Set(loaded.flatMap((asset) => asset.tags ?? []))].sort();
  // Offered to add: tags not already on every loaded asset of the selection.
  const onEvery = loaded.length === 0 ? [] : tagsOnSelection.filter((tag) => loaded.every((asset) => asset.tags?.includes(tag)));
  const allFavourite = loaded.length > 0 && loaded.every((asset) => asset.favourite);
  const inCollection = (id: string) => loaded.filter((asset) => asset.collections?.includes(id)).length;

  return (
    <div className="lib-bulk" role="toolbar" aria-label={t('library.bulkLabel')} data-testid="bulk-bar">
      <span className="lib-bulk-count" data-testid="bulk-count">
        {t('library.selectedCount', { count, formatted: formatNumber(count) })}
      </span>
      {inTrash ? (
        <button type="button" className="btn btn-ghost btn-small" disabled={readOnly} onClick={() => void actions.restore(ids).then(onClear)} data-testid="bulk-restore">
          <Icon name="restore" size={16} />
          {t('library.restore')}
        </button>
      ) : (
        <>
          <Popover
            title={t('library.tagsTitle')}
            testId="bulk-tag"
            disabled={readOnly}
            label={
              <>
                <Icon name="tag" size={16} />
                <span className="lib-bulk-label">{t('library.tagAction')}</span>
              </>
            }
          >
            {(close) => (
              <div className="lib-popover-body">
                <form
                  className="lib-popover-row"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const tags = parseTagInput(tagText);
                    if (tags.length === 0) return;
                    setTagText('');
                    void actions.tag(ids, tags);
                    close();
                  }}
                >
                  <input
                    className="input input-small"
                    value={tagText}
                    onChange={(event) => setTagText(event.target.value)}
                    placeholder={t('library.addTagsPlaceholder')}
                    aria-label={t('library.addTagsLabel', { count })}
                    data-testid="bulk-tag-input"
                  />
                  <button type="submit" className="btn btn-primary btn-small" data-testid="bulk-tag-add">
                    {t('library.add')}
                  </button>
                </form>
                <TagSuggestionList
                  known={knownTags}
                  typed={tagText}
                  exclude={onEvery}
                  onPick={(tag) => {
                    setTagText('');
                    void actions.tag(ids, [tag]);
                    close();
                  }}
                />
                {tagsOnSelection.length > 0 && (
                  <>
                    <p className="lib-popover-hint">{t('library.removeTagsHint')}</p>
                    <ul className="lib-chip-list">
                      {tagsOnSelection.map((tag) => (
                        <li key={tag}>
                          <button
                            type="button"
                            className="lib-chip"
                            aria-label={t('library.removeTagFrom', { tag, count })}
                            onClick={() => void actions.tag(ids, [], [tag])}
                            data-testid="bulk-tag-remove"
                          >
                            #{tag}
                            <Icon name="close" size={12} />
                          </button>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            )}
          </Popover>
          <Popover
            title={t('library.collectionsTitle')}
            testId="bulk-collection"
            disabled={readOnly}
            label={
              <>
                <Icon name="collection" size={16} />
                <span className="lib-bulk-label">{t('library.collectionAction')}</span>
              </>
            }
          >
            {() => (
              <div className="lib-popover-body">
                {collections.length === 0 ? (
                  <p className="lib-popover-hint">{t('library.noCollections')}</p>
                ) : (
                  <ul className="lib-check-list">
                    {collections.map((collection) => {
                      const n = inCollection(collection.id);
                      const state = n === 0 ? false : n === loaded.length ? true : 'mixed';
                      return (
                        <li key={collection.id}>
                          <button
                            type="button"
                            role="checkbox"
                            aria-checked={state}
                            className="lib-check-item"
                            onClick={() => void (state === true ? actions.setCollections(ids, [], [collection.id]) : actions.setCollections(ids, [collection.id]))}
                            data-testid="bulk-collection-item"
                            data-name={collection.name}
                          >
                            <span className="lib-check-box" aria-hidden="true">
                              {state === true ? <Icon name="check" size={14} /> : state === 'mixed' ? '–' : null}
                            </span>
                            {collection.name}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            )}
          </Popover>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-pressed={allFavourite}
            aria-label={allFavourite ? t('library.unfavourite') : t('library.favourite')}
            title={allFavourite ? t('library.unfavourite') : t('library.favourite')}
            disabled={readOnly}
            onClick={() => void actions.setFavourite(ids, !allFavourite)}
            data-testid="bulk-favourite"
          >
            <Icon name="star" size={16} filled={allFavourite} />
            <span className="lib-bulk-label">{allFavourite ? t('library.unfavourite') : t('library.favourite')}</span>
          </button>
          <button type="button" className="btn btn-ghost btn-small lib-bulk-danger" disabled={readOnly} onClick={() => void actions.remove(ids)} aria-label={t('library.moveToTrash')} title={t('library.moveToTrash')} data-testid="bulk-delete">
            <Icon name="trash" size={16} />
            <span className="lib-bulk-label">{t('library.moveToTrash')}</span>
          </button>
        </>
      )}
      <button type="button" className="icon-btn lib-bulk-clear" aria-label={t('library.clearSelection')} title={t('library.clearSelection')} onClick={onClear} data-testid="bulk-clear">
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
