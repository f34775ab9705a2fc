import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { createDesign, createImageElement } from '../../core/schema';
import { packDesign, unpackDesign } from './portable';

const bytes = new Uint8Array([1, 2, 3, 4, 5]);
const assetId = createHash('sha256').update(bytes).digest('hex');

describe('.affiche files', () => {
  it('round-trips a design and the media it uses', async () => {
    const design = createDesign({ name: 'Ça marche', format: { preset: null, width: 100, height: 100 } });
    design.pages[0].elements.push(createImageElement({ assetId, x: 0, y: 0, width: 10, height: 10 }));
    const zip = await packDesign(design, async (id) => (id === assetId ? bytes : null));
    const back = unpackDesign(zip, 'x.affiche');
    expect(back.design).toEqual(design);
    expect([...back.blobs.get(assetId)!]).toEqual([...bytes]);
  });

  it.each([
    ['not a zip', strToU8('hello world'), 'is not an Affiche design file'],
    ['truncated', (() => {
      const zip = zipSync({ 'design.json': strToU8('{}'.repeat(100)) });
      return zip.subarray(0, zip.length - 30);
    })(), 'damaged or truncated'],
    ['no design.json', zipSync({ 'readme.txt': strToU8('hi') }), 'no design.json'],
    ['a bad design', zipSync({ 'design.json': strToU8('{"schemaVersion":1,"id":"x"}') }), 'not a valid design'],
    ['a future design', zipSync({ 'design.json': strToU8('{"schemaVersion":40}') }), 'newer Affiche'],
  ])('rejects %s with a clear message', (_name, data, message) => {
    expect(() => unpackDesign(data, 'x.affiche')).toThrow(message);
  });

  it('refuses an archive that claims far more bytes than it can hold, before inflating it', () => {
    const zip = zipSync({ 'design.json': strToU8('{}') }, { level: 0 });
    // Patch the declared uncompressed size (local header offset 22, central directory offset 24) to 3 GB.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 3 * 1024 ** 3, true);
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50 && i > 0);
    view.setUint32(central + 24, 3 * 1024 ** 3, true);
    expect(() => unpackDesign(zip, 'bomb.affiche')).toThrow(/claims to unpack to \d+ MB/);
  });

  it('rejects a blob whose content does not match its name', async () => {
    const design = createDesign({ name: 'x', format: { preset: null, width: 10, height: 10 } });
    const zip = zipSync({ 'design.json': strToU8(JSON.stringify(design)), [`blobs/${assetId}`]: new Uint8Array([9, 9]) });
    expect(() => unpackDesign(zip, 'x.affiche')).toThrow('does not match its checksum');
  });

  it('ignores entries outside the layout (no ../ paths reach the disk)', async () => {
    const design = createDesign({ name: 'x', format: { preset: null, width: 10, height: 10 } });
    const zip = zipSync({ 'design.json': strToU8(JSON.stringify(design)), '../../evil.sh': strToU8('rm -rf'), 'blobs/../x': strToU8('y') });
    expect(unpackDesign(zip, 'x.affiche').blobs.size).toBe(0);
  });

  it('opens every bundled example', () => {
    const dir = path.resolve(__dirname, '../../assets/examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.affiche'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const types = new Set<string>();
    const formats = new Set<string | null>();
    for (const file of files) {
      const { design } = unpackDesign(new Uint8Array(readFileSync(path.join(dir, file))), file);
      formats.add(design.format.preset);
      const visit = (els: typeof design.pages[0]['elements']) => els.forEach((el) => { types.add(el.type); if (el.type === 'group') visit(el.children); });
      design.pages.forEach((p) => visit(p.elements));
    }
    expect([...types].sort()).toEqual(['group', 'image', 'shape', 'text']);
    expect(formats.size).toBeGreaterThanOrEqual(4);
  });
});
