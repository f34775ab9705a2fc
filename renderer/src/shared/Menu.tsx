/**
 * A small popup menu behind a "⋯" button (WAI-ARIA menu button pattern).
 *
 * The menu is a popover: it opens in the top layer, so no scrolling row (the variant tabs), side
 * panel or dialog around its button can clip or cover it, and CSS anchor positioning keeps it
 * under the button (above it, or to its other side, when the window has no room there).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Icon, type IconName } from './Icon';
import './shared.css';

export interface MenuItem {
  id: string;
  label: string;
  icon?: IconName;
  danger?: boolean;
  /** A choice among the items (the format shown...): a check before the chosen one. */
  checked?: boolean;
  onSelect: () => void;
}

interface MenuProps {
  label: string;
  items: MenuItem[];
  testId?: string;
  className?: string;
  /** The button's icon: "⋯" unless told. */
  icon?: IconName;
}

export function Menu({ label, items, testId, className, icon = 'more' }: MenuProps) {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  // A dashed ident naming this menu's button for anchor positioning (useId gives "«r1»" or ":r1:").
  const anchor = `--menu-${menuId.replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (open && menu && !menu.matches(':popover-open')) menu.showPopover();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    rootRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      entries[(index + step + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className={`menu-root ${className ?? ''}`} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-btn menu-button"
        style={{ anchorName: anchor }}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        onClick={(event) => {
          event.stopPropagation();
          setOpen((v) => !v);
        }}
      >
        <Icon name={icon} />
      </button>
      {open && (
        <div ref={menuRef} className="menu menu-popover" popover="manual" style={{ positionAnchor: anchor }} role="menu" id={menuId} aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              tabIndex={-1}
              className={`menu-item ${item.danger ? 'menu-item-danger' : ''}`}
              data-testid={`menu-${item.id}`}
              onClick={(event) => {
                event.stopPropagation();
                close(false);
                item.onSelect();
              }}
            >
              {item.checked !== undefined && <span className="menu-check">{item.checked && <Icon name="check" size={18} />}</span>}
              {item.icon && <Icon name={item.icon} size={18} />}
              <span>{item.label}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
