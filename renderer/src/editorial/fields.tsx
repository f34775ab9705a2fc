/** Small fields the editorial screen repeats: a text committed on Enter or leaving the field, and chips with an input that adds to them. */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/Icon';

interface CommitInputProps {
  value: string;
  /** Answers false when the value was refused: the field goes back to the stored value. */
  onCommit: (value: string) => boolean;
  label: string;
  testId?: string;
  className?: string;
  disabled?: boolean;
  placeholder?: string;
  type?: 'text' | 'url';
  /** A datalist's id (suggestions). */
  list?: string;
}

/** A text field that sends its value on Enter or blur (not at each key: a name half typed may be refused). */
export function CommitInput({ value, onCommit, label, testId, className, disabled, placeholder, type = 'text', list }: CommitInputProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft === value) return;
    if (!onCommit(draft)) setDraft(value);
  };
  return (
    <input
      type={type}
      className={`input input-small ${className ?? ''}`}
      value={draft}
      aria-label={label}
      placeholder={placeholder}
      disabled={disabled}
      list={list}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(value);
      }}
      data-testid={testId}
    />
  );
}

interface ChipsFieldProps {
  items: readonly string[];
  label: string;
  placeholder: string;
  /** Adds what was typed or pasted; false when refused (the text stays to be fixed). */
  onAdd: (text: string) => boolean;
  onRemove: (item: string) => void;
  testId: string;
  disabled?: boolean;
  /** Said when there is no item and nothing can be typed (read-only); otherwise the placeholder is the one hint. */
  empty?: string;
}

/** Chips (each with its remove button) and an input: Enter or a comma adds, Backspace in an empty input removes the last. */
export function ChipsField({ items, label, placeholder, onAdd, onRemove, testId, disabled, empty }: ChipsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    if (!text.trim()) return;
    if (onAdd(text)) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && items.length > 0) onRemove(items[items.length - 1]);
  };
  return (
    <div className="chips-field" data-testid={testId}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="chips-box">
        {items.length === 0 && empty && disabled && <span className="chips-empty">{empty}</span>}
        {items.map((item) => (
          <span key={item} className="chip-token" data-testid={`${testId}-chip`}>
            {item}
            <button type="button" className="chip-token-remove" aria-label={t('editorial.removeItem', { item })} disabled={disabled} onClick={() => onRemove(item)}>
              <Icon name="close" size={12} />
            </button>
          </span>
        ))}
        <input
          id={id}
          className="chips-input"
          value={text}
          placeholder={disabled ? undefined : placeholder}
          disabled={disabled}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          data-testid={`${testId}-input`}
        />
      </div>
    </div>
  );
}
