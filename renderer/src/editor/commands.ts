/**
 * The editor's commands as the UI lists them: core's (core/editor/registry.ts: every action, undo,
 * redo, copy) and the view's own (zoom, grid, safe zone, the shortcut sheet), in one shape
 * (core/editor `Command`). The keyboard handler, the context menu and the shortcut sheet read these
 * lists, so a shortcut shown is a shortcut that works, and nothing here decides what an edit does.
 */
import type { TFunction } from 'i18next';
import { EDITOR_COMMANDS, type Command } from '../../../core/editor';
import type en from '../i18n/en.json';

/** What only the screen does: the view changes, the design never does. Run by the workspace. */
export const VIEW_COMMANDS = {
  zoomIn: { name: 'zoomIn', section: 'view', shortcuts: [{ keys: ['Mod+='], alsoKeys: ['Mod++'] }] },
  zoomOut: { name: 'zoomOut', section: 'view', shortcuts: [{ keys: ['Mod+-'] }] },
  zoomFit: { name: 'zoomFit', section: 'view', shortcuts: [{ keys: ['Mod+0'] }] },
  zoomActual: { name: 'zoomActual', section: 'view', shortcuts: [{ keys: ['Mod+1'] }] },
  toggleGrid: { name: 'toggleGrid', section: 'view', shortcuts: [{ keys: ["Mod+'"] }] },
  // Guides are Ctrl+; in Photoshop and Illustrator; ';' needs no Shift on US and French layouts.
  toggleSafeZone: { name: 'toggleSafeZone', section: 'view', shortcuts: [{ keys: ['Mod+;'] }] },
  shortcuts: { name: 'shortcuts', section: 'help', shortcuts: [{ keys: ['Mod+/', '?'] }] },
} as const satisfies Record<string, Command>;

export type ViewCommandName = keyof typeof VIEW_COMMANDS;

/** Every command of the editor screen, in the shortcut sheet's order. */
export const ALL_COMMANDS: readonly Command<unknown>[] = [...EDITOR_COMMANDS, ...Object.values(VIEW_COMMANDS)];

export function commandNamed(name: string): Command<unknown> | undefined {
  return ALL_COMMANDS.find((command) => command.name === name);
}

/** The commands the UI names (menus, the sheet): each has `editor.commands.<name>` in both languages (commands.test.ts). */
export type LabelledCommandName = keyof (typeof en)['editor']['commands'];

/** A command's name in the UI's language. */
export function commandLabel(command: Command<unknown>, t: TFunction): string {
  return t(`editor.commands.${command.name as LabelledCommandName}`);
}

/** 'Undo (Ctrl+Z)': a button's tooltip naming its command and first shortcut, as the platform writes it. */
export function commandTitle(command: Command<unknown>, t: TFunction, language: string): string {
  const keys = shownKeys(command)[0];
  return keys ? `${commandLabel(command, t)} (${displayKeys(keys, isMacPlatform(), language)})` : commandLabel(command, t);
}

/** The key combinations the sheet and the menus show for a command (hidden ones left out), first first. */
export function shownKeys(command: Command<unknown>): string[] {
  return (command.shortcuts ?? []).filter((shortcut) => !shortcut.hidden).flatMap((shortcut) => shortcut.keys);
}

/** Key caps as printed on French PC keyboards (AZERTY): what a French user looks for. */
/** Arrow keys as their arrows. */
const ARROW_NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

const FRENCH_KEY_NAMES: Record<string, string> = { Del: 'Suppr', Backspace: 'Retour arrière', Esc: 'Échap', Space: 'Espace' };

/** 'Shift+Mod+Z' as a person reads it: 'Ctrl+Shift+Z', or '⇧⌘Z' on a Mac; French key caps in French. */
export function displayKeys(combination: string, mac: boolean, language = 'en'): string {
  const parts = combination.endsWith('++') ? [...combination.slice(0, -2).split('+'), '+'] : combination.split('+');
  const key = parts[parts.length - 1];
  const mods = parts.slice(0, -1);
  const names: Record<string, [string, string]> = { Mod: ['Ctrl', '⌘'], Shift: ['Shift', '⇧'], Alt: ['Alt', '⌥'] };
  const order = ['Mod', 'Alt', 'Shift'];
  const sorted = [...mods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const english = key === 'Delete' ? (mac ? '⌦' : 'Del') : key === 'Backspace' ? (mac ? '⌫' : 'Backspace') : key === 'Escape' ? 'Esc' : key.length === 1 ? key.toUpperCase() : (ARROW_NAMES[key] ?? key);
  const keyName = language.startsWith('fr') ? (FRENCH_KEY_NAMES[english] ?? english) : english;
  if (mac) return [...sorted.reverse().map((m) => names[m][1]), keyName].join('');
  return [...sorted.map((m) => names[m][0]), keyName].join('+');
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
