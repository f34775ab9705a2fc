/**
 * "My formats": the sizes the user saved, as cards like the networks' ones. A click creates a
 * design; the "⋯" menu renames (in place) or deletes. Designs made from a deleted format keep
 * their size: only the name in their label goes.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFormatSummary } from '../../../core/api';
import { ratioLabel } from '../../../core/formats/catalog';
import { USER_FORMAT_LIMITS } from '../../../core/schema/constants';
import { errorMessage } from '../shared/errors';
import { FormatPreview } from '../shared/FormatPreview';
import { Menu } from '../shared/Menu';
import { pixelSize } from '../shared/formatLabel';

interface UserFormatsPanelProps {
  formats: readonly UserFormatSummary[];
  busy: boolean;
  onPick: (format: UserFormatSummary) => void;
  /** Resolves when renamed; rejects with the reason to show. */
  onRename: (format: UserFormatSummary, name: string) => Promise<void>;
  onDelete: (format: UserFormatSummary) => void;
  onGoCustom: () => void;
}

export function UserFormatsPanel({ formats, busy, onPick, onRename, onDelete, onGoCustom }: UserFormatsPanelProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);

  if (formats.length === 0) {
    return (
      <div className="user-formats-empty" data-testid="user-formats-empty">
        <p className="user-formats-empty-title">{t('newDesign.mineEmpty')}</p>
        <p className="user-formats-empty-hint">{t('newDesign.mineEmptyHint')}</p>
        <button type="button" className="btn btn-secondary" onClick={onGoCustom}>
          {t('newDesign.mineGoCustom')}
        </button>
      </div>
    );
  }

  return (
    <div className="format-grid" data-testid="user-formats">
      {formats.map((format) =>
        renaming === format.id ? (
          <RenameCard
            key={format.id}
            format={format}
            onCancel={() => setRenaming(null)}
            onSave={(name) => onRename(format, name).then(() => setRenaming(null))}
          />
        ) : (
          <div key={format.id} className="user-format" data-testid={`user-format-${format.id}`}>
            <button type="button" className="format-card" onClick={() => onPick(format)} disabled={busy} data-testid={`user-format-pick-${format.id}`}>
              <span className="format-card-preview">
                <FormatPreview width={format.width} height={format.height} box={72} />
              </span>
              <span className="format-card-name user-format-name">{format.name}</span>
              <span className="format-card-meta">
                <span className="format-card-size">{pixelSize(format.width, format.height)}</span>
                <span className="chip">{ratioLabel(format.width, format.height)}</span>
                {format.limits?.maxBytes !== undefined && (
                  <span className="chip chip-accent" title={t('newDesign.maxSize')}>
                    {/* "5 MB" / "5 Mo", counted as the catalog counts: 1 MB = 1,000,000 bytes. */}
                    ≤ {t('newDesign.megabytes', { value: format.limits.maxBytes / 1_000_000 })}
                  </span>
                )}
              </span>
            </button>
            <Menu
              label={t('newDesign.formatMenu', { name: format.name })}
              className="user-format-menu"
              testId={`user-format-menu-${format.id}`}
              items={[
                { id: 'rename-format', label: t('newDesign.renameFormat'), icon: 'edit', onSelect: () => setRenaming(format.id) },
                { id: 'delete-format', label: t('newDesign.deleteFormat'), icon: 'trash', danger: true, onSelect: () => onDelete(format) },
              ]}
            />
          </div>
        ),
      )}
    </div>
  );
}

function RenameCard({ format, onSave, onCancel }: { format: UserFormatSummary; onSave: (name: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(format.name);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  return (
    <form
      className="user-format user-format-rename"
      noValidate
      data-testid={`user-format-rename-${format.id}`}
      onSubmit={(event) => {
        event.preventDefault();
        const clean = name.trim();
        if (!clean) return setError(t('newDesign.formatProblem.nameRequired'));
        if (clean === format.name) return onCancel();
        setSaving(true);
        onSave(clean)
          .catch((e: unknown) => setError(errorMessage(e)))
          .finally(() => setSaving(false));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          // Close the rename, not the whole dialog.
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <span className="format-card-preview">
        <FormatPreview width={format.width} height={format.height} box={72} />
      </span>
      <input
        ref={input}
        className="input"
        value={name}
        maxLength={USER_FORMAT_LIMITS.maxNameLength}
        aria-label={t('newDesign.renameLabel', { name: format.name })}
        aria-invalid={error !== null}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        data-testid="user-format-rename-input"
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <span className="user-format-rename-actions">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving} data-testid="user-format-rename-save">
          {t('newDesign.renameSave')}
        </button>
      </span>
    </form>
  );
}
