import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForKey, displayKeys, matchesKeys, type KeyLike } from './commands';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('editor commands', () => {
  it('matches Ctrl or ⌘ as Mod, and keeps Shift apart', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(commandForKey(key('z', { metaKey: true }))?.id).toBe('undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(commandForKey(key('z'))).toBeUndefined();
  });

  it('knows keys that need Shift on some layouts', () => {
    expect(commandForKey(key('+', { ctrlKey: true, shiftKey: true }))?.id).toBe('zoomIn');
    expect(commandForKey(key('=', { ctrlKey: true }))?.id).toBe('zoomIn');
    expect(commandForKey(key('?', { shiftKey: true }))?.id).toBe('shortcuts');
    expect(commandForKey(key('Delete'))?.id).toBe('delete');
    expect(matchesKeys(key('a', { ctrlKey: true, altKey: true }), 'Mod+A')).toBe(false);
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
    expect(commandForKey(key('}', { ctrlKey: true, shiftKey: true }))?.id).toBe('bringToFront');
    expect(commandForKey(key(']', { ctrlKey: true }))?.id).toBe('bringForward');
    expect(commandForKey(key('g', { ctrlKey: true, shiftKey: true }))?.id).toBe('ungroup');
    expect(commandForKey(key('c', { ctrlKey: true }))?.clipboard).toBe(true);
  });

  it('toggles the safe zone with Ctrl+; (Photoshop’s guides key)', () => {
    expect(commandForKey(key(';', { ctrlKey: true }))?.id).toBe('toggleSafeZone');
    expect(commandForKey(key(';'))).toBeUndefined();
    expect(displayKeys('Mod+;', true)).toBe('⌘;');
  });

  it('gives every command a distinct first shortcut', () => {
    const first = COMMANDS.map((c) => c.keys[0]);
    expect(new Set(first).size).toBe(first.length);
  });
});
