/**
 * Where a rendered page's texts were drawn, line by line, read from the Fabric canvas the Node
 * renderer laid out (the same Textbox layout as the picture: fitted sizes, breaks, alignment,
 * rotation, groups). The PDF export writes these lines as invisible text over the page picture,
 * so the words of a document carousel can be selected, searched and read aloud (EXP: issue 12,
 * "text stays selectable").
 */

/** One drawn line: its words and where they sit, in the page's pixels (y down). */
export interface DrawnLine {
  text: string;
  /** The line's baseline start, in page pixels. */
  x: number;
  y: number;
  /** How wide the line was drawn, in the text's own units (scaled by `matrix`). */
  width: number;
  fontSize: number;
  /** The text's transform without translation: [a, b, c, d] from its units to page pixels. */
  matrix: [number, number, number, number];
}

/** What the layer needs of a Fabric object (Textbox, group, anything else). */
interface FabricLike {
  visible?: boolean;
  opacity?: number;
  type?: string;
  fontSize?: number;
  lineHeight?: number;
  textLines?: string[];
  calcTransformMatrix?: () => number[];
  getObjects?: () => FabricLike[];
  getHeightOfLine?: (line: number) => number;
  getLineWidth?: (line: number) => number;
  _getLeftOffset?: () => number;
  _getTopOffset?: () => number;
  _getLineLeftOffset?: (line: number) => number;
}

function isText(object: FabricLike): boolean {
  return Array.isArray(object.textLines) && typeof object.getHeightOfLine === 'function' && typeof object.calcTransformMatrix === 'function';
}

/** Every visible text line on the canvas, in drawing order (groups walked into). */
export function drawnTextLines(canvas: { getObjects(): unknown[] }): DrawnLine[] {
  const lines: DrawnLine[] = [];
  const walk = (objects: FabricLike[]) => {
    for (const object of objects) {
      if (object.visible === false || object.opacity === 0) continue;
      if (isText(object)) lines.push(...linesOf(object));
      else if (typeof object.getObjects === 'function') walk(object.getObjects());
    }
  };
  walk(canvas.getObjects() as FabricLike[]);
  return lines;
}

function linesOf(text: FabricLike): DrawnLine[] {
  const m = text.calcTransformMatrix!();
  const apply = (x: number, y: number) => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });
  const left = text._getLeftOffset?.() ?? 0;
  const top = text._getTopOffset?.() ?? 0;
  const lineHeight = text.lineHeight || 1;
  const out: DrawnLine[] = [];
  let above = 0;
  text.textLines!.forEach((words, i) => {
    const height = text.getHeightOfLine!(i);
    // Fabric draws line i with its baseline at top + the lines above + the line's own height / lineHeight.
    const baseline = top + above + height / lineHeight;
    above += height;
    const clean = words.replace(/\s+$/u, '');
    if (clean.trim() === '') return;
    const start = apply(left + (text._getLineLeftOffset?.(i) ?? 0), baseline);
    out.push({ text: clean, x: start.x, y: start.y, width: text.getLineWidth?.(i) ?? 0, fontSize: text.fontSize ?? 16, matrix: [m[0], m[1], m[2], m[3]] });
  });
  return out;
}
