/**
 * The editor's library panel (issue 5): the user's images, videos, sounds and fonts, searched in
 * place, a page at a time. Click adds an asset (centred), dragging it onto the canvas drops it
 * where it lands (useImageDropAndPaste); sounds become the soundtrack, fonts apply to the
 * selected text. Importing from disk adds to the library and shows the file's tab.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { ASSET_KINDS } from '../../../../core/schema/constants';
import { refreshLibraryFonts } from '../../fonts/libraryFonts';
import { errorMessage } from '../../shared/errors';
import { HiddenFileInput } from '../../shared/HiddenFileInput';
import { Icon } from '../../shared/Icon';
import { AssetTile } from '../AssetTile';
import { SidePanel } from '../SidePanel';
import { importLibraryFile, useLibraryAssets, type AssetKind } from '../useAssets';
import { assetName, formatDuration } from './format';
import { AudioRow, FontRow } from './LibraryRows';
import { SoundtrackCard } from './SoundtrackCard';
import './library.css';

const ACCEPT: Record<AssetKind, string> = {
  image: 'image/*',
  video: 'video/*',
  audio: 'audio/*',
  font: '.ttf,.otf,.woff2,font/ttf,font/otf,font/woff2',
};
/** Typing pauses this long before the library is searched. */
const SEARCH_DEBOUNCE_MS = 250;

/** What a click on a picture does: add it (any kind), replace an image element's, or set the page background. */
export type LibraryPanelMode = 'browse' | 'replace' | 'background';

const TITLE = { browse: 'editor.library.title', replace: 'editor.imageProps.replaceTitle', background: 'editor.background.chooseTitle' } as const;

interface LibraryPanelProps {
  readOnly: boolean;
  /** Replacing an image element's picture or choosing the page background: images only, and the title says which. */
  mode?: LibraryPanelMode;
  /** The design's soundtrack (design.audio), shown with the sounds. */
  soundtrackId?: string;
  /** A click on an asset (insert it, make it the soundtrack, apply the font). */
  onPick: (asset: AssetSummary) => Promise<void>;
  onRemoveSoundtrack: () => void;
  onClose: () => void;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function LibraryPanel({ readOnly, mode = 'browse', soundtrackId, onPick, onRemoveSoundtrack, onClose }: LibraryPanelProps) {
  const { t } = useTranslation();
  const replacing = mode !== 'browse';
  const [chosenKind, setKind] = useState<AssetKind>('image');
  const kind = replacing ? 'image' : chosenKind;
  const [search, setSearch] = useState('');
  const query = useDebounced(search, SEARCH_DEBOUNCE_MS);
  const { assets, total, loading, error: loadError, hasMore, loadMore, refresh } = useLibraryAssets(kind, query);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const tabsId = useId();

  // Infinite list: the next page comes when the end of the list scrolls into view.
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, loadMore]);

  const onFile = async (file: File) => {
    setImporting(true);
    setError(null);
    setNotice(null);
    try {
      const asset = await importLibraryFile(file);
      setNotice(t('editor.library.imported', { name: assetName(asset) }));
      // A new brand font: the font picker and the canvas learn of it now.
      if (asset.kind === 'font') void refreshLibraryFonts();
      if (asset.kind !== kind && !replacing) setKind(asset.kind);
      else await refresh();
    } catch (e) {
      setError(t('editor.images.importFailed', { message: errorMessage(e) }));
    } finally {
      setImporting(false);
    }
  };

  const pick = async (asset: AssetSummary) => {
    setError(null);
    setNotice(null);
    try {
      await onPick(asset);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const empty = assets !== null && assets.length === 0;
  const title = t(TITLE[mode]);

  return (
    <SidePanel title={title} testId="image-panel" onClose={onClose}>
      {!replacing && (
        <div className="library-tabs" role="tablist" aria-label={t('editor.library.tabsLabel')}>
          {ASSET_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`${tabsId}-${k}`}
              aria-selected={k === kind}
              aria-controls={`${tabsId}-list`}
              className="library-tab"
              onClick={() => setKind(k)}
              data-testid={`library-tab-${k}`}
            >
              {t(`editor.library.tabs.${k}`)}
            </button>
          ))}
        </div>
      )}
      <label className="library-search">
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-4-4" />
        </svg>
        <input
          type="search"
          className="input"
          value={search}
          placeholder={t('editor.library.search')}
          aria-label={t('editor.library.search')}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="library-search"
        />
      </label>
      <HiddenFileInput ref={fileInput} accept={ACCEPT[kind]} testId="image-file-input" onFile={(file) => void onFile(file)} />
      <button type="button" className="btn btn-secondary btn-block" disabled={importing || readOnly} onClick={() => fileInput.current?.click()} data-testid="image-import">
        <Icon name="upload" size={18} />
        {importing ? t('editor.images.importing') : t(`editor.library.import.${kind}`)}
      </button>
      {error && (
        <p className="inline-error" role="alert" data-testid="image-import-error">
          {error}
        </p>
      )}
      {notice && !error && (
        <p className="inline-notice" role="status">
          {notice}
        </p>
      )}
      {loadError && (
        <p className="inline-error" role="alert">
          {loadError}
        </p>
      )}
      {kind === 'audio' && <SoundtrackCard assetId={soundtrackId} listed={assets} readOnly={readOnly} onRemove={onRemoveSoundtrack} />}
      {empty && <p className="side-panel-empty">{query.trim() ? t('editor.library.noMatch', { query: query.trim() }) : t(`editor.library.empty.${kind}`)}</p>}
      {assets && assets.length > 0 && (
        <>
          <p className="side-panel-hint">{mode === 'replace' ? t('editor.imageProps.replaceHint') : mode === 'background' ? t('editor.background.chooseHint') : t(`editor.library.hint.${kind}`)}</p>
          <div id={`${tabsId}-list`} role="tabpanel" aria-labelledby={`${tabsId}-${kind}`} className={kind === 'image' || kind === 'video' ? 'asset-grid' : 'library-rows'} data-testid="asset-grid" data-kind={kind}>
            {assets.map((asset) => {
              const onClick = () => void pick(asset);
              if (asset.kind === 'audio') return <AudioRow key={asset.id} asset={asset} active={asset.id === soundtrackId} onPick={onClick} />;
              if (asset.kind === 'font') return <FontRow key={asset.id} asset={asset} onPick={onClick} />;
              return (
                <AssetTile
                  key={asset.id}
                  asset={asset}
                  label={t('editor.library.insert', { name: assetName(asset) })}
                  onPick={onClick}
                  draggable={!readOnly}
                  caption={assetName(asset)}
                  badge={asset.kind === 'video' && asset.durationMs !== undefined ? formatDuration(asset.durationMs) : undefined}
                />
              );
            })}
          </div>
          {hasMore && (
            <div ref={sentinel} className="library-more">
              <button type="button" className="btn btn-ghost btn-block" disabled={loading} onClick={loadMore} data-testid="library-more">
                {loading ? t('editor.library.loading') : t('editor.library.loadMore')}
              </button>
              <span className="library-count">{t('editor.library.shownOf', { shown: assets.length, total })}</span>
            </div>
          )}
        </>
      )}
    </SidePanel>
  );
}
