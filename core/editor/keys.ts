/** Key combinations of commands (./action.ts): matching a key event, finding the command it runs. */
import type { Command, Shortcut } from './action';

/** The fields of a keyboard event a shortcut looks at (a DOM KeyboardEvent has them). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Does this key event match a combination like 'Shift+Mod+Z'? Mod accepts Ctrl or ⌘. For a
 * printed character Shift may be part of the key itself ('?', '+', '}' on some layouts), so it is
 * only required when named, unless `exactShift`; a named key (ArrowLeft, Delete) matches with
 * exactly its modifiers.
 */
export function matchesKeys(event: KeyLike, combination: string, exactShift = false): boolean {
  const parts = combination.split('+');
  // 'Mod++' splits into ['Mod', '', '']: the key itself is '+'.
  const key = combination.endsWith('++') ? '+' : parts[parts.length - 1];
  const modifiers = new Set(combination.endsWith('++') ? parts.slice(0, -2) : parts.slice(0, -1));
  const mod = event.ctrlKey || event.metaKey;
  if (modifiers.has('Mod') !== mod) return false;
  if (modifiers.has('Alt') !== event.altKey) return false;
  if (modifiers.has('Shift') && !event.shiftKey) return false;
  if (exactShift && modifiers.has('Shift') !== event.shiftKey) return false;
  const printed = key.length === 1;
  if (!modifiers.has('Shift') && event.shiftKey && (!printed || /[a-z0-9]/i.test(key))) return false;
  // 'Space' names the space bar, whose key is ' '.
  return event.key.toLowerCase() === (key === 'Space' ? ' ' : key.toLowerCase());
}

export interface ShortcutHit<C extends Command<unknown>> {
  command: C;
  shortcut: Shortcut<unknown>;
}

/**
 * The command (and which of its shortcuts) a key event runs, among `commands`. A combination that
 * names Shift exactly as pressed wins over one that lets Shift be part of the key (Shift+Mod+]
 * is "bring to front", not "bring forward"); otherwise the first match wins.
 */
export function findShortcut<C extends Command<unknown>>(event: KeyLike, commands: Iterable<C>): ShortcutHit<C> | undefined {
  const list = [...commands];
  for (const exactShift of [true, false]) {
    for (const command of list) {
      for (const shortcut of (command.shortcuts ?? []) as readonly Shortcut<unknown>[]) {
        if ([...shortcut.keys, ...(shortcut.alsoKeys ?? [])].some((keys) => matchesKeys(event, keys, exactShift))) return { command, shortcut };
      }
    }
  }
  return undefined;
}
