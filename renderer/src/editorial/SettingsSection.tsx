/** Planning settings: the time zone posts are planned and shown in, "alt text required", the media base URL of bundles. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSettings } from '../../../core/posts/editorial';
import { CommitInput } from './fields';
import { EditorialSection } from './ListEditor';
import type { SectionProps } from './sectionProps';

function zoneNames(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported('timeZone') : [];
}

export function SettingsSection({ editorial, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const zones = useMemo(zoneNames, []);
  const { settings } = editorial;
  return (
    <EditorialSection id="settings" title={t('editorial.settings.title')}>
      <div className="edl-two">
        <label className="field">
          <span className="field-label">{t('editorial.settings.timeZone')}</span>
          <CommitInput value={settings.timeZone} label={t('editorial.settings.timeZone')} disabled={readOnly} onCommit={(timeZone) => edit((current) => updateSettings(current, { timeZone: timeZone.trim() }))} testId="edl-time-zone" list="edl-zones" />
          <span className="edl-field-hint">{t('editorial.settings.timeZoneHint')}</span>
        </label>
        <datalist id="edl-zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <label className="field">
          <span className="field-label">{t('editorial.settings.mediaBaseUrl')}</span>
          <CommitInput type="url" value={settings.mediaBaseUrl} placeholder="https://" label={t('editorial.settings.mediaBaseUrl')} disabled={readOnly} onCommit={(mediaBaseUrl) => edit((current) => updateSettings(current, { mediaBaseUrl }))} testId="edl-media-url" />
          <span className="edl-field-hint">{t('editorial.settings.mediaBaseUrlHint')}</span>
        </label>
        <label className="edl-check">
          <input type="checkbox" checked={settings.altTextRequired} disabled={readOnly} onChange={(event) => edit((current) => updateSettings(current, { altTextRequired: event.target.checked }))} data-testid="edl-alt-required" />
          <span>
            <span className="edl-check-label">{t('editorial.settings.altTextRequired')}</span>
            <span className="edl-field-hint">{t('editorial.settings.altTextRequiredHint')}</span>
          </span>
        </label>
      </div>
    </EditorialSection>
  );
}
