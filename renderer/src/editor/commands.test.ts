import { describe, expect, it } from 'vitest';
import { ACTIONS, findShortcut, HISTORY, type KeyLike } from '../../../core/editor';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { ALL_COMMANDS, displayKeys, shownKeys, VIEW_COMMANDS } from './commands';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const nameFor = (event: KeyLike) => findShortcut(event, ALL_COMMANDS)?.command.name;

describe('editor commands as the UI lists them', () => {
  it('matches Ctrl or ⌘ as Mod, and keeps Shift apart', () => {
    expect(nameFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(nameFor(key('z', { metaKey: true }))).toBe('undo');
    expect(nameFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(nameFor(key('y', { ctrlKey: true }))).toBe('redo');
    expect(nameFor(key('z'))).toBeUndefined();
  });

  it('knows keys that need Shift on some layouts', () => {
    expect(nameFor(key('+', { ctrlKey: true, shiftKey: true }))).toBe('zoomIn');
    expect(nameFor(key('=', { ctrlKey: true }))).toBe('zoomIn');
    expect(nameFor(key('?', { shiftKey: true }))).toBe('shortcuts');
    expect(nameFor(key('Delete'))).toBe('delete');
    expect(nameFor(key('a', { ctrlKey: true, altKey: true }))).toBeUndefined();
  });

  it('shows shortcuts as a person reads them on each platform', () => {
    expect(displayKeys('Shift+Mod+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayKeys('Shift+Mod+Z', true)).toBe('⇧⌘Z');
    expect(displayKeys('Mod++', false)).toBe('Ctrl++');
    expect(displayKeys('Delete', true)).toBe('⌦');
    expect(displayKeys('Delete', false, 'fr')).toBe('Suppr');
    expect(displayKeys('Escape', false, 'fr')).toBe('Échap');
    expect(displayKeys('Shift+Mod+Z', false, 'fr')).toBe('Ctrl+Shift+Z');
  });

  it('knows Shift-shifted brackets and leaves clipboard keys to the browser', () => {
    expect(nameFor(key('}', { ctrlKey: true, shiftKey: true }))).toBe('bringToFront');
    expect(nameFor(key(']', { ctrlKey: true }))).toBe('bringForward');
    expect(nameFor(key('g', { ctrlKey: true, shiftKey: true }))).toBe('ungroup');
    expect(findShortcut(key('c', { ctrlKey: true }), ALL_COMMANDS)?.shortcut.clipboard).toBe(true);
  });

  it('toggles the safe zone with Ctrl+; (Photoshop’s guides key)', () => {
    expect(nameFor(key(';', { ctrlKey: true }))).toBe('toggleSafeZone');
    expect(nameFor(key(';'))).toBeUndefined();
    expect(displayKeys('Mod+;', true)).toBe('⌘;');
  });

  it('arrow keys nudge, 10 px with Shift, and are not on the sheet (it says them in words)', () => {
    expect(findShortcut(key('ArrowLeft'), ALL_COMMANDS)).toMatchObject({ command: ACTIONS.nudge, shortcut: { args: { direction: 'left' } } });
    expect(findShortcut(key('ArrowDown', { shiftKey: true }), ALL_COMMANDS)).toMatchObject({ command: ACTIONS.nudge, shortcut: { args: { direction: 'down', shift: true } } });
    expect(nameFor(key('ArrowLeft', { ctrlKey: true }))).toBeUndefined();
    expect(shownKeys(ACTIONS.nudge)).toEqual([]);
  });

  it('gives every shown command a distinct first shortcut, and each combination runs its own command', () => {
    const shown = ALL_COMMANDS.filter((command) => shownKeys(command).length > 0);
    const first = shown.map((command) => shownKeys(command)[0]);
    expect(new Set(first).size).toBe(first.length);
    for (const command of ALL_COMMANDS) {
      for (const shortcut of command.shortcuts ?? []) {
        for (const combination of [...shortcut.keys, ...(shortcut.alsoKeys ?? [])]) {
          const parts = combination.endsWith('++') ? [...combination.slice(0, -2).split('+'), '+'] : combination.split('+');
          const last = parts[parts.length - 1];
          const event = key(last === 'Space' ? ' ' : last, { ctrlKey: parts.includes('Mod'), shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') });
          // The arrows nudge a selection and otherwise step a video's frames (HeadlessEditor.keyDown
          // runs the first command that applies): stepping is found once nudging is out of the way.
          const among = command === ACTIONS.stepFrame ? ALL_COMMANDS.filter((c) => c !== ACTIONS.nudge) : ALL_COMMANDS;
          expect(findShortcut(event, among)?.command.name, combination).toBe(command.name);
        }
      }
    }
  });

  it('names every command it shows, in both languages', () => {
    const shown = ALL_COMMANDS.filter((command) => command.section && shownKeys(command).length > 0);
    expect(shown.map((c) => c.name)).toEqual(expect.arrayContaining(['undo', 'redo', 'copy', 'cut', 'paste', 'delete', 'selectAll', 'group', 'lock', 'zoomIn', 'shortcuts']));
    for (const command of shown) {
      expect(en.editor.commands, command.name).toHaveProperty(command.name);
      expect(fr.editor.commands, command.name).toHaveProperty(command.name);
    }
    expect(shown).toContain(HISTORY.undo);
    expect(shown).toContain(VIEW_COMMANDS.toggleGrid);
  });
});
