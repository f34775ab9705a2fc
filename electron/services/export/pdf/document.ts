/**
 * A document carousel as one PDF (issue 12, "LinkedIn document"), made with pdf-lib: one page per
 * slide, every page the slide's size, each page a JPEG picture of the slide as the Node renderer
 * drew it, pictures shared between identical pages (embedded once), and the slides' text written
 * invisibly over its picture where it was drawn, so it can be selected and searched.
 *
 * Size: a slide of W x H pixels is a page of W x H * 0.75 points, i.e. the picture at 96 dpi (one
 * CSS pixel is 0.75 pt): a PDF viewer at 100 % shows the slide at the size a browser shows the PNG.
 */
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  endText,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { DrawnLine } from './textLines';

export const POINTS_PER_PIXEL = 0.75;

export interface PdfPageSpec {
  /** Index in `pictures`. */
  picture: number;
  /** The slide's size in pixels. */
  width: number;
  height: number;
  /** The texts drawn on it, for the invisible text layer. */
  lines: readonly DrawnLine[];
}

export interface PdfSpec {
  /** The design's name: the PDF's title (what LinkedIn and viewers show). */
  title: string;
  /** JPEG bytes, each embedded once however many pages show it. */
  pictures: readonly Uint8Array[];
  pages: readonly PdfPageSpec[];
  /** A TrueType/OpenType font for the text layer (accents and French punctuation); none: no text layer. */
  textFont?: Uint8Array;
  /** The date written as creation and modification date. */
  date: Date;
}

/** The PDF's bytes. */
export async function buildPdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(spec.title, { showInWindowTitleBar: true });
  pdf.setProducer('Affiche');
  pdf.setCreator('Affiche');
  pdf.setCreationDate(spec.date);
  pdf.setModificationDate(spec.date);
  const pictures = [];
  for (const bytes of spec.pictures) pictures.push(await pdf.embedJpg(bytes));
  const withText = spec.textFont && spec.pages.some((page) => page.lines.length > 0);
  let font: { pdf: PDFFont; has: (codePoint: number) => boolean } | undefined;
  if (withText && spec.textFont) {
    pdf.registerFontkit(fontkit);
    const face = fontkit.create(spec.textFont);
    font = { pdf: await pdf.embedFont(spec.textFont, { subset: true }), has: (cp) => face.hasGlyphForCodePoint(cp) };
  }
  for (const spec_ of spec.pages) {
    const width = spec_.width * POINTS_PER_PIXEL;
    const height = spec_.height * POINTS_PER_PIXEL;
    const page = pdf.addPage([width, height]);
    page.drawImage(pictures[spec_.picture], { x: 0, y: 0, width, height });
    if (font) writeTextLayer(page, font, spec_);
  }
  return pdf.save({ useObjectStreams: true });
}

/**
 * Each line in text render mode 3 (neither filled nor stroked: invisible, still selectable),
 * placed at its baseline with the text's rotation and scale, and squeezed horizontally so that a
 * selection covers the words as drawn whatever the face the picture used.
 */
function writeTextLayer(page: PDFPage, font: { pdf: PDFFont; has: (codePoint: number) => boolean }, spec: PdfPageSpec): void {
  const key = page.node.newFontDictionary(font.pdf.name, font.pdf.ref);
  const k = POINTS_PER_PIXEL;
  const operators = [pushGraphicsState(), beginText(), setTextRenderingMode(TextRenderingMode.Invisible)];
  let written = 0;
  for (const line of spec.lines) {
    // Characters the layer's face lacks (emoji) are left out rather than written as blank glyphs.
    const text = [...line.text].filter((ch) => font.has(ch.codePointAt(0)!)).join('');
    if (text.trim() === '' || !(line.fontSize > 0)) continue;
    const natural = font.pdf.widthOfTextAtSize(text, line.fontSize);
    const squeeze = natural > 0 && line.width > 0 ? (line.width / natural) * 100 : 100;
    const [a, b, c, d] = line.matrix;
    // Page pixels are y-down, PDF points y-up: the y axis flips, and the text's "up" is -y.
    operators.push(
      setFontAndSize(key, line.fontSize),
      setCharacterSqueeze(squeeze),
      setTextMatrix(a * k, -b * k, -c * k, d * k, line.x * k, (spec.height - line.y) * k),
      showText(font.pdf.encodeText(text)),
    );
    written++;
  }
  operators.push(endText(), popGraphicsState());
  if (written > 0) page.pushOperators(...operators);
}
