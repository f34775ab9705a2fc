/**
 * A time of day typed the UI language's way: "09:00" / "21:30" in French, "9:00 AM" / "9:30 PM"
 * in English, read back from any form either language writes ("9h30", "9:30 pm", "21:00"; see
 * parseTime). The value stays "HH:MM", 24 h, as posts and the editorial line store it.
 *
 * Not a bare <input type="time">: Chromium writes it in the browser's locale whatever the page's
 * `lang` (a French UI on an English system showed "09:00 AM"). A time that cannot be read is marked
 * and kept in the field to be fixed; the stored time does not change. The arrow keys still step
 * the time, a quarter hour at a time (an hour with Shift).
 */
import { useTranslation } from 'react-i18next';
import { formatTime, parseTime, stepTime } from './locale';
import { useTypedValue } from './useTypedValue';
import './fields.css';

interface TimeFieldProps {
  label: string;
  /** "HH:MM" (24 h), or "" for no time yet. */
  value: string;
  /** Gets "HH:MM"; false when the time was refused (the stored one comes back). */
  onChange: (time: string) => boolean | void;
  testId: string;
  /** For a <label htmlFor>. */
  id?: string;
  disabled?: boolean;
  className?: string;
}

export function TimeField({ label, value, onChange, testId, id, disabled, className }: TimeFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  // A time is never taken away by emptying the field: the stored one comes back.
  const field = useTypedValue({ value, format: formatTime, parse: parseTime, onChange, whenEmptied: 'revert', language });

  /** The arrow keys, as a time input's: a quarter hour (an hour with Shift) from what the field shows. */
  const step = (steps: number) => {
    const from = field.current();
    if (from) field.apply(stepTime(from, steps));
  };

  return (
    <input
      id={id}
      className={`input input-small time-field ${className ?? ''}`}
      type="text"
      autoComplete="off"
      spellCheck={false}
      placeholder={t('fields.timePlaceholder')}
      aria-label={label}
      title={field.invalid ? t('fields.timeInvalid') : undefined}
      disabled={disabled}
      {...field.inputProps}
      onKeyDown={(event) => {
        field.inputProps.onKeyDown(event);
        if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          event.preventDefault();
          step((event.key === 'ArrowUp' ? 1 : -1) * (event.shiftKey ? 4 : 1));
        }
      }}
      data-testid={testId}
    />
  );
}
