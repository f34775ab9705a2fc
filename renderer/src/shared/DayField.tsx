/**
 * A day typed the UI language's way ("08/05/2025" in French, "05/08/2025" in English) with the
 * system's calendar one click away. The value stays "yyyy-mm-dd", as date inputs give it. The
 * library's date filter and a post's planned day use it.
 *
 * Not a bare <input type="date">: Chromium writes it in the browser's locale whatever the page's
 * `lang`, so a French UI on an English system showed "mm/dd/yyyy". The native input is kept, out
 * of sight, for its calendar (showPicker), which only hands back a day.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { formatDay, parseDay } from './locale';
import { useTypedValue } from './useTypedValue';
import './fields.css';

interface DayFieldProps {
  label: string;
  /** "yyyy-mm-dd", or "" for no day. */
  value: string;
  /** Gets the day, or "" when the field was emptied; false when the day was refused (the stored one comes back). */
  onChange: (day: string) => boolean | void;
  testId: string;
  /** For a <label htmlFor>. */
  id?: string;
  disabled?: boolean;
}

export function DayField({ label, value, onChange, testId, id, disabled }: DayFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const field = useTypedValue({ value, format: formatDay, parse: parseDay, onChange, whenEmptied: 'clear', language });
  const picker = useRef<HTMLInputElement>(null);

  const openCalendar = () => {
    try {
      picker.current?.showPicker();
    } catch {
      // No picker here (an old engine): the day can still be typed.
      picker.current?.focus();
    }
  };

  return (
    <span className="day-field">
      <input
        id={id}
        className="input input-small"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('fields.dayPlaceholder')}
        aria-label={label}
        title={field.invalid ? t('fields.dayInvalid') : undefined}
        disabled={disabled}
        {...field.inputProps}
        data-testid={testId}
      />
      <button type="button" className="icon-btn day-field-pick" aria-label={t('fields.dayPick', { label })} title={t('fields.dayPick', { label })} disabled={disabled} onClick={openCalendar} data-testid={`${testId}-pick`}>
        <Icon name="calendar" size={16} />
      </button>
      <input ref={picker} className="day-field-native" type="date" tabIndex={-1} aria-hidden="true" value={value} onChange={(event) => field.apply(event.target.value)} data-testid={`${testId}-native`} />
    </span>
  );
}
