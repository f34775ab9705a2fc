/**
 * A labelled slider with its value beside the label, typed in the UI language as well as dragged
 * (opacity, spacing, outline width, filters...): "Interligne 1,1" in French, "Line spacing 1.1" in
 * English, and typing "1,25" there sets 1.25.
 */
import { useId } from 'react';
import { unitAffixes, type Unit } from '../shared/locale';
import { NumberInput } from './NumberField';

/** Digits after the separator that `step` needs: 0.05 -> 2, 1 -> 0 (a typed value is kept to them, as the slider would). */
function decimalsOf(step: number): number {
  const [, fraction = ''] = String(step).split('.');
  return fraction.length;
}

export function RangeField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  /** A leading space is ignored (" px" reads as "px"): the language decides the spacing. */
  unit?: Unit | ` ${Unit}`;
  onChange: (value: number) => void;
  testId: string;
}) {
  const id = useId();
  const step = props.step ?? 1;
  const affixes = props.unit ? unitAffixes(props.unit.trim() as Unit) : { prefix: '', suffix: '' };
  return (
    <div className="field range-field">
      <span className="range-field-head">
        <label className="field-label" htmlFor={id}>
          {props.label}
        </label>
        <span className="field-value range-field-value">
          {affixes.prefix}
          <NumberInput
            className="range-field-input"
            value={props.value}
            min={props.min}
            max={props.max}
            step={step}
            decimals={decimalsOf(step)}
            ariaLabel={props.label}
            onChange={props.onChange}
            testId={`${props.testId}-value`}
          />
          {affixes.suffix}
        </span>
      </span>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={step}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
        data-testid={props.testId}
      />
    </div>
  );
}

/** Corner radius of a box, from square corners up to half its shorter side (images, rectangles, bubbles). */
export function CornerRadiusField(props: { label: string; element: { width: number; height: number; cornerRadius: number }; onChange: (cornerRadius: number) => void; testId: string }) {
  const { element } = props;
  return (
    <RangeField
      label={props.label}
      value={element.cornerRadius}
      min={0}
      max={Math.round(Math.min(element.width, element.height) / 2)}
      unit="px"
      onChange={props.onChange}
      testId={props.testId}
    />
  );
}
