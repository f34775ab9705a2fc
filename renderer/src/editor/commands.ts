/**
 * Every editor command with its keyboard shortcut, as data: the keyboard handler, the context menu
 * and the shortcut sheet all read this one list, so a shortcut shown is a shortcut that works.
 */

export type CommandId =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'selectAll'
  | 'deselect'
  | 'bringForward'
  | 'sendBackward'
  | 'bringToFront'
  | 'sendToBack'
  | 'duplicate'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'group'
  | 'ungroup'
  | 'lock'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomFit'
  | 'zoomActual'
  | 'toggleGrid'
  | 'toggleSafeZone'
  | 'shortcuts';

export type CommandSection = 'edit' | 'arrange' | 'view' | 'help';

export interface CommandSpec {
  id: CommandId;
  section: CommandSection;
  /** Key combinations, e.g. 'Mod+Z' (Mod = Ctrl, or ⌘ on a Mac), 'Shift+Mod+Z', 'Delete'. The first is shown. */
  keys: readonly string[];
  /** Also accepted, never shown (the same keys as typed on other keyboard layouts). */
  alsoKeys?: readonly string[];
  /**
   * Done by the browser's own clipboard events (copy, cut, paste), which carry the data: the
   * keydown handler leaves these keys alone.
   */
  clipboard?: boolean;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'undo', section: 'edit', keys: ['Mod+Z'] },
  { id: 'redo', section: 'edit', keys: ['Shift+Mod+Z', 'Mod+Y'] },
  { id: 'copy', section: 'edit', keys: ['Mod+C'], clipboard: true },
  { id: 'cut', section: 'edit', keys: ['Mod+X'], clipboard: true },
  { id: 'paste', section: 'edit', keys: ['Mod+V'], clipboard: true },
  { id: 'duplicate', section: 'edit', keys: ['Mod+D'] },
  { id: 'delete', section: 'edit', keys: ['Delete', 'Backspace'] },
  { id: 'selectAll', section: 'edit', keys: ['Mod+A'] },
  { id: 'deselect', section: 'edit', keys: ['Escape'] },
  { id: 'bringForward', section: 'arrange', keys: ['Mod+]'] },
  { id: 'sendBackward', section: 'arrange', keys: ['Mod+['] },
  // With Shift held, US layouts report ']' and '[' as '}' and '{'.
  { id: 'bringToFront', section: 'arrange', keys: ['Shift+Mod+]'], alsoKeys: ['Shift+Mod+}'] },
  { id: 'sendToBack', section: 'arrange', keys: ['Shift+Mod+['], alsoKeys: ['Shift+Mod+{'] },
  { id: 'group', section: 'arrange', keys: ['Mod+G'] },
  { id: 'ungroup', section: 'arrange', keys: ['Shift+Mod+G'] },
  { id: 'lock', section: 'arrange', keys: ['Shift+Mod+L'] },
  { id: 'zoomIn', section: 'view', keys: ['Mod+='], alsoKeys: ['Mod++'] },
  { id: 'zoomOut', section: 'view', keys: ['Mod+-'] },
  { id: 'zoomFit', section: 'view', keys: ['Mod+0'] },
  { id: 'zoomActual', section: 'view', keys: ['Mod+1'] },
  { id: 'toggleGrid', section: 'view', keys: ["Mod+'"] },
  // Guides are Ctrl+; in Photoshop and Illustrator; ';' needs no Shift on US and French layouts.
  { id: 'toggleSafeZone', section: 'view', keys: ['Mod+;'] },
  { id: 'shortcuts', section: 'help', keys: ['Mod+/', '?'] },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Does this key event match a combination like 'Shift+Mod+Z'? Mod accepts Ctrl or ⌘. */
export function matchesKeys(event: KeyLike, combination: string): boolean {
  const parts = combination.split('+');
  // 'Mod++' splits into ['Mod', '', '']: the key itself is '+'.
  const key = combination.endsWith('++') ? '+' : parts[parts.length - 1];
  const modifiers = new Set(combination.endsWith('++') ? parts.slice(0, -2) : parts.slice(0, -1));
  const mod = event.ctrlKey || event.metaKey;
  if (modifiers.has('Mod') !== mod) return false;
  if (modifiers.has('Alt') !== event.altKey) return false;
  // Shift is part of the key on some layouts ('?', '+'): only enforce it when the combination names it.
  if (modifiers.has('Shift') && !event.shiftKey) return false;
  if (!modifiers.has('Shift') && event.shiftKey && key.length === 1 && /[a-z0-9]/i.test(key)) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

export function commandForKey(event: KeyLike): CommandSpec | undefined {
  return COMMANDS.find((command) => [...command.keys, ...(command.alsoKeys ?? [])].some((keys) => matchesKeys(event, keys)));
}

/** Key caps as printed on French PC keyboards (AZERTY): what a French user looks for. */
const FRENCH_KEY_NAMES: Record<string, string> = { Del: 'Suppr', Backspace: 'Retour arrière', Esc: 'Échap' };

/** 'Shift+Mod+Z' as a person reads it: 'Ctrl+Shift+Z', or '⇧⌘Z' on a Mac; French key caps in French. */
export function displayKeys(combination: string, mac: boolean, language = 'en'): string {
  const parts = combination.endsWith('++') ? [...combination.slice(0, -2).split('+'), '+'] : combination.split('+');
  const key = parts[parts.length - 1];
  const mods = parts.slice(0, -1);
  const names: Record<string, [string, string]> = { Mod: ['Ctrl', '⌘'], Shift: ['Shift', '⇧'], Alt: ['Alt', '⌥'] };
  const order = ['Mod', 'Alt', 'Shift'];
  const sorted = [...mods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const english = key === 'Delete' ? (mac ? '⌦' : 'Del') : key === 'Backspace' ? (mac ? '⌫' : 'Backspace') : key === 'Escape' ? 'Esc' : key.length === 1 ? key.toUpperCase() : key;
  const keyName = language.startsWith('fr') ? (FRENCH_KEY_NAMES[english] ?? english) : english;
  if (mac) return [...sorted.reverse().map((m) => names[m][1]), keyName].join('');
  return [...sorted.map((m) => names[m][0]), keyName].join('+');
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
