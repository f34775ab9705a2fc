/**
 * Design schema v7 `verticalAlign`: a growing text keeps the edge it names where the element put
 * it, and an auto-fit text sits at that edge of its box. Checked on exported pixels.
 */
import { describe, expect, it } from 'vitest';
import { createTextElement, parseDesign, type TextElement } from '../../../core/schema';
import { renderDesignPage } from './nodeRenderer';
import { designOf, near, noAssets, pixels, type RGB } from './pixelTestUtils';

const isInk = (px: RGB) => near(px, [0, 0, 0], 100);

/** Rows holding ink (black) on a 400 x 600 white page with one text. */
async function inkRows(props: Partial<TextElement>): Promise<{ top: number; bottom: number }> {
  const design = designOf(400, 600);
  design.pages[0].elements.push(createTextElement({ x: 20, y: 200, width: 360, height: 200, fontFamily: 'Inter', fontSize: 40, fill: '#000000', ...props }));
  const p = await pixels(await renderDesignPage(parseDesign(design).design, 0, 'png', noAssets));
  const rows = p.where(isInk).map((pt) => pt.y);
  return { top: Math.min(...rows), bottom: Math.max(...rows) };
}

describe('text vertical alignment (design schema v7)', () => {
  it('bottom: more lines grow upward, the last line stays on the box’s bottom edge', async () => {
    const one = await inkRows({ text: 'Hxy', verticalAlign: 'bottom' });
    const three = await inkRows({ text: 'Hxy\nHxy\nHxy', verticalAlign: 'bottom' });
    expect(one.bottom).toBeLessThanOrEqual(400);
    expect(one.bottom).toBeGreaterThan(400 - 20);
    expect(three.bottom).toBe(one.bottom);
    expect(three.top).toBeLessThan(one.top - 80);
  });

  it('top (and absent): more lines grow downward from the top edge', async () => {
    const one = await inkRows({ text: 'Hxy' });
    const three = await inkRows({ text: 'Hxy\nHxy\nHxy', verticalAlign: 'top' });
    expect(one.top).toBeGreaterThanOrEqual(200);
    expect(three.top).toBe(one.top);
    expect(three.bottom).toBeGreaterThan(one.bottom + 80);
  });

  it('middle: the text grows both ways about the box’s centre', async () => {
    const one = await inkRows({ text: 'Hxy', verticalAlign: 'middle' });
    const three = await inkRows({ text: 'Hxy\nHxy\nHxy', verticalAlign: 'middle' });
    expect(Math.abs((one.top + one.bottom) / 2 - 300)).toBeLessThan(12);
    expect(Math.abs((three.top + three.bottom) / 2 - 300)).toBeLessThan(12);
  });

  it('auto-fit text sits at the named edge of its fixed box', async () => {
    const top = await inkRows({ text: 'Hxy', autoFit: true, verticalAlign: 'top' });
    const bottom = await inkRows({ text: 'Hxy', autoFit: true, verticalAlign: 'bottom' });
    // 40 px stays the size (it fits): the line sits at the top or at the foot of 200..400.
    expect(top.top).toBeGreaterThanOrEqual(200);
    expect(top.bottom).toBeLessThan(260);
    expect(bottom.bottom).toBeLessThanOrEqual(400);
    expect(bottom.top).toBeGreaterThan(340);
  });
});
