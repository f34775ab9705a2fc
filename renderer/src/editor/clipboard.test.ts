import { describe, expect, it } from 'vitest';
import { CLIPBOARD_KIND } from '../../../core/editor';
import { createShapeElement } from '../../../core/schema/factory';
import { readClipboardPayload } from './clipboard';

const payload = (elements: unknown[]) =>
  JSON.stringify({ kind: CLIPBOARD_KIND, version: 1, sourceDesignId: 'd1', sourcePageId: 'p1', elements, assetIds: [] });

describe('clipboard payloads', () => {
  it('accepts our payload with valid elements', async () => {
    const rect = createShapeElement({ shape: 'rect', x: 1, y: 2, width: 3, height: 4 });
    expect((await readClipboardPayload(payload([rect])))?.elements).toEqual([rect]);
  });

  it('refuses anything else: not JSON, another app’s JSON, hostile elements', async () => {
    expect(await readClipboardPayload('hello')).toBeNull();
    expect(await readClipboardPayload('{"kind":"other"}')).toBeNull();
    const hostile = { ...createShapeElement({ shape: 'rect', x: 1, y: 2, width: 3, height: 4 }), fill: 'url(javascript:alert(1))' };
    expect(await readClipboardPayload(payload([hostile]))).toBeNull();
  });

  it('strips unknown fields from pasted elements', async () => {
    const rect = { ...createShapeElement({ shape: 'rect', x: 1, y: 2, width: 3, height: 4 }), src: 'https://evil.example/x.png' };
    const pasted = await readClipboardPayload(payload([rect]));
    expect(pasted?.elements).toHaveLength(1);
    expect(JSON.stringify(pasted)).not.toContain('evil.example');
  });
});
