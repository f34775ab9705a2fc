/**
 * SVG sanitising (EXP-06, SEC-10's twin on the way in). An SVG is a document, not pixels: it can
 * carry scripts, event handlers, links to other files or URLs, HTML in <foreignObject>, CSS that
 * fetches, and entity bombs. We keep a conservative allowlist of drawing elements and rebuild the
 * file from the parsed tree, so what is stored is exactly what we checked.
 *
 * Refused outright (no sensible "cleaned" version): a DOCTYPE or ENTITY declaration (entity
 * expansion bombs, external entities), XML that does not parse, a root that is not <svg>, elements
 * nested deeper than MAX_SVG_DEPTH (checked on the text before parsing, and again on the tree).
 *
 * CSS (<style> and every attribute, since presentation attributes are CSS values too) is read the
 * way a browser could read it before it is judged: escapes decoded (`\75 rl(` is `url(`), comment
 * markers and white space gone, lower case. A rule or declaration that could then fetch anything
 * (`url()` other than `url(#id)`, `image-set()`, `image()`, `cross-fade()`, `element()`, `src()`,
 * `attr()`, `@import` in any spelling) or run script is removed whole; if anything still looks
 * like one afterwards, the whole style goes. The stored SVG is safe wherever it is opened, not only
 * in Affiche. The sanitiser runs on a worker thread with time and memory limits (../../parse).
 */
import { createRequire } from 'node:module';
import { MessageError, msg } from '../../../../core/messages';

/** The few jsdom members we use (jsdom ships no types and @types/jsdom is not installed). */
interface MiniNode {
  nodeType: number;
  childNodes: ArrayLike<MiniNode>;
  parentNode: MiniNode | null;
  removeChild(child: MiniNode): void;
  textContent: string | null;
}
interface MiniElement extends MiniNode {
  localName: string;
  namespaceURI: string | null;
  attributes: ArrayLike<{ name: string; localName: string; value: string; namespaceURI: string | null }>;
  removeAttribute(name: string): void;
  removeAttributeNS(ns: string | null, localName: string): void;
  setAttributeNS(ns: string | null, name: string, value: string): void;
}
interface MiniDom {
  window: { document: { documentElement: MiniElement | null; childNodes: ArrayLike<MiniNode> } & MiniNode; XMLSerializer: new () => { serializeToString(node: MiniNode): string }; close(): void };
}
type JsdomCtor = new (text: string, options: { contentType: string }) => MiniDom;

let jsdom: JsdomCtor | undefined;
function JSDOM(): JsdomCtor {
  // Loaded on the first SVG only: jsdom is large and most imports are photos.
  jsdom ??= (createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor }).JSDOM;
  return jsdom;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Drawing elements only. No script, foreignObject, animation (can rewrite href), iframe, etc. */
const ALLOWED = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'switch', 'a', 'view',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath', 'image', 'marker', 'pattern', 'clipPath', 'mask',
  'linearGradient', 'radialGradient', 'stop', 'style',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** An embedded raster picture is data, not a reference: it cannot script or fetch. */
const INLINE_RASTER = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/** Deeper than any drawing needs; far from what the serialiser's recursion could not take. */
export const MAX_SVG_DEPTH = 200;

/** Why an SVG cannot be made safe (`detail`: one of the `asset.svg.*` messages). */
export class SvgRefused extends MessageError {}

export interface SanitisedSvg {
  text: string;
  /** What was taken out, for tests and logs ("script", "onload", "href=http://..."). */
  removed: string[];
}

function compact(value: string): string {
  // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:".
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}

const CSS_WHITESPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/**
 * CSS as a browser could read it, for judging (never stored): escapes decoded, comment markers
 * removed (a comment's text stays, which can only make more look suspicious), white space and
 * control characters dropped, lower case (CSS names are case-insensitive).
 */
export function foldCss(css: string): string {
  let out = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(css.slice(i + 1, i + 7));
    if (hex) {
      const code = parseInt(hex[0], 16);
      out += code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
      i += hex[0].length;
      // One white space after a hex escape belongs to it (\r\n counts as one).
      if (css[i + 1] === '\r' && css[i + 2] === '\n') i += 2;
      else if (/[ \t\n\r\f]/.test(css[i + 1] ?? '')) i += 1;
    } else if (i + 1 < css.length) {
      out += css[i + 1];
      i += 1;
    }
  }
  return out.replace(/\/\*|\*\//g, '').replace(CSS_WHITESPACE, '').toLowerCase();
}

/** Functions that load something, and words that run script, as they read once folded. */
const FETCHING = ['image(', 'image-set(', 'cross-fade(', 'element(', 'src(', 'attr(', '@import'];
const SCRIPTING = ['expression(', 'javascript:', 'vbscript:', 'behavior:', 'behaviour:', '-moz-binding'];

/** True when folded CSS could fetch something or run script: any url() but url(#id), and the lists above. */
export function cssReachesOut(folded: string): boolean {
  if (/url\((?!['"]?#)/.test(folded)) return true;
  return FETCHING.some((word) => folded.includes(word)) || SCRIPTING.some((word) => folded.includes(word));
}

interface CssPiece {
  text: string;
  /** What ended it: a declaration ';', a block's '{' or '}', or the end. */
  end: ';' | '{' | '}' | '';
}

/**
 * CSS cut into declarations, rule preludes and block ends, the way a CSS parser would cut it:
 * strings, escapes, comments and parentheses are followed so that a ';' or a brace inside them
 * does not count. Joining the pieces gives the text back exactly.
 */
function cssPieces(css: string): CssPiece[] {
  const pieces: CssPiece[] = [];
  let start = 0;
  let quote: string | null = null;
  let parens = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '\\') {
      i += 1;
    } else if (quote) {
      if (c === quote || c === '\n') quote = null;
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      i = close < 0 ? css.length : close + 1;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '(') {
      parens += 1;
    } else if (c === ')') {
      parens = Math.max(0, parens - 1);
    } else if (parens === 0 && (c === ';' || c === '{' || c === '}')) {
      pieces.push({ text: css.slice(start, i), end: c });
      start = i + 1;
    }
  }
  pieces.push({ text: css.slice(start), end: '' });
  return pieces;
}

/**
 * CSS with every rule or declaration that reaches out removed (a rule's whole block with it). If
 * what is left still looks like it reaches out (CSS too broken to cut the way a browser would),
 * nothing is kept.
 */
function cleanCss(css: string, removed: string[]): string {
  if (!cssReachesOut(foldCss(css))) return css;
  let out = '';
  let skipping = 0;
  for (const piece of cssPieces(css)) {
    if (skipping > 0) {
      if (piece.end === '{') skipping += 1;
      else if (piece.end === '}') skipping -= 1;
      continue;
    }
    if (!cssReachesOut(foldCss(piece.text))) {
      out += piece.text + piece.end;
      continue;
    }
    removed.push(piece.text.trim().slice(0, 80));
    if (piece.end === '{') skipping = 1;
    else if (piece.end === '}') out += '}';
  }
  if (cssReachesOut(foldCss(out))) {
    removed.push('style');
    return '';
  }
  return out;
}

function cleanElement(el: MiniElement, removed: string[]): void {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name;
    const lower = attr.localName.toLowerCase();
    const value = attr.value;
    const isHref = lower === 'href' && (attr.namespaceURI === null || attr.namespaceURI === XLINK_NS);
    let drop = false;
    if (attr.namespaceURI === XMLNS_NS || name === 'xmlns') drop = false;
    else if (lower.startsWith('on')) drop = true;
    else if (isHref) drop = !(value.trim().startsWith('#') || (el.localName === 'image' && INLINE_RASTER.test(value.trim())));
    else if (attr.namespaceURI !== null && attr.namespaceURI !== XLINK_NS) drop = true; // xml:base and foreign namespaces
    else if (compact(value).includes('javascript:')) drop = true;
    else if (lower === 'style' && attr.namespaceURI === null) {
      // Declarations: the ones that reach out go, the rest stay.
      const clean = cleanCss(value, removed);
      if (clean !== value) {
        if (clean.trim() === '') el.removeAttributeNS(null, attr.localName);
        else {
          try {
            el.setAttributeNS(null, attr.localName, clean);
          } catch {
            // jsdom's CSS parser throws on some broken declarations (an unclosed block after an
            // at-rule): a style that cannot be set cannot be kept either.
            removed.push(`${name}=${value.slice(0, 60)}`);
            el.removeAttributeNS(null, attr.localName);
          }
        }
      }
      continue;
    }
    // Presentation attributes (fill, filter, mask, cursor...) are CSS values.
    else if (cssReachesOut(foldCss(value))) drop = true;
    if (drop) {
      removed.push(`${name}=${value.slice(0, 60)}`);
      el.removeAttributeNS(attr.namespaceURI, attr.localName);
    }
  }
}

/**
 * How deep elements nest in SVG text, found without parsing: comments, CDATA, processing
 * instructions and quoted attribute values are skipped. True as soon as `limit` is passed, so a
 * drawing nested a million deep is refused before a parser builds a million nodes.
 */
export function markupTooDeep(text: string, limit = MAX_SVG_DEPTH): boolean {
  let depth = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) i = endOf(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) i = endOf(text, ']]>', i + 9);
    else if (text.startsWith('<?', i)) i = endOf(text, '?>', i + 2);
    else if (text.startsWith('</', i)) {
      depth -= 1;
      i = endOf(text, '>', i + 2);
    } else if (text[i + 1] === '!') i = endOf(text, '>', i + 2);
    else {
      // A start tag: to its '>', quotes followed; "/>" closes it at once.
      let j = i + 1;
      let quote: string | null = null;
      for (; j < text.length; j++) {
        const c = text[j];
        if (quote) {
          if (c === quote) quote = null;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (text[j - 1] !== '/') {
        depth += 1;
        if (depth > limit) return true;
      }
      i = j + 1;
    }
    i = text.indexOf('<', i);
  }
  return false;
}

function endOf(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at < 0 ? text.length : at + close.length;
}

/** Cleans the tree under `root` with its own stack (no recursion), refusing it past MAX_SVG_DEPTH. */
function walk(root: MiniElement, removed: string[]): void {
  const stack: Array<{ node: MiniNode; depth: number }> = [{ node: root, depth: 1 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, depth } = next;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) {
        const el = child as MiniElement;
        if (el.namespaceURI !== SVG_NS || !ALLOWED.has(el.localName)) {
          removed.push(el.localName);
          node.removeChild(child);
          continue;
        }
        if (depth + 1 > MAX_SVG_DEPTH) throw new SvgRefused(msg('asset.svg.tooDeep', { max: MAX_SVG_DEPTH }));
        cleanElement(el, removed);
        if (el.localName === 'style') {
          // Text only: elements inside a <style> are dropped with the rest of what reaches out.
          const css = el.textContent ?? '';
          const clean = cleanCss(css, removed);
          const onlyText = Array.from(el.childNodes).every((n) => n.nodeType === 3 || n.nodeType === 4);
          if (clean !== css || !onlyText) el.textContent = clean;
          continue;
        }
        stack.push({ node: el, depth: depth + 1 });
      } else if (child.nodeType === 7 || child.nodeType === 8) {
        // Processing instructions (<?xml-stylesheet href=...?> fetches CSS) and comments go.
        node.removeChild(child);
      }
    }
  }
}

export function sanitiseSvg(text: string): SanitisedSvg {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new SvgRefused(msg('asset.svg.doctype'));
  if (markupTooDeep(text)) throw new SvgRefused(msg('asset.svg.tooDeep', { max: MAX_SVG_DEPTH }));
  let dom: MiniDom;
  try {
    const Ctor = JSDOM();
    dom = new Ctor(text, { contentType: 'image/svg+xml' });
  } catch {
    throw new SvgRefused(msg('asset.svg.notXml'));
  }
  try {
    const doc = dom.window.document;
    const root = doc.documentElement;
    if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) throw new SvgRefused(msg('asset.svg.notSvg'));
    const removed: string[] = [];
    for (const child of Array.from(doc.childNodes)) if (child.nodeType === 7 || child.nodeType === 8) doc.removeChild(child);
    cleanElement(root, removed);
    walk(root, removed);
    const body = new dom.window.XMLSerializer().serializeToString(root);
    return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, removed };
  } finally {
    dom.window.close();
  }
}
