import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_FONTS } from '../../../core/render/fonts';
import { libraryFamilyNames } from '../../../core/render/libraryFonts';
import { loadFontFamilies } from '../fonts/loadFonts';
import { useLibraryFonts } from '../fonts/useLibraryFonts';
import { Icon } from '../shared/Icon';
import './library/library.css';

const BUNDLED_FAMILIES = BUNDLED_FONTS.map((f) => f.family);

/**
 * Font family picker: the user's brand fonts (imported into the library, "Your fonts") above the
 * bundled families, each drawn in its own face (a native <select> can't style its options
 * reliably). Listbox pattern: arrows move through both groups, Enter picks, Escape closes.
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
  const libraryFaces = useLibraryFonts();
  const yours = useMemo(() => libraryFamilyNames(libraryFaces), [libraryFaces]);
  // One flat list for the keyboard: the user's fonts first, then the bundled ones.
  const families = useMemo(() => [...yours, ...BUNDLED_FAMILIES], [yours]);

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

  // The brand fonts' previews need their faces (bundled ones load in the background anyway).
  useEffect(() => {
    if (open && yours.length > 0) void loadFontFamilies(yours);
  }, [open, yours]);
  // The chosen family shows in its own face on the button too.
  useEffect(() => void loadFontFamilies([value]), [value]);

  useEffect(() => {
    if (open) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, listId]);

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

  const option = (family: string, index: number) => (
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
  );

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
          {yours.length > 0 && (
            <>
              <li role="presentation" className="font-group-label" data-testid="font-group-yours">
                {t('editor.library.yourFonts')}
              </li>
              {yours.map((family, index) => option(family, index))}
              <li role="presentation" className="font-group-label">
                {t('editor.library.bundledFonts')}
              </li>
            </>
          )}
          {BUNDLED_FAMILIES.map((family, index) => option(family, yours.length + index))}
        </ul>
      )}
    </div>
  );
}
