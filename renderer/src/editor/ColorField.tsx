import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeHex, toPickerValue } from './color';
import { BrandSwatches } from './brand/BrandSwatches';

const SWATCHES = ['#111111', '#ffffff', '#6d4aff', '#ff5a5f', '#ffb547', '#19a974', '#1e88e5', '#f4ede1'];

interface ColorFieldProps {
  label: string;
  value: string;
  onChange: (color: string) => void;
  testId: string;
}

/** Colour picker + hex field + the brand kit's palettes + a few default swatches. */
export function ColorField({ label, value, onChange, testId }: ColorFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [hex, setHex] = useState(toPickerValue(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setHex(toPickerValue(value));
    setInvalid(false);
  }, [value]);

  const commitHex = () => {
    const color = normalizeHex(hex);
    if (color) {
      setInvalid(false);
      if (color !== toPickerValue(value)) onChange(color);
      setHex(color);
    } else setInvalid(true);
  };

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="color-field">
        <input
          type="color"
          className="color-swatch-input"
          value={toPickerValue(value)}
          onChange={(event) => onChange(event.target.value)}
          aria-label={t('editor.props.pickColor', { label })}
          data-testid={`${testId}-picker`}
        />
        <input
          id={id}
          className="input color-hex"
          value={hex}
          spellCheck={false}
          maxLength={7}
          aria-invalid={invalid}
          onChange={(event) => setHex(event.target.value)}
          onBlur={commitHex}
          onKeyDown={(event) => event.key === 'Enter' && commitHex()}
          data-testid={`${testId}-hex`}
        />
      </div>
      {invalid && (
        <p className="field-error" role="alert">
          {t('editor.props.hexInvalid')}
        </p>
      )}
      {/* The brand's own colours come first: they are the ones a designer reaches for. */}
      <BrandSwatches current={toPickerValue(value)} onPick={onChange} testId={testId} />
      <div className="swatches" role="group" aria-label={t('editor.props.swatches')}>
        {SWATCHES.map((swatch) => (
          <button
            key={swatch}
            type="button"
            className={`swatch ${toPickerValue(value) === swatch ? 'swatch-selected' : ''}`}
            style={{ background: swatch }}
            aria-label={swatch}
            title={swatch}
            onClick={() => onChange(swatch)}
          />
        ))}
      </div>
    </div>
  );
}
