/** The canvas's right-click menu: the common commands with their shortcuts, at the pointer. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, COPY, type Command } from '../../../core/editor';
import { commandLabel, displayKeys, isMacPlatform, shownKeys } from './commands';
import type { CommandRunner } from './useEditorCommands';
import { currentLanguage } from '../i18n';

/** The common commands, as the registry defines them (core/editor/registry.ts); '-' is a separator. */
const ITEMS: ReadonlyArray<Command<unknown> | '-'> = [
  COPY,
  ACTIONS.cut,
  ACTIONS.paste,
  ACTIONS.duplicate,
  '-',
  ACTIONS.bringForward,
  ACTIONS.sendBackward,
  ACTIONS.bringToFront,
  ACTIONS.sendToBack,
  '-',
  ACTIONS.group,
  ACTIONS.ungroup,
  ACTIONS.lock,
  '-',
  ACTIONS.selectAll,
  ACTIONS.delete,
];

interface ContextMenuProps {
  at: { x: number; y: number };
  commands: CommandRunner;
  onClose: () => void;
}

export function ContextMenu({ at, commands, onClose }: ContextMenuProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState(at);
  const mac = isMacPlatform();

  // Keep the menu inside the window.
  useLayoutEffect(() => {
    const rect = ref.current?.getBoundingClientRect();
    if (!rect) return;
    setPosition({ x: Math.min(at.x, window.innerWidth - rect.width - 8), y: Math.min(at.y, window.innerHeight - rect.height - 8) });
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, [at]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', onClose);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', onClose);
    };
  }, [onClose]);

  const onMenuKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    entries[(index + step + entries.length) % entries.length]?.focus();
  };

  return (
    <div
      ref={ref}
      className="menu context-menu"
      role="menu"
      aria-label={t('editor.contextMenu')}
      style={{ left: position.x, top: position.y }}
      onKeyDown={onMenuKeyDown}
      onContextMenu={(event) => event.preventDefault()}
      data-testid="context-menu"
    >
      {ITEMS.map((command, index) =>
        command === '-' ? (
          <div key={`sep-${index}`} className="menu-separator" role="separator" />
        ) : (
          <button
            key={command.name}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`menu-item ${command === ACTIONS.delete ? 'menu-item-danger' : ''}`}
            disabled={!commands.enabled(command)}
            data-testid={`context-${command.name}`}
            onClick={() => {
              onClose();
              commands.run(command);
            }}
          >
            <span>{commandLabel(command, t)}</span>
            <kbd className="menu-shortcut">{displayKeys(shownKeys(command)[0], mac, currentLanguage())}</kbd>
          </button>
        ),
      )}
    </div>
  );
}
