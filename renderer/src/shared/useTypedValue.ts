/**
 * A value typed as text the UI language's way and stored in one fixed form (DayField, TimeField):
 * the draft the user types, shown again from the stored value when it changes; Enter or leaving
 * the field reads it (`parse`), an unreadable draft is marked and kept to be fixed while the stored
 * value stays; Escape brings the stored value back; a change the owner refuses (onChange gives
 * false) shows the stored value again.
 */
import { useEffect, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { currentLanguage, type UiLanguage } from '../i18n';

export interface TypedValueOptions {
  /** The stored form ("yyyy-mm-dd", "HH:MM"), or "" for none. */
  value: string;
  format: (value: string, language: UiLanguage) => string;
  parse: (text: string, language: UiLanguage) => string | null;
  /** False when the owner refused the value. */
  onChange: (value: string) => boolean | void;
  /** What an emptied field means: no value (`clear`), or the stored one back (`revert`). */
  whenEmptied: 'clear' | 'revert';
  language?: UiLanguage;
}

export interface TypedValue {
  invalid: boolean;
  /** The stored form of what the field shows when it can be read, else the stored value. */
  current: () => string;
  /** Stores `value` (already in the stored form) and shows it. */
  apply: (value: string) => void;
  revert: () => void;
  /** For the <input>: its text, its edits, its blur and Enter/Escape. */
  inputProps: {
    value: string;
    'aria-invalid': boolean;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onBlur: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  };
}

export function useTypedValue({ value, format, parse, onChange, whenEmptied, language = currentLanguage() }: TypedValueOptions): TypedValue {
  const [draft, setDraft] = useState(() => format(value, language));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    setDraft(format(value, language));
    setInvalid(false);
  }, [value, language, format]);

  const revert = () => {
    setDraft(format(value, language));
    setInvalid(false);
  };

  const apply = (next: string) => {
    setInvalid(false);
    setDraft(format(next, language));
    if (next !== value && onChange(next) === false) setDraft(format(value, language));
  };

  const commit = () => {
    if (draft.trim() === '') return whenEmptied === 'clear' ? apply('') : revert();
    const read = parse(draft, language);
    if (read === null) return setInvalid(true);
    apply(read);
  };

  return {
    invalid,
    current: () => parse(draft, language) ?? value,
    apply,
    revert,
    inputProps: {
      value: draft,
      'aria-invalid': invalid,
      onChange: (event) => {
        setDraft(event.target.value);
        setInvalid(false);
      },
      onBlur: commit,
      onKeyDown: (event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') revert();
      },
    },
  };
}
