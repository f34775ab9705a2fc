/** Small fields the video sections share: a labelled choice, and a length in seconds stored in ms. */
import { useId, type ReactNode } from 'react';
import { RangeField } from '../RangeField';

export function SelectField(props: { label: string; value: string; onChange: (value: string) => void; testId: string; disabled?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <select id={id} className="input" value={props.value} disabled={props.disabled} onChange={(event) => props.onChange(event.target.value)} data-testid={props.testId}>
        {props.children}
      </select>
    </div>
  );
}

/** A length the user reads and types in seconds ("0,4" in French); the design keeps milliseconds. */
export function SecondsField(props: { label: string; ms: number; minMs: number; maxMs: number; stepMs?: number; onChange: (ms: number) => void; testId: string }) {
  const step = (props.stepMs ?? 50) / 1000;
  return (
    <RangeField
      label={props.label}
      value={Math.round(props.ms / 10) / 100}
      min={props.minMs / 1000}
      max={props.maxMs / 1000}
      step={step}
      onChange={(seconds) => props.onChange(Math.round(seconds * 1000))}
      testId={props.testId}
    />
  );
}
