/**
 * A number the user types in the UI language ("1,25" in French, "1.25" in English; French also
 * takes a point): an empty or half-typed value is kept as a draft, and only values inside
 * [min, max], rounded to `decimals`, are committed. Arrow keys step (Shift: ten steps). Leaving
 * the field shows the stored value again, written the language's way (shared/locale.ts).
 *
 * A text input rather than type="number": Chromium writes and reads a number input in the
 * browser's locale, not the UI's, so a French UI on an English system would show "1.1".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseNumber } from '../shared/locale';

interface NumberInputProps {
  value: number;
  min: number;
  max: number;
  step?: number;
  decimals?: number;
  disabled?: boolean;
  id?: string;
  className?: string;
  /** The accessible name when no <label> points at the input. */
  ariaLabel?: string;
  onChange: (value: number) => void;
  testId: string;
}

export function NumberInput({ value, min, max, step = 1, decimals = 1, disabled, id, className = 'input', ariaLabel, onChange, testId }: NumberInputProps) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const scale = 10 ** decimals;
  const round = (n: number) => Math.round(n * scale) / scale;
  const shown = formatNumber(value, { decimals, grouping: false }, language);
  const [draft, setDraft] = useState(shown);
  const focused = useRef(false);
  // A new value from elsewhere (undo, the canvas) replaces the draft, unless the user is typing
  // a draft that already says it: "1," on the way to "1,25" must not be rewritten to "1".
  useEffect(() => {
    setDraft((current) => {
      const typed = focused.current ? parseNumber(current, language) : null;
      return typed !== null && round(typed) === round(value) ? current : shown;
    });
  }, [shown]); // eslint-disable-line react-hooks/exhaustive-deps -- `shown` carries value and language

  const commit = (text: string) => {
    const parsed = parseNumber(text, language);
    if (parsed !== null && parsed >= min && parsed <= max) onChange(round(parsed));
  };
  const stepBy = (steps: number) => {
    const next = Math.min(max, Math.max(min, round(value + steps * step)));
    setDraft(formatNumber(next, { decimals, grouping: false }, language));
    if (next !== value) onChange(next);
  };

  return (
    <input
      id={id}
      className={className}
      type="text"
      inputMode="decimal"
      role="spinbutton"
      aria-label={ariaLabel}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      autoComplete="off"
      spellCheck={false}
      value={draft}
      disabled={disabled}
      onChange={(event) => {
        setDraft(event.target.value);
        commit(event.target.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          event.preventDefault();
          stepBy((event.key === 'ArrowUp' ? 1 : -1) * (event.shiftKey ? 10 : 1));
        } else if (event.key === 'Enter') {
          setDraft(shown);
        }
      }}
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false;
        setDraft(shown);
      }}
      data-testid={testId}
    />
  );
}

interface NumberFieldProps extends Omit<NumberInputProps, 'id' | 'ariaLabel'> {
  label: string;
  unit?: string;
  /** A tooltip on the field (why it cannot be typed in, for one). */
  hint?: string;
}

export function NumberField({ label, unit, className, hint, ...input }: NumberFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`} title={hint}>
      <label className="field-label" htmlFor={id}>
        {label}
        {unit && <span className="field-unit"> ({unit})</span>}
      </label>
      <NumberInput id={id} {...input} />
    </div>
  );
}
