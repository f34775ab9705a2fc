/**
 * A caption's text area with the part a network shows before "... more" marked: the text is drawn
 * a second time behind the (transparent) text area with that part highlighted, so the mark follows
 * the words as they wrap and scroll.
 */
import { useRef } from 'react';

interface CaptionFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Where the fold falls (an index into `value`); absent: the whole text shows. */
  foldAt?: number;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  testId?: string;
  invalid?: boolean;
  describedBy?: string;
}

export function CaptionField({ id, value, onChange, foldAt, rows = 8, maxLength, placeholder, testId, invalid, describedBy }: CaptionFieldProps) {
  const backdrop = useRef<HTMLDivElement>(null);
  const marked = foldAt !== undefined && foldAt < value.length;
  return (
    <div className={`caption-field${marked ? ' caption-field-marked' : ''}`}>
      {marked && (
        <div className="caption-field-backdrop" ref={backdrop} aria-hidden="true">
          <mark data-testid={testId ? `${testId}-visible` : undefined}>{value.slice(0, foldAt)}</mark>
          {value.slice(foldAt)}
          {/* A trailing newline needs something after it to take its line. */}
          {'\u200b'}
        </div>
      )}
      <textarea
        id={id}
        className="input caption-field-input"
        value={value}
        rows={rows}
        maxLength={maxLength}
        placeholder={placeholder}
        spellCheck
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
