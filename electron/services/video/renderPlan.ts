/**
 * The render plan of a video export (docs/architecture.md, "Video"): every scene's static
 * elements drawn once to RGBA PNGs by the Node renderer (the same pixels as the still export),
 * each moving element drawn alone, each Ken Burns picture drawn at its fullest zoom, and each
 * clip's file found with the size of its pictures (its crop is cut from them). core/video/graph.ts turns the plan into the ffmpeg graph.
 *
 * A run of consecutive elements that neither move nor have timing (nor are clips or Ken Burns
 * pictures) is one plate: the page drawn with only those elements (the first plate also has the
 * page's background). A moving element is drawn alone on a transparent page of the format and
 * cut to the pixels it covers, so it sits exactly where the still export draws it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { SourceSize } from '../../../core/video/clipCrop';
import type { PixelBox, PlanLayer, RenderPlan, ScenePlan } from '../../../core/video/graph';
import type { VideoTimeline } from '../../../core/video/timeline';
import type { Design, Element, Page } from '../../../core/schema';
import { renderPagePixels, type NodeRenderOptions, type PagePixels } from '../render/nodeRenderer';

/** How an element takes part in a video: drawn into a plate, or a layer of its own. */
export type LayerKind = 'static' | 'moving' | 'kenBurns' | 'clip';

export function layerKindOf(element: Element): LayerKind {
  if (element.type === 'video') return 'clip';
  if (element.type === 'image' && element.kenBurns) return 'kenBurns';
  if (element.timing) return 'moving';
  return 'static';
}

export interface PlanOptions {
  render: NodeRenderOptions;
  /** Where the PNGs are written (a folder of the job's own). */
  workDir: string;
  /** The clip's file on disk (a library asset's path, or its bytes written to workDir). */
  clipFile: (assetId: string) => Promise<string>;
  /** The size of the pictures ffmpeg decodes from a clip's file, upright (what its crop is cut from). */
  clipSource: (file: string) => Promise<SourceSize>;
  /** Called after each picture is drawn (the job's first percent). */
  onDrawn?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const TRANSPARENT_BACKGROUND: Page['background'] = { fill: 'transparent' };

/** How many pictures `buildRenderPlan` will draw (for progress). */
export function picturesToDraw(design: Design): number {
  let total = 0;
  for (const page of design.pages) {
    const kinds = page.elements.filter((element) => !element.hidden).map(layerKindOf);
    let i = 0;
    while (i < kinds.length && kinds[i] === 'static') i++;
    total++; // the base plate
    for (; i < kinds.length; i++) {
      if (kinds[i] === 'static') {
        if (kinds[i - 1] !== 'static') total++;
      } else if (kinds[i] !== 'clip') total++;
    }
  }
  return total;
}

export async function buildRenderPlan(design: Design, timeline: VideoTimeline, options: PlanOptions): Promise<RenderPlan> {
  const scenes: ScenePlan[] = [];
  const total = picturesToDraw(design);
  let drawn = 0;
  let fileNumber = 0;
  const png = async (pixels: PagePixels): Promise<string> => {
    const file = path.join(options.workDir, `layer-${String(fileNumber++).padStart(4, '0')}.png`);
    await writeFile(file, await workPng(pixels));
    options.onDrawn?.(++drawn, total);
    return file;
  };
  const pageWith = (page: Page, elements: Element[], background: Page['background']): Design => ({
    ...design,
    pages: [{ ...page, background, elements }],
  });

  for (const page of design.pages) {
    options.signal?.throwIfAborted();
    const layers: PlanLayer[] = [];
    const visible = page.elements.filter((element) => !element.hidden);
    // Leading static elements go into the base plate with the background.
    let i = 0;
    while (i < visible.length && layerKindOf(visible[i]) === 'static') i++;
    layers.push({ kind: 'plate', file: await png(await renderPagePixels(pageWith(page, visible.slice(0, i), page.background), 0, options.render)) });
    while (i < visible.length) {
      options.signal?.throwIfAborted();
      const element = visible[i];
      const kind = layerKindOf(element);
      if (kind === 'static') {
        let j = i;
        while (j < visible.length && layerKindOf(visible[j]) === 'static') j++;
        layers.push({ kind: 'plate', file: await png(await renderPagePixels(pageWith(page, visible.slice(i, j), TRANSPARENT_BACKGROUND), 0, options.render)) });
        i = j;
        continue;
      }
      if (kind === 'clip' && element.type === 'video') {
        const file = await options.clipFile(element.assetId);
        layers.push({ kind: 'clip', file, element, box: wholeBox(element), source: await options.clipSource(file) });
      } else if (kind === 'kenBurns' && element.type === 'image') {
        const zoom = 1 + element.kenBurns!.amount;
        const box = wholeBox(element);
        // The picture alone in its frame, drawn at its fullest zoom: the window moves over it.
        const alone: Design = {
          ...design,
          format: { preset: null, width: box.width, height: box.height },
          variants: undefined,
          pages: [{ ...page, background: TRANSPARENT_BACKGROUND, elements: [{ ...element, x: element.x - box.x, y: element.y - box.y, timing: undefined }] }],
        };
        const pixels = await renderPagePixels(alone, 0, { ...options.render, scale: zoom });
        layers.push({ kind: 'kenBurns', file: await png(pixels), element, box, zoom, opaque: pixels.opaque });
      } else {
        const pixels = await renderPagePixels(pageWith(page, [element], TRANSPARENT_BACKGROUND), 0, options.render);
        const box = coveredBox(pixels);
        if (box) layers.push({ kind: 'moving', file: await png(await cut(pixels, box)), element, box });
        else options.onDrawn?.(++drawn, total);
      }
      i++;
    }
    scenes.push({ layers });
  }
  return { format: { width: design.format.width, height: design.format.height }, timeline, scenes };
}

/**
 * A picture for ffmpeg to read once, in the job's own folder: a PNG stored without compression.
 * A photo drawn at 1242x2208 costs 0.6 CPU s to compress as the still export does, 0.02 s stored.
 */
function workPng(pixels: PagePixels): Promise<Buffer> {
  const raw = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } });
  return (pixels.opaque ? raw.removeAlpha() : raw).png({ compressionLevel: 0 }).toBuffer();
}

/** An element's box in whole pixels (a clip or a Ken Burns frame is placed there). */
function wholeBox(element: Element): PixelBox {
  const x = Math.round(element.x);
  const y = Math.round(element.y);
  return { x, y, width: Math.max(2, Math.round(element.x + element.width) - x), height: Math.max(2, Math.round(element.y + element.height) - y) };
}

/** The smallest box holding every pixel that is not fully transparent, or null when none is. */
export function coveredBox(pixels: PagePixels): PixelBox | null {
  const { data, width, height } = pixels;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width * 4;
    for (let x = 0; x < width; x++) {
      if (data[row + x * 4 + 3] === 0) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  if (maxX < 0) return null;
  return { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

async function cut(pixels: PagePixels, box: PixelBox): Promise<PagePixels> {
  const data = await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })
    .extract({ left: box.x, top: box.y, width: box.width, height: box.height })
    .raw()
    .toBuffer();
  return { data, width: box.width, height: box.height, opaque: false };
}
