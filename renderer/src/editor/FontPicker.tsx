import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_FONTS } from '../../../core/render/fonts';
import { Icon } from '../shared/Icon';

/**
 * Font family picker listing the bundled families, each drawn in its own face (a native <select>
 * can't style its options reliably). Listbox pattern: arrows move, Enter picks, Escape closes.
 */
export function FontPicker({ value, onChange }: { value: string; onChange: (family: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const labelId = useId();
  const families = BUNDLED_FONTS.map((f) => f.family);

  useEffect(() => {
    if (!open) return;
    setActive(Math.max(0, families.indexOf(value)));
    listRef.current?.focus();
    const onDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  useEffect(() => {
    if (open) listRef.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const pick = (family: string) => {
    setOpen(false);
    buttonRef.current?.focus();
    if (family !== value) onChange(family);
  };

  const onListKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : -1) + families.length) % families.length);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(families[active]);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div className="field font-picker" ref={rootRef}>
      <span className="field-label" id={labelId}>
        {t('editor.props.font')}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="input font-picker-button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-labelledby={`${labelId} ${listId}-current`}
        onClick={() => setOpen((v) => !v)}
        data-testid="font-picker"
      >
        <span id={`${listId}-current`} style={{ fontFamily: `"${value}"` }}>
          {value}
        </span>
        <Icon name="chevronDown" size={16} />
      </button>
      {open && (
        <ul
          ref={listRef}
          id={listId}
          className="font-picker-list"
          role="listbox"
          tabIndex={-1}
          aria-labelledby={labelId}
          aria-activedescendant={`${listId}-${active}`}
          onKeyDown={onListKey}
        >
          {families.map((family, index) => (
            <li
              key={family}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={family === value}
              className={`font-option ${index === active ? 'font-option-active' : ''}`}
              style={{ fontFamily: `"${family}"` }}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(family)}
              data-testid={`font-option-${family}`}
            >
              {family}
              {family === value && <Icon name="check" size={16} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
