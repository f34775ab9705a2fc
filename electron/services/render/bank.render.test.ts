/**
 * Bank templates as the Node renderer exports them: every one draws at its size; filled with
 * fillTemplate, each panel (grids, stacks, comparison rows) shows its
 * own picture and the gutters are exactly N pixels of the page's colour; a caption card's band
 * grows with its words while the picture's pixels stay identical; a classic's picture covers the
 * whole page (full bleed at 9:16 too) and its capitals keep their ink inside their boxes.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fillTemplate, listSlots, type SlotValues } from '../../../core/templates';
import { BANK, bankTemplate } from '../../../core/templates/bank';
import { contextOf, formatRef, type Box } from '../../../core/templates/bank/layout';
import type { TextElement } from '../../../core/schema';
import { renderDesignPage } from './nodeRenderer';
import { noisyImage } from '../preflight/testImages';

type RGB = [number, number, number];

/** Pictures served by sha256, as the library serves them. */
function pictures() {
  const files = new Map<string, Uint8Array>();
  return {
    async add(bytes: Buffer, width: number, height: number) {
      const assetId = createHash('sha256').update(bytes).digest('hex');
      files.set(assetId, new Uint8Array(bytes));
      return { kind: 'image' as const, assetId, width, height };
    },
    readAsset: async (id: string) => files.get(id) ?? null,
  };
}

async function decode(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number): RGB => {
    const i = (y * info.width + x) * 3;
    return [data[i], data[i + 1], data[i + 2]];
  };
  const mean = (box: Box): RGB => {
    const sum = [0, 0, 0];
    for (let y = box.y; y < box.y + box.height; y++) for (let x = box.x; x < box.x + box.width; x++) at(x, y).forEach((v, c) => (sum[c] += v));
    const n = box.width * box.height;
    return sum.map((v) => v / n) as RGB;
  };
  /** The raw bytes of a box, row after row. */
  const region = (box: Box) => {
    const rows: Buffer[] = [];
    for (let y = box.y; y < box.y + box.height; y++) rows.push(data.subarray((y * info.width + box.x) * 3, (y * info.width + box.x + box.width) * 3));
    return Buffer.concat(rows);
  };
  return { info, at, mean, region };
}

const hex = (color: string): RGB => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as RGB;
const close = (a: readonly number[], b: readonly number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

const COLORS = ['#e63946', '#2a9d8f', '#264653', '#f4a261', '#8338ec', '#3a86ff'];

describe('bank templates rendered', () => {
  it('every template draws at its default format, at its exact size, not blank, in both languages', async () => {
    for (const template of BANK) {
      for (const language of ['en', 'fr'] as const) {
        const design = template.build(formatRef(template.formats[0]), language);
        const png = await renderDesignPage(design, 0, 'png', { readAsset: async () => null, scale: 0.25 });
        const image = sharp(png);
        const meta = await image.metadata();
        expect([meta.width, meta.height], template.id).toEqual([Math.round(design.format.width / 4), Math.round(design.format.height / 4)]);
        const stats = await image.stats();
        expect(stats.channels.slice(0, 3).some((c) => c.stdev > 10), template.id).toBe(true);
      }
    }
  });

  it.each([
    ['bank:stack-2', 'instagram-portrait'],
    ['bank:stack-3', 'instagram-portrait'],
    ['bank:stack-4', 'instagram-story'],
    ['bank:side-by-side', 'x-landscape'],
    ['bank:row-3', 'x-landscape'],
    ['bank:grid-2x2', 'instagram-square'],
    ['bank:grid-3x2', 'instagram-portrait'],
    ['bank:prefer-reject', 'instagram-square'],
    ['bank:escalation-4', 'instagram-story'],
  ])('%s at %s: each panel shows its picture, gutters are exactly N px of the page colour', async (id, format) => {
    const template = bankTemplate(id)!;
    const design = template.build(formatRef(format), 'en');
    const { gutter } = contextOf(design.format, 'en');
    const store = pictures();
    const values: Record<string, SlotValues[string]> = {};
    const panels: Array<{ box: Box; color: string }> = [];
    let n = 0;
    for (const { slot, box } of listSlots(design)) {
      if (slot.kind === 'text') values[slot.name] = { kind: 'text', text: '' };
      if (slot.kind !== 'image') continue;
      const color = COLORS[n++ % COLORS.length];
      // Flat pictures of another shape than the panel: cover crops them, the colour stays.
      values[slot.name] = await store.add(await sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).png().toBuffer(), 640, 480);
      panels.push({ box, color });
    }
    expect(panels.length).toBeGreaterThanOrEqual(2);
    const filled = fillTemplate(design, values, { complete: true });
    const page = await decode(await renderDesignPage(filled, 0, 'png', { readAsset: store.readAsset }));
    const white: RGB = [255, 255, 255];
    for (const { box, color } of panels) expect(close(page.mean(box), hex(color), 2), `${color} at ${JSON.stringify(box)}`).toBe(true);
    let gutters = 0;
    for (const a of panels) {
      for (const b of panels) {
        // b right of a, on the same row: the columns between them are the gutter.
        if (b.box.y === a.box.y && b.box.x > a.box.x && !panels.some((c) => c.box.y === a.box.y && c.box.x > a.box.x && c.box.x < b.box.x)) {
          const y = a.box.y + Math.floor(a.box.height / 2);
          let x = a.box.x + a.box.width - 1;
          expect(close(page.at(x, y), hex(a.color), 2)).toBe(true);
          let run = 0;
          for (x += 1; close(page.at(x, y), white, 0); x++) run++;
          expect(run).toBe(gutter);
          expect(close(page.at(x, y), hex(b.color), 2)).toBe(true);
          gutters++;
        }
        // b below a, in the same column: the rows between them are the gutter.
        if (b.box.x === a.box.x && b.box.y > a.box.y && !panels.some((c) => c.box.x === a.box.x && c.box.y > a.box.y && c.box.y < b.box.y)) {
          const x = a.box.x + Math.floor(a.box.width / 2);
          let y = a.box.y + a.box.height - 1;
          expect(close(page.at(x, y), hex(a.color), 2)).toBe(true);
          let run = 0;
          for (y += 1; close(page.at(x, y), white, 0); y++) run++;
          expect(run).toBe(gutter);
          expect(close(page.at(x, y), hex(b.color), 2)).toBe(true);
          gutters++;
        }
      }
    }
    expect(gutters).toBeGreaterThanOrEqual(1);
    expect(gutter).toBeGreaterThanOrEqual(2);
  });

  it.each(['instagram-square', 'instagram-portrait', 'instagram-story', 'tiktok-photo'])(
    'bank:caption-card at %s: from 1 to 4 lines the band grows upward and the picture’s pixels stay identical',
    async (format) => {
      const design = bankTemplate('bank:caption-card')!.build(formatRef(format), 'en');
      const store = pictures();
      const picture = await store.add(await noisyImage(900, 700, { seed: 7 }).png().toBuffer(), 900, 700);
      const box = listSlots(design).find((s) => s.slot.name === 'picture')!.box;
      const { frame } = contextOf(design.format, 'en');
      const render = async (text: string) =>
        decode(await renderDesignPage(fillTemplate(design, { picture, caption: { kind: 'text', text } }), 0, 'png', { readAsset: store.readAsset }));
      /** Band rows: white pixels going up from the picture's top edge, near the frame's left side (padding, no letters). */
      const bandHeight = (page: Awaited<ReturnType<typeof render>>) => {
        let y = box.y - 1;
        while (y >= 0 && close(page.at(frame.x + 4, y), [255, 255, 255], 0)) y--;
        return box.y - 1 - y;
      };
      const one = await render('One short line');
      const four = await render('First line\nSecond line\nThird line\nFourth line, the last one');
      const caption = design.pages[0].elements.find((el) => el.slot?.name === 'caption') as TextElement;
      const line = caption.fontSize * caption.lineHeight;
      expect(bandHeight(one)).toBeGreaterThan(line);
      expect(bandHeight(four)).toBeGreaterThan(bandHeight(one) + 2.5 * line);
      // The band is on the frame, and above it the page shows.
      expect(box.y - bandHeight(four)).toBeGreaterThanOrEqual(frame.y);
      expect(close(one.at(frame.x + 4, box.y - bandHeight(one) - 2), hex('#101014'), 2)).toBe(true);
      expect(one.region(box).equals(four.region(box))).toBe(true);
      // ...and it is the picture, not the stand-in.
      expect(one.region(box).equals((await render('x')).region(box))).toBe(true);
    },
  );

  it.each([
    ['instagram-square', 'en'],
    ['instagram-square', 'fr'],
    ['instagram-story', 'fr'],
    ['instagram-portrait', 'en'],
  ] as const)('bank:classic at %s (%s): the picture covers the page, the capitals’ ink (fill and outline) stays inside the text boxes', async (format, language) => {
    const design = bankTemplate('bank:classic')!.build(formatRef(format), language);
    const store = pictures();
    const grey = await store.add(await sharp({ create: { width: 2000, height: 2400, channels: 3, background: '#808080' } }).png().toBuffer(), 2000, 2400);
    // Accents above capitals ("Été à l’île ?") rise above the line's metrics: keeping their ink in
    // the box is the text fitting's work (it measures ink); here they only stay on the page.
    for (const top of [undefined, 'A much longer top line that must shrink to fit inside its box without spilling', 'Ça marche ? Oui !']) {
      const values: Record<string, SlotValues[string]> = { picture: grey };
      if (top) values.top = { kind: 'text', text: top };
      const filled = fillTemplate(design, values);
      const page = await decode(await renderDesignPage(filled, 0, 'png', { readAsset: store.readAsset }));
      const { frame } = contextOf(design.format, language);
      const texts = filled.pages[0].elements.filter((el): el is TextElement => el.type === 'text');
      const allowed = texts.map((el) => {
        const margin = Math.ceil((el.stroke?.width ?? 0) / 2) + 1;
        return { el, box: { x: el.x - margin, y: el.y - margin, width: el.width + margin * 2, height: el.height + margin * 2 } };
      });
      const inkIn = new Map(texts.map((el) => [el.id, 0]));
      let outside = 0;
      // The whole page: the picture covers it (full bleed at 9:16 too), so anything not grey is ink.
      for (let y = 0; y < design.format.height; y++) {
        for (let x = 0; x < design.format.width; x++) {
          if (close(page.at(x, y), [128, 128, 128], 6)) continue;
          const owner = allowed.find(({ box }) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height);
          if (owner) inkIn.set(owner.el.id, inkIn.get(owner.el.id)! + 1);
          else outside++;
        }
      }
      expect(outside, `ink outside the boxes with top ${top}`).toBe(0);
      const accented = fillTemplate(design, { picture: grey, top: { kind: 'text', text: 'Été à l’île ?' } });
      const accents = await decode(await renderDesignPage(accented, 0, 'png', { readAsset: store.readAsset }));
      for (let x = frame.x; x < frame.x + frame.width; x++) expect(close(accents.at(x, frame.y), [128, 128, 128], 6), `accent clipped at x ${x}`).toBe(true);
      for (const el of texts) expect(inkIn.get(el.id), el.slot?.name).toBeGreaterThan(200);
    }
  });
});

