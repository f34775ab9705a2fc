import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemLanguage, type LanguageSetting } from '../i18n';
import { errorMessage } from '../shared/errors';
import { Modal } from '../shared/Modal';
import { LibraryBackup } from './LibraryBackup';
import './settings.css';

interface SettingsDialogProps {
  setting: LanguageSetting;
  onChange: (setting: LanguageSetting) => Promise<void>;
  version?: string;
  onClose: () => void;
}

const CHOICES: LanguageSetting[] = ['system', 'fr', 'en'];

/** Language (System / Français / English), applied as soon as it is picked; library backup (./LibraryBackup.tsx). */
export function SettingsDialog({ setting, onChange, version, onClose }: SettingsDialogProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const osLanguage = systemLanguage();

  const pick = async (next: LanguageSetting) => {
    if (next === setting) return;
    setBusy(true);
    setError(null);
    try {
      await onChange(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('settings.title')}
      onClose={onClose}
      size="sm"
      testId="settings-dialog"
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose} data-testid="settings-done">
          {t('common.done')}
        </button>
      }
    >
      <fieldset className="settings-group" disabled={busy}>
        <legend className="field-label">{t('settings.language')}</legend>
        <div className="choice-list" role="radiogroup" aria-label={t('settings.language')}>
          {CHOICES.map((choice) => (
            <label key={choice} className={`choice ${setting === choice ? 'choice-selected' : ''}`} data-testid={`language-${choice}`}>
              <input type="radio" name="language" value={choice} checked={setting === choice} onChange={() => void pick(choice)} />
              <span className="choice-text">
                <span className="choice-title">{t(`settings.languages.${choice}`)}</span>
                {choice === 'system' && (
                  <span className="choice-hint">{t('settings.systemHint', { language: t(`settings.languages.${osLanguage}`) })}</span>
                )}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p className="inline-error" role="alert">
          {t('settings.saveFailed')} {error}
        </p>
      )}
      <LibraryBackup />
      {version && <p className="settings-about">{t('settings.about', { version })}</p>}
    </Modal>
  );
}
