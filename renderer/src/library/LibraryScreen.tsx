/**
 * The asset library (#/library): filters on the left, the virtualised grid, the details of one
 * selected asset on the right; import by button, drop (folders too) or paste.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import type { Route } from '../useHashRoute';
import { AppHeader } from '../home/AppHeader';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Icon } from '../shared/Icon';
import { errorMessage } from '../shared/errors';
import { isTyping } from '../shared/isTyping';
import { useLibraryChanged } from '../shared/useLibraryChanged';
import { useToast } from '../shared/toastContext';
import { AssetGrid } from './AssetGrid';
import { BulkBar } from './BulkBar';
import { DetailsPanel } from './DetailsPanel';
import { ImportProgress } from './ImportProgress';
import { InUseDialog } from './InUseDialog';
import { LibrarySidebar } from './LibrarySidebar';
import { LibraryToolbar } from './LibraryToolbar';
import { LibraryEmpty } from './LibraryEmpty';
import { FilterSummary } from './FilterSummary';
import { activeFilterCount, clearFilters, DEFAULT_FILTERS, toListArgs, type LibraryFilters } from './filters';
import { IMPORT_ACCEPT } from './formatting';
import type { ImportProgress as Progress } from './importQueue';
import { importSummary } from './importSummary';
import { clickSelection, EMPTY_SELECTION, keepOnly, selectAll, type ClickModifiers } from './selection';
import { assetName, useAssetActions } from './useAssetActions';
import { useAssetPages } from './useAssetPages';
import { useCollections } from './useCollections';
import { useFacets } from './useFacets';
import { useFileDrop } from './useFileDrop';
import { useImporter } from './useImporter';
import { withTag } from './tagSuggestions';
import '../home/home.css';
import './library.css';

const SEARCH_DEBOUNCE_MS = 200;

interface LibraryScreenProps {
  readOnly: boolean;
  onNavigate: (route: Route) => void;
  onOpenSettings: () => void;
}

export function LibraryScreen({ readOnly, onOpenSettings }: LibraryScreenProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [filters, setFilters] = useState<LibraryFilters>(DEFAULT_FILTERS);
  const [searchText, setSearchText] = useState('');
  const [tileSize, setTileSize] = useState(176);
  const patchFilters = useCallback((patch: Partial<LibraryFilters>) => setFilters((current) => ({ ...current, ...patch })), []);

  useEffect(() => {
    const timer = window.setTimeout(() => setFilters((current) => (current.query === searchText ? current : { ...current, query: searchText })), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  const args = useMemo(() => toListArgs(filters), [filters]);
  const argsKey = JSON.stringify(args);
  const pages = useAssetPages(args);
  useLibraryChanged('assets', pages.refresh);
  const collections = useCollections();
  // Tag suggestions and the sidebar's counts: the whole library, not just the pages loaded.
  const facets = useFacets();
  const knownTags = facets.tags;
  const total = pages.total ?? 0;

  const [selection, setSelection] = useState(EMPTY_SELECTION);
  const [focusIndex, setFocusIndex] = useState(0);
  useEffect(() => {
    setSelection(EMPTY_SELECTION);
    setFocusIndex(0);
  }, [argsKey]);

  const forget = useCallback((ids: string[]) => {
    const gone = new Set(ids);
    setSelection((current) => keepOnly(current, (id) => !gone.has(id)));
  }, []);
  const actions = useAssetActions(forget);

  const selectedIds = useMemo(() => [...selection.ids], [selection]);
  // pages.version says when the cache changed: findById reads it.
  const loadedSelected = useMemo(() => selectedIds.map((id) => pages.findById(id)).filter((a): a is AssetSummary => !!a), [selectedIds, pages]);
  const single = selectedIds.length === 1 ? loadedSelected[0] : undefined;
  const idAt = useCallback((index: number) => pages.assetAt(index)?.id, [pages]);

  const click = useCallback(
    async (index: number, modifiers: ClickModifiers) => {
      if (index < 0) return setSelection(EMPTY_SELECTION);
      if (modifiers.range && selection.anchor !== null) await pages.ensureRange(selection.anchor, index);
      setSelection((current) => clickSelection(current, index, idAt, modifiers));
      setFocusIndex(index);
    },
    [idAt, pages, selection.anchor],
  );

  const selectEverything = useCallback(async () => {
    try {
      setSelection(selectAll(await pages.allIds()));
    } catch (error) {
      toast.error(t('library.loadFailed'), errorMessage(error));
    }
  }, [pages, t, toast]);

  // Ctrl+A and Escape anywhere on the screen, unless a field or a dialog has the keys.
  const keyState = useRef({ selectEverything, hasSelection: selection.ids.size > 0 });
  keyState.current = { selectEverything, hasSelection: selection.ids.size > 0 };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        void keyState.current.selectEverything();
      } else if (event.key === 'Escape' && keyState.current.hasSelection) {
        event.preventDefault();
        setSelection(EMPTY_SELECTION);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onImportFinished = useCallback(
    (result: Progress) => {
      pages.refresh();
      void collections.refresh();
      toast.show(importSummary(result, (key, options) => String(t(key as never, options as never))));
      const ids = [...result.importedIds, ...result.duplicateIds];
      if (ids.length > 0 && ids.length <= 500) setSelection({ ids: new Set(ids), anchor: null });
    },
    [collections, pages, t, toast],
  );
  const importer = useImporter(onImportFinished);
  const drop = useFileDrop(importer.start, !readOnly);
  const fileInput = useRef<HTMLInputElement>(null);

  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const emptyTrash = async () => {
    const names = new Map<string, string>();
    for (let i = 0; i < total; i++) {
      const asset = pages.assetAt(i);
      if (asset) names.set(asset.id, assetName(asset));
    }
    const result = await actions.emptyTrash();
    const kept = result.kept.map((id) => names.get(id) ?? id);
    toast.show({
      message: t('library.trashEmptied', { count: result.removed }),
      detail: kept.length > 0 ? t('library.trashKept', { count: kept.length, names: kept.slice(0, 10).join(', ') }) : undefined,
      kind: 'success',
      durationMs: kept.length > 0 ? 10_000 : undefined,
    });
    setSelection(EMPTY_SELECTION);
  };

  const inTrash = filters.view === 'trash';
  const filtered = activeFilterCount(filters) > 0 || filters.view !== 'all';
  const collectionName = filters.collection ? collections.collections.find((c) => c.id === filters.collection)?.name : undefined;
  const title = collectionName ?? (inTrash ? t('library.viewTrash') : filters.view === 'favourites' ? t('library.viewFavourites') : t('library.viewAll'));

  return (
    <div className="home library" data-testid="library" {...drop.handlers}>
      <AppHeader
        section="library"
        readOnly={readOnly}
        onOpenSettings={onOpenSettings}
        actions={
          <>
            <input
              ref={fileInput}
              type="file"
              multiple
              accept={IMPORT_ACCEPT}
              hidden
              data-testid="library-import-input"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                importer.start(files);
              }}
            />
            <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => fileInput.current?.click()} data-testid="library-import">
              <Icon name="upload" size={18} />
              {t('library.import')}
            </button>
          </>
        }
      />
      <div className={`library-body${single ? ' has-details' : ''}`}>
        <LibrarySidebar
          filters={filters}
          onChange={patchFilters}
          collections={collections}
          facets={facets.facets}
          readOnly={readOnly}
          onError={(message, error) => toast.error(message, errorMessage(error))}
        />
        <main className="library-main">
          {readOnly && (
            <p className="banner banner-warning" role="status">
              {t('home.readOnly')}
            </p>
          )}
          <LibraryToolbar
            title={title}
            total={pages.total}
            filters={filters}
            searchText={searchText}
            onSearch={setSearchText}
            onChange={patchFilters}
            tileSize={tileSize}
            onTileSize={setTileSize}
            trashAction={
              inTrash ? (
                <button type="button" className="btn btn-danger-outline btn-small" disabled={readOnly || total === 0} onClick={() => setConfirmEmpty(true)} data-testid="library-empty-trash">
                  <Icon name="trash" size={16} />
                  {t('library.emptyTrash')}
                </button>
              ) : null
            }
          />
          <div className="lib-context-row">
            {selection.ids.size > 0 ? (
              <BulkBar
                ids={selectedIds}
                loaded={loadedSelected}
                inTrash={inTrash}
                readOnly={readOnly}
                collections={collections.collections}
                knownTags={knownTags}
                actions={actions}
                onClear={() => setSelection(EMPTY_SELECTION)}
              />
            ) : (
              <FilterSummary
                filters={filters}
                collections={collections.collections}
                onChange={patchFilters}
                onClearSearch={() => {
                  setSearchText('');
                  patchFilters({ query: '' });
                }}
                onClearAll={() => {
                  setSearchText('');
                  setFilters((current) => clearFilters(current));
                }}
              />
            )}
          </div>
          <div className="library-grid-area">
            {pages.error && pages.total === null ? (
              <div className="load-error" role="alert">
                <p className="load-error-title">{t('library.loadFailed')}</p>
                <p className="load-error-detail">{pages.error}</p>
                <button type="button" className="btn btn-secondary" onClick={pages.refresh}>
                  {t('common.retry')}
                </button>
              </div>
            ) : pages.total === 0 ? (
              <LibraryEmpty
                kind={inTrash ? 'trash' : filtered ? 'filtered' : 'library'}
                onImport={() => fileInput.current?.click()}
                onClearFilters={() => {
                  setSearchText('');
                  setFilters((current) => ({ ...clearFilters(current), view: 'all' }));
                }}
                readOnly={readOnly}
              />
            ) : null}
            <AssetGrid
              pages={pages}
              total={total}
              tileSize={tileSize}
              selected={selection.ids}
              focusIndex={focusIndex}
              label={title}
              resetKey={argsKey}
              onClickTile={(index, modifiers) => void click(index, modifiers)}
              onFocusMove={(index, extend, keep) => {
                setFocusIndex(index);
                if (keep) return;
                void click(index, { toggle: false, range: extend });
              }}
              onToggleTile={(index) => void click(index, { toggle: true, range: false })}
              onFavourite={(asset) => void actions.setFavourite([asset.id], !asset.favourite)}
              onDeleteKey={() => {
                if (selectedIds.length === 0 || readOnly) return;
                void (inTrash ? actions.restore(selectedIds) : actions.remove(selectedIds));
              }}
            />
          </div>
        </main>
        {single && (
          <DetailsPanel
            key={single.id}
            asset={single}
            readOnly={readOnly}
            collections={collections.collections}
            knownTags={knownTags}
            actions={actions}
            onFilterTag={(tag) => patchFilters({ tags: withTag(filters.tags, tag) })}
            onFilterColour={(hex) => patchFilters({ colour: hex, sort: 'colour' })}
            onClose={() => setSelection(EMPTY_SELECTION)}
          />
        )}
      </div>
      {drop.dragging && (
        <div className="lib-drop" aria-hidden="true" data-testid="library-drop-overlay">
          <div className="lib-drop-card">
            <Icon name="upload" size={32} />
            <p>{t('library.dropHere')}</p>
          </div>
        </div>
      )}
      {importer.progress && <ImportProgress progress={importer.progress} cancelling={importer.cancelling} onCancel={importer.cancel} />}
      {actions.pendingDelete && (
        <InUseDialog
          pending={actions.pendingDelete}
          findAsset={pages.findById}
          onClose={actions.cancelDelete}
          onForce={() => void actions.remove(actions.pendingDelete!.ids, true)}
          onOnlyUnused={() => {
            const used = new Set(actions.pendingDelete!.inUse.map((entry) => entry.id));
            void actions.remove(
              actions.pendingDelete!.ids.filter((id) => !used.has(id)),
              true,
            );
          }}
        />
      )}
      {confirmEmpty && (
        <ConfirmDialog
          testId="library-empty-trash-dialog"
          title={t('library.emptyTrashTitle')}
          message={t('library.emptyTrashBody', { count: total })}
          confirmLabel={t('library.emptyTrash')}
          danger
          onConfirm={emptyTrash}
          onClose={() => setConfirmEmpty(false)}
        />
      )}
    </div>
  );
}
