/** A button that opens a small panel under it; closes on Escape, an outside press or `close()`. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface PopoverProps {
  label: ReactNode;
  title: string;
  testId?: string;
  disabled?: boolean;
  children: (close: () => void) => ReactNode;
}

export function Popover({ label, title, testId, disabled, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    root.current?.querySelector<HTMLElement>('.lib-popover input, .lib-popover button')?.focus();
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="lib-popover-root" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn btn-ghost btn-small"
        aria-label={title}
        title={title}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
        data-testid={testId}
      >
        {label}
      </button>
      {open && (
        <div
          id={panelId}
          className="lib-popover"
          role="dialog"
          aria-label={title}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close();
            }
          }}
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
