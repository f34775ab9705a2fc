/** A labelled slider showing its value (opacity, spacing, outline width, filters...). */
export function RangeField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  unit?: string;
  /** What is shown next to the label; the rounded value by default. */
  display?: string;
  onChange: (value: number) => void;
  testId: string;
}) {
  return (
    <label className="field">
      <span className="field-label">
        {props.label} <span className="field-value">{props.display ?? `${Math.round(props.value * 100) / 100}${props.unit ?? ''}`}</span>
      </span>
      <input
        type="range"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
        data-testid={props.testId}
      />
    </label>
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
      unit=" px"
      onChange={props.onChange}
      testId={props.testId}
    />
  );
}
