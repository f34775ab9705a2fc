/** What a drop on the canvas accepts as a sticker from the Elements panel: its own payload, checked, and nothing else. */
import { describe, expect, it } from 'vitest';
import { droppedSticker, STICKER_DRAG_TYPE } from './dragSticker';

const carrying = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' }) as unknown as DataTransfer;

describe('droppedSticker', () => {
  it('reads an icon and an emoji dragged from the panel', () => {
    const icon = { kind: 'icon', set: 'tabler', name: 'home', style: 'outline', viewBox: 24, paths: ['M5 12l14 0'], color: '#ff0000' };
    expect(droppedSticker(carrying({ [STICKER_DRAG_TYPE]: JSON.stringify(icon) }))).toEqual(icon);
    expect(droppedSticker(carrying({ [STICKER_DRAG_TYPE]: JSON.stringify({ kind: 'emoji', emoji: '🚀' }) }))).toEqual({ kind: 'emoji', emoji: '🚀' });
  });

  it('refuses anything else: other drags, broken JSON, missing or mistyped fields', () => {
    expect(droppedSticker(null)).toBeNull();
    expect(droppedSticker(carrying({ 'text/plain': 'hello' }))).toBeNull();
    expect(droppedSticker(carrying({ [STICKER_DRAG_TYPE]: '{not json' }))).toBeNull();
    expect(droppedSticker(carrying({ [STICKER_DRAG_TYPE]: JSON.stringify({ kind: 'emoji', emoji: 3 }) }))).toBeNull();
    expect(droppedSticker(carrying({ [STICKER_DRAG_TYPE]: JSON.stringify({ kind: 'icon', set: 'tabler', name: 'home', style: 'bold', viewBox: 24, paths: [], color: '#000000' }) }))).toBeNull();
    expect(droppedSticker(carrying({ [STICKER_DRAG_TYPE]: JSON.stringify({ kind: 'shape' }) }))).toBeNull();
    const badPaths = { kind: 'icon', set: 'tabler', name: 'home', style: 'outline', viewBox: 24, paths: [5, { d: 'M1 1' }], color: '#000000' };
    expect(droppedSticker(carrying({ [STICKER_DRAG_TYPE]: JSON.stringify(badPaths) }))).toBeNull();
  });
});
