import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratioLabel } from '../../../core/formats/catalog';
import { FormatPreview } from '../shared/FormatPreview';
import { checkSide, MAX_SIDE, type SizeProblem } from './formatChoices';
import { SaveFormatForm, type SaveFormatInput } from './SaveFormatForm';

interface CustomSizeFormProps {
  onCreate: (width: number, height: number) => void;
  /** Saves the typed size as one of the user's formats; rejects with the reason. */
  onSaveFormat: (input: SaveFormatInput) => Promise<void>;
  busy: boolean;
}

/**
 * Width and height in pixels, each 1..8000, with the problem said next to the field; below, the
 * same size can be kept as a named format of the user's own ("Save as a format").
 */
export function CustomSizeForm({ onCreate, onSaveFormat, busy }: CustomSizeFormProps) {
  const { t } = useTranslation();
  const [width, setWidth] = useState('1080');
  const [height, setHeight] = useState('1080');
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState({ width: false, height: false });
  const w = checkSide(width);
  const h = checkSide(height);
  const valid = w.problem === null && h.problem === null;

  return (
    <div className="custom-size-tab">
      <form
        className="custom-size"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (w.value !== null && h.value !== null) onCreate(w.value, h.value);
        }}
      >
        <p className="custom-size-intro">{t('newDesign.customIntro', { max: MAX_SIDE })}</p>
        <div className="custom-size-fields">
          <SideField
            label={t('newDesign.width')}
            value={width}
            onChange={(value) => {
              setWidth(value);
              setTouched((v) => ({ ...v, width: true }));
            }}
            problem={w.problem}
            show={submitted || touched.width}
            testId="custom-width"
          />
          <span className="custom-size-times" aria-hidden="true">
            ×
          </span>
          <SideField
            label={t('newDesign.height')}
            value={height}
            onChange={(value) => {
              setHeight(value);
              setTouched((v) => ({ ...v, height: true }));
            }}
            problem={h.problem}
            show={submitted || touched.height}
            testId="custom-height"
          />
          {valid && w.value && h.value && (
            <span className="custom-size-preview">
              <FormatPreview width={w.value} height={h.value} box={56} />
              <span className="chip">{ratioLabel(w.value, h.value)}</span>
            </span>
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="custom-create">
          {t('newDesign.createCustom')}
        </button>
      </form>
      {/* A sibling form, not a nested one: Enter in the name field saves, it does not create a design. */}
      <SaveFormatForm
        size={valid && w.value && h.value ? { width: w.value, height: h.value } : null}
        onInvalidSize={() => setSubmitted(true)}
        onSave={onSaveFormat}
      />
    </div>
  );
}

interface SideFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: SizeProblem | null;
  show: boolean;
  testId: string;
}

function SideField({ label, value, onChange, problem, show, testId }: SideFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const visibleProblem = show ? problem : null;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="input-with-unit">
        <input
          id={id}
          className="input"
          inputMode="numeric"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={visibleProblem !== null}
          aria-describedby={visibleProblem ? `${id}-error` : undefined}
          data-testid={testId}
        />
        <span className="input-unit">px</span>
      </div>
      {visibleProblem && (
        <p id={`${id}-error`} className="field-error" role="alert" data-testid={`${testId}-error`}>
          {t(`newDesign.sizeProblem.${visibleProblem}`, { max: MAX_SIDE })}
        </p>
      )}
    </div>
  );
}
