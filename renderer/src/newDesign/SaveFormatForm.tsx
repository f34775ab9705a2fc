/**
 * "Save as a format": the custom size typed above, kept under a name (and an optional file-size
 * cap) in the library, to be picked later from "My formats" and from "Resize to...".
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_FORMAT_LIMITS } from '../../../core/schema/constants';
import { errorMessage } from '../shared/errors';
import { checkMaxSize, MAX_MEGABYTES } from './formatChoices';

export interface SaveFormatInput {
  name: string;
  width: number;
  height: number;
  maxBytes?: number;
}

interface SaveFormatFormProps {
  /** The valid size typed above, or null while it has a problem. */
  size: { width: number; height: number } | null;
  /** Called instead of saving when the size is not valid, so the size fields show their problem. */
  onInvalidSize: () => void;
  onSave: (input: SaveFormatInput) => Promise<void>;
}

export function SaveFormatForm({ size, onInvalidSize, onSave }: SaveFormatFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [maxSize, setMaxSize] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const nameProblem = name.trim() === '' ? t('newDesign.formatProblem.nameRequired') : null;
  const cap = checkMaxSize(maxSize);
  const capProblem = cap.problem ? t(`newDesign.formatProblem.maxSize.${cap.problem}`, { max: MAX_MEGABYTES }) : null;
  const showName = submitted ? nameProblem : null;
  // The cap's problem shows as soon as something is typed: the field is optional, empty is fine.
  const showCap = maxSize.trim() !== '' || submitted ? capProblem : null;

  return (
    <form
      className="save-format"
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="save-format-form"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        setServerError(null);
        if (!size) return onInvalidSize();
        if (nameProblem || cap.problem !== null) return;
        setSaving(true);
        onSave({ name: name.trim(), width: size.width, height: size.height, ...(cap.bytes !== undefined ? { maxBytes: cap.bytes } : {}) })
          .then(() => {
            setName('');
            setMaxSize('');
            setSubmitted(false);
          })
          .catch((error: unknown) => setServerError(errorMessage(error)))
          .finally(() => setSaving(false));
      }}
    >
      <h3 className="save-format-title" id={`${id}-title`}>
        {t('newDesign.saveAsFormat')}
      </h3>
      <p className="save-format-intro">{t('newDesign.saveAsFormatIntro')}</p>
      <div className="save-format-fields">
        <div className="field save-format-name">
          <label htmlFor={`${id}-name`} className="field-label">
            {t('newDesign.formatName')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={USER_FORMAT_LIMITS.maxNameLength}
            placeholder={t('newDesign.formatNamePlaceholder')}
            onChange={(event) => {
              setName(event.target.value);
              setServerError(null);
            }}
            aria-invalid={showName !== null || serverError !== null}
            aria-describedby={showName || serverError ? `${id}-name-error` : undefined}
            data-testid="save-format-name"
          />
          {(showName || serverError) && (
            <p id={`${id}-name-error`} className="field-error" role="alert" data-testid="save-format-error">
              {showName ?? serverError}
            </p>
          )}
        </div>
        <div className="field save-format-cap">
          <label htmlFor={`${id}-cap`} className="field-label">
            {t('newDesign.maxSize')}
          </label>
          <div className="input-with-unit">
            <input
              id={`${id}-cap`}
              className="input"
              inputMode="decimal"
              value={maxSize}
              onChange={(event) => setMaxSize(event.target.value)}
              aria-invalid={showCap !== null}
              aria-describedby={showCap ? `${id}-cap-error` : `${id}-cap-hint`}
              data-testid="save-format-max"
            />
            <span className="input-unit">{t('newDesign.megabytesUnit')}</span>
          </div>
          {showCap ? (
            <p id={`${id}-cap-error`} className="field-error" role="alert">
              {showCap}
            </p>
          ) : (
            <p id={`${id}-cap-hint`} className="field-hint">
              {t('newDesign.maxSizeHint')}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn-secondary save-format-submit" disabled={saving} data-testid="save-format">
          {t('newDesign.saveAsFormat')}
        </button>
      </div>
    </form>
  );
}
