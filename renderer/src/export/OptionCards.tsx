/**
 * The choice cards of the export and bundle dialogs: a legend and one card per option (a name in
 * bold, a hint below), a radio group where the selected card is outlined. Each card's test id is
 * `${testId}-${value}`.
 */
import type { ReactNode } from 'react';
import './export.css';

export interface OptionCard<T extends string> {
  value: T;
  name: ReactNode;
  hint: ReactNode;
  /** Shown dimmed and not choosable (its hint says why). */
  disabled?: boolean;
}

interface OptionCardsProps<T extends string> {
  legend: string;
  /** The radio group's name (one per group on screen). */
  name: string;
  options: readonly OptionCard<T>[];
  value: T;
  onChange: (value: T) => void;
  testId: string;
  /** Added to the cards' grid (e.g. its number of columns). */
  className?: string;
}

export function OptionCards<T extends string>({ legend, name, options, value, onChange, testId, className }: OptionCardsProps<T>) {
  return (
    <fieldset className="export-group">
      <legend className="field-label">{legend}</legend>
      <div className={className ? `export-formats ${className}` : 'export-formats'} role="radiogroup" aria-label={legend}>
        {options.map((option) => {
          const classes = ['export-format', ...(option.value === value ? ['export-format-selected'] : []), ...(option.disabled ? ['export-format-disabled'] : [])];
          return (
            <label key={option.value} className={classes.join(' ')} data-testid={`${testId}-${option.value}`}>
              <input type="radio" name={name} value={option.value} checked={option.value === value} disabled={option.disabled} onChange={() => onChange(option.value)} />
              <span className="export-format-name">{option.name}</span>
              <span className="export-format-hint">{option.hint}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
