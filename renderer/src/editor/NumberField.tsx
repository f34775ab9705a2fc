/**
 * A number input that lets the user type freely (an empty or half-typed value is kept as a draft)
 * and commits only values inside [min, max], rounded to `decimals`. Leaving the field shows the
 * stored value again.
 */
import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  decimals?: number;
  unit?: string;
  disabled?: boolean;
  className?: string;
  onChange: (value: number) => void;
  testId: string;
}

export function NumberField({ label, value, min, max, step = 1, decimals = 1, unit, disabled, className, onChange, testId }: NumberFieldProps) {
  const id = useId();
  const scale = 10 ** decimals;
  const shown = String(Math.round(value * scale) / scale);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const commit = (text: string) => {
    const parsed = Number(text);
    if (text.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max) onChange(Math.round(parsed * scale) / scale);
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {unit && <span className="field-unit"> ({unit})</span>}
      </label>
      <input
        id={id}
        className="input"
        type="number"
        min={min}
        max={max}
        step={step}
        value={draft}
        disabled={disabled}
        onChange={(event) => {
          setDraft(event.target.value);
          commit(event.target.value);
        }}
        onBlur={() => setDraft(shown)}
        data-testid={testId}
      />
    </div>
  );
}
