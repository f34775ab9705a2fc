/**
 * Text to carousel in the backend (core/carousel/fromText.ts; the `carousels.planText` and
 * `carousels.fromText` calls, `affiche carousel from-text`): the template from the library (the
 * bank's or the user's own) at the format asked for, with its example words in the UI language,
 * measured with node-canvas and the bundled fonts, as the export draws them.
 */
import * as fabricNode from 'fabric/node';
import type { z } from 'zod';
import type { carouselTextArgsSchema } from '../../../core/api/carouselTextArgs';
import { carouselFromText, parseCarouselText, type CarouselFromText, type MeasurerFor } from '../../../core/carousel/fromText';
import { MessageError } from '../../../core/messages';
import { canvasMeasurer, measuringContext, type FabricNS } from '../../../core/render';
import { DEFAULT_CAROUSEL_TEMPLATE } from '../../../core/templates/bank/carousels';
import { UserError } from '../errors';
import type { LibraryStore } from '../library/types';
import { registerBundledFonts } from '../render/nodeRenderer';
import { readyLibraryTemplate } from '../templates/filled';

export type CarouselTextArgs = z.output<typeof carouselTextArgsSchema>;

/** Measures each text in its own face on node-canvas (the bundled fonts registered first). */
export function nodeMeasurerFor(): MeasurerFor {
  registerBundledFonts();
  const context = measuringContext(fabricNode as unknown as FabricNS);
  // One measurer per face, so its measures are kept across the many fits of one carousel.
  const byFace = new Map<string, ReturnType<MeasurerFor>>();
  return (el) => {
    const key = `${el.fontFamily}|${el.fontWeight}|${el.fontStyle}|${el.letterSpacing}`;
    let measurer = byFace.get(key);
    if (!measurer) byFace.set(key, (measurer = canvasMeasurer(context, { fontFamily: el.fontFamily, fontWeight: el.fontWeight, fontStyle: el.fontStyle, charSpacing: el.letterSpacing })));
    return measurer;
  };
}

/** The carousel `args` make (not saved); a refusal is a UserError whose message names the problem. */
export async function carouselFromLibraryText(library: LibraryStore, args: CarouselTextArgs): Promise<CarouselFromText> {
  const { design: template } = await readyLibraryTemplate(library, { id: args.templateId ?? DEFAULT_CAROUSEL_TEMPLATE, formatId: args.formatId, language: args.language });
  try {
    return carouselFromText(template, args.text, { measurerFor: nodeMeasurerFor() });
  } catch (error) {
    if (error instanceof MessageError) throw new UserError('invalid-args', error.detail);
    throw error;
  }
}

/** How many items and slides the text makes: an empty text makes none (no refusal while typing). */
export async function planCarouselText(library: LibraryStore, args: CarouselTextArgs): Promise<{ title: string | null; items: number; slides: number }> {
  const parsed = parseCarouselText(args.text);
  if (parsed.items.length === 0) return { title: parsed.title, items: 0, slides: 0 };
  const made = await carouselFromLibraryText(library, args);
  return { title: made.title, items: made.items, slides: made.design.pages.length };
}
