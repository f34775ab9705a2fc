import { describe, expect, it } from 'vitest';
import { CLIPBOARD_KIND } from '../../../core/editor';
import { createShapeElement } from '../../../core/schema/factory';
import { readClipboardPayload } from './clipboard';

const payload = (elements: unknown[]) =>
  JSON.stringify({ kind: CLIPBOARD_KIND, version: 1, sourceDesignId: 'd1', sourcePageId: 'p1', elements, assetIds: [] });

describe('clipboard payloads', () => {
  it('accepts our payload with valid elements', () => {
    const rect = createShapeElement({ shape: 'rect', x: 1, y: 2, width: 3, height: 4 });
    expect(readClipboardPayload(payload([rect]))?.elements).toEqual([rect]);
  });

  it('refuses anything else: not JSON, another app’s JSON, hostile elements', () => {
    expect(readClipboardPayload('hello')).toBeNull();
    expect(readClipboardPayload('{"kind":"other"}')).toBeNull();
    const hostile = { ...createShapeElement({ shape: 'rect', x: 1, y: 2, width: 3, height: 4 }), fill: 'url(javascript:alert(1))' };
    expect(readClipboardPayload(payload([hostile]))).toBeNull();
  });

  it('strips unknown fields from pasted elements', () => {
    const rect = { ...createShapeElement({ shape: 'rect', x: 1, y: 2, width: 3, height: 4 }), src: 'https://evil.example/x.png' };
    expect(JSON.stringify(readClipboardPayload(payload([rect])))).not.toContain('evil.example');
  });
});
