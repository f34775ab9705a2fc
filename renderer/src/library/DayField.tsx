/**
 * A day typed the UI language's way ("08/05/2025" in French, "05/08/2025" in English) with the
 * system's calendar one click away. The value stays "yyyy-mm-dd", as filters.ts keeps it.
 *
 * Not a bare <input type="date">: Chromium writes it in the browser's locale whatever the page's
 * `lang`, so a French UI on an English system showed "mm/dd/yyyy". The native input is kept, out
 * of sight, for its calendar (showPicker), which only hands back a day.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';
import { formatDay, parseDay } from '../shared/locale';

interface DayFieldProps {
  label: string;
  /** "yyyy-mm-dd", or "" for no day. */
  value: string;
  onChange: (day: string) => void;
  testId: string;
}

export function DayField({ label, value, onChange, testId }: DayFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [draft, setDraft] = useState(() => formatDay(value, language));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setDraft(formatDay(value, language));
    setInvalid(false);
  }, [value, language]);

  const commit = () => {
    if (draft.trim() === '') {
      setInvalid(false);
      if (value !== '') onChange('');
      return;
    }
    const day = parseDay(draft, language);
    if (!day) return setInvalid(true);
    setInvalid(false);
    setDraft(formatDay(day, language));
    if (day !== value) onChange(day);
  };

  const openCalendar = () => {
    try {
      picker.current?.showPicker();
    } catch {
      // No picker here (an old engine): the day can still be typed.
      picker.current?.focus();
    }
  };

  return (
    <span className="lib-day">
      <input
        className="input input-small"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('library.datePlaceholder')}
        aria-label={label}
        aria-invalid={invalid}
        title={invalid ? t('library.dateInvalid') : undefined}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setInvalid(false);
        }}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
        data-testid={testId}
      />
      <button type="button" className="icon-btn lib-day-pick" aria-label={t('library.datePick', { label })} title={t('library.datePick', { label })} onClick={openCalendar} data-testid={`${testId}-pick`}>
        <Icon name="calendar" size={16} />
      </button>
      <input ref={picker} className="lib-day-native" type="date" tabIndex={-1} aria-hidden="true" value={value} onChange={(event) => onChange(event.target.value)} data-testid={`${testId}-native`} />
    </span>
  );
}
