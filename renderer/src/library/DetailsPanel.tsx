/**
 * Right column for one selected asset: a large preview, the fields a designer fills in (name,
 * notes, credit, licence), what the file is, its tags and collections, and the designs using it.
 * Text fields save when they lose focus (or on Enter for one-line fields).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import type { AssetUpdateArgs, AssetUsage } from '../../../core/api/assetArgs';
import { ASSET_ORGANISATION_LIMITS as L } from '../../../core/schema/assetOrganisation';
import { getBridge } from '../bridge';
import { Icon } from '../shared/Icon';
import { errorMessage } from '../shared/errors';
import { useLibraryChanged } from '../shared/useLibraryChanged';
import { useToast } from '../shared/toastContext';
import { AssetThumb } from './AssetCard';
import { parseTagInput } from './BulkBar';
import { TagSuggestionList } from './TagSuggestionList';
import { formatBytes, formatDate, formatDuration, formatNumber, pixelSize } from '../shared/locale';
import { assetName, type AssetActions } from './useAssetActions';
import type { CollectionWithCount } from './useCollections';

type TextField = 'name' | 'notes' | 'credit' | 'licence';

interface DetailsPanelProps {
  asset: AssetSummary;
  readOnly: boolean;
  collections: CollectionWithCount[];
  /** Every tag of the library, most used first (`assets.facets`). */
  knownTags: readonly string[];
  actions: AssetActions;
  onFilterTag: (tag: string) => void;
  onFilterColour: (hex: string) => void;
  onClose: () => void;
}

function useUsage(id: string): AssetUsage | null {
  const [usage, setUsage] = useState<AssetUsage | null>(null);
  const [version, setVersion] = useState(0);
  useLibraryChanged('designs', () => setVersion((v) => v + 1));
  useEffect(() => {
    let live = true;
    setUsage(null);
    getBridge()
      .api['assets.usage']({ id })
      .then((result) => live && setUsage(result))
      .catch(() => live && setUsage({ designs: [], brandKit: false }));
    return () => {
      live = false;
    };
  }, [id, version]);
  return usage;
}

/** A text field bound to one asset field, saved on blur when it changed. */
function EditableText({
  asset,
  field,
  label,
  placeholder,
  multiline,
  maxLength,
  readOnly,
  onSave,
}: {
  asset: AssetSummary;
  field: TextField;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  maxLength: number;
  readOnly: boolean;
  onSave: (field: TextField, value: string) => void;
}) {
  const stored = field === 'name' ? assetName(asset) : (asset[field] ?? '');
  const [value, setValue] = useState(stored);
  // Another window (or the bulk bar) changed it: show the new value unless the user is typing.
  useEffect(() => setValue(stored), [stored, asset.id]);
  const commit = () => {
    if (value !== stored) onSave(field, value);
  };
  const common = {
    className: `input${multiline ? ' lib-textarea' : ''}`,
    value,
    placeholder,
    maxLength,
    readOnly,
    'data-testid': `details-${field}`,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(event.target.value),
    onBlur: commit,
  };
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            } else if (event.key === 'Escape' && value !== stored) {
              event.stopPropagation();
              setValue(stored);
            }
          }}
        />
      )}
    </label>
  );
}

function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function DetailsPanel({ asset, readOnly, collections, knownTags, actions, onFilterTag, onFilterColour, onClose }: DetailsPanelProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const usage = useUsage(asset.id);
  const [tagText, setTagText] = useState('');
  const inTrash = !!asset.deletedAt;
  const locked = readOnly || inTrash;

  const save = async (field: TextField, value: string) => {
    const patch: AssetUpdateArgs = { id: asset.id, [field]: value.trim() === '' ? null : value };
    try {
      await getBridge().api['assets.update'](patch);
    } catch (error) {
      toast.error(t('library.updateFailed'), errorMessage(error));
    }
  };

  const usedIn = usage?.designs ?? [];

  return (
    <aside className="lib-details" aria-label={t('library.detailsLabel')} data-testid="details-panel" data-asset-id={asset.id}>
      <div className="lib-details-head">
        <h2 className="lib-details-title">{t('library.detailsTitle')}</h2>
        <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={onClose} data-testid="details-close">
          <Icon name="close" size={18} />
        </button>
      </div>
      <div className="lib-details-scroll">
        <div className={`lib-details-preview lib-details-preview-${asset.kind}`}>
          {asset.kind === 'video' ? (
            <video key={asset.id} src={getBridge().mediaUrl('asset', asset.id)} poster={getBridge().mediaUrl('thumb', asset.id)} controls preload="none" />
          ) : (
            <AssetThumb key={asset.id} asset={asset} large />
          )}
        </div>
        {asset.kind === 'audio' && <audio key={asset.id} className="lib-details-audio" src={getBridge().mediaUrl('asset', asset.id)} controls preload="none" />}

        <div className="lib-details-row">
          <button
            type="button"
            className={`btn btn-secondary btn-small lib-fav-toggle${asset.favourite ? ' is-on' : ''}`}
            aria-pressed={!!asset.favourite}
            disabled={locked}
            onClick={() => void actions.setFavourite([asset.id], !asset.favourite)}
            data-testid="details-favourite"
          >
            <Icon name="star" size={16} filled={!!asset.favourite} />
            {asset.favourite ? t('library.favourited') : t('library.favourite')}
          </button>
          {inTrash ? (
            <button type="button" className="btn btn-secondary btn-small" disabled={readOnly} onClick={() => void actions.restore([asset.id])} data-testid="details-restore">
              <Icon name="restore" size={16} />
              {t('library.restore')}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-danger-outline btn-small"
              disabled={readOnly}
              onClick={() => void actions.remove([asset.id])}
              data-testid="details-delete"
            >
              <Icon name="trash" size={16} />
              {t('library.moveToTrash')}
            </button>
          )}
        </div>

        <EditableText asset={asset} field="name" label={t('library.name')} maxLength={L.maxNameLength} readOnly={locked} onSave={save} />
        <EditableText asset={asset} field="notes" label={t('library.notes')} placeholder={t('library.notesPlaceholder')} maxLength={L.maxNotesLength} multiline readOnly={locked} onSave={save} />
        <EditableText asset={asset} field="credit" label={t('library.credit')} placeholder={t('library.creditPlaceholder')} maxLength={L.maxCreditLength} readOnly={locked} onSave={save} />
        <EditableText asset={asset} field="licence" label={t('library.licence')} placeholder={t('library.licencePlaceholder')} maxLength={L.maxLicenceLength} readOnly={locked} onSave={save} />

        <section className="lib-details-section" aria-labelledby="lib-details-tags">
          <h3 id="lib-details-tags" className="lib-details-subtitle">
            {t('library.tagsTitle')}
          </h3>
          <ul className="lib-chip-list" data-testid="details-tags">
            {(asset.tags ?? []).map((tag) => (
              <li key={tag} className="lib-chip lib-chip-split">
                <button type="button" className="lib-chip-main" title={t('library.filterByTag', { tag })} onClick={() => onFilterTag(tag)}>
                  #{tag}
                </button>
                {!locked && (
                  <button
                    type="button"
                    className="lib-chip-x"
                    aria-label={t('library.removeTag', { tag })}
                    onClick={() => void actions.tag([asset.id], [], [tag])}
                    data-testid="details-tag-remove"
                  >
                    <Icon name="close" size={12} />
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!locked && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                const tags = parseTagInput(tagText);
                setTagText('');
                if (tags.length > 0) void actions.tag([asset.id], tags);
              }}
            >
              <input
                className="input input-small"
                value={tagText}
                onChange={(event) => setTagText(event.target.value)}
                placeholder={t('library.addTagsPlaceholder')}
                aria-label={t('library.addTagsLabel', { count: 1 })}
                data-testid="details-tag-input"
              />
              {/* Only while typing: the panel is long enough without a row of tags always there. */}
              {tagText.trim() !== '' && (
                <TagSuggestionList
                  known={knownTags}
                  typed={tagText}
                  exclude={asset.tags ?? []}
                  limit={6}
                  onPick={(tag) => {
                    setTagText('');
                    void actions.tag([asset.id], [tag]);
                  }}
                />
              )}
            </form>
          )}
        </section>

        <section className="lib-details-section" aria-labelledby="lib-details-collections">
          <h3 id="lib-details-collections" className="lib-details-subtitle">
            {t('library.collectionsTitle')}
          </h3>
          {collections.length === 0 ? (
            <p className="lib-side-hint">{t('library.noCollections')}</p>
          ) : (
            <ul className="lib-check-list">
              {collections.map((collection) => {
                const on = !!asset.collections?.includes(collection.id);
                return (
                  <li key={collection.id}>
                    <label className="lib-check-label">
                      <input
                        type="checkbox"
                        checked={on}
                        disabled={locked}
                        onChange={() => void (on ? actions.setCollections([asset.id], [], [collection.id]) : actions.setCollections([asset.id], [collection.id]))}
                        data-testid="details-collection"
                        data-name={collection.name}
                      />
                      {collection.name}
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section className="lib-details-section" aria-labelledby="lib-details-usage" data-testid="details-usage">
          <h3 id="lib-details-usage" className="lib-details-subtitle">
            {t('library.usedIn')}
          </h3>
          {usage === null ? (
            <p className="lib-side-hint">…</p>
          ) : usedIn.length === 0 && !usage.brandKit ? (
            <p className="lib-side-hint">{t('library.notUsed')}</p>
          ) : (
            <ul className="lib-usage">
              {usedIn.map((design) => (
                <li key={design.id}>
                  <a href={`#/design/${design.id}`} className="lib-usage-link" data-testid="usage-link">
                    {design.name}
                  </a>
                  {design.trashed && <span className="chip">{t('library.inDesignTrash')}</span>}
                </li>
              ))}
              {usage.brandKit && <li className="lib-usage-brand">{t('library.brandKitLogo')}</li>}
            </ul>
          )}
        </section>

        <section className="lib-details-section" aria-labelledby="lib-details-info">
          <h3 id="lib-details-info" className="lib-details-subtitle">
            {t('library.fileInfo')}
          </h3>
          <dl className="lib-info" data-testid="details-info">
            <InfoRow label={t('library.fileName')}>{asset.fileName}</InfoRow>
            <InfoRow label={t('library.type')}>
              {t(`library.kind.${asset.kind}`)} · {asset.mime}
            </InfoRow>
            {asset.width && asset.height && (
              <InfoRow label={t('library.pixelSize')}>
                {pixelSize(asset.width, asset.height, { unit: true })}
              </InfoRow>
            )}
            {asset.durationMs !== undefined && <InfoRow label={t('library.duration')}>{formatDuration(asset.durationMs)}</InfoRow>}
            {asset.fps !== undefined && <InfoRow label={t('library.fps')}>{formatNumber(asset.fps)}</InfoRow>}
            {(asset.videoCodec || asset.audioCodec) && (
              <InfoRow label={t('library.codecs')}>{[asset.videoCodec, asset.audioCodec].filter(Boolean).join(' · ')}</InfoRow>
            )}
            {asset.fontFamily && (
              <InfoRow label={t('library.fontFamily')}>
                {asset.fontFamily}
                {asset.fontStyle ? ` · ${asset.fontStyle}` : ''}
              </InfoRow>
            )}
            <InfoRow label={t('library.fileSize')}>{formatBytes(asset.bytes)}</InfoRow>
            <InfoRow label={t('library.imported')}>{formatDate(asset.createdAt, { withTime: true })}</InfoRow>
          </dl>
          {asset.colors && asset.colors.length > 0 && (
            <div className="lib-details-colours" role="group" aria-label={t('library.colours')}>
              {asset.colors.map((hex) => (
                <button
                  key={hex}
                  type="button"
                  className="lib-swatch lib-swatch-small"
                  style={{ background: hex }}
                  title={t('library.findColour', { hex })}
                  aria-label={t('library.findColour', { hex })}
                  onClick={() => onFilterColour(hex)}
                />
              ))}
            </div>
          )}
        </section>
      </div>
    </aside>
  );
}
