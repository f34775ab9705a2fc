/**
 * SVG sanitising (EXP-06, SEC-10's twin on the way in). An SVG is a document, not pixels: it can
 * carry scripts, event handlers, links to other files or URLs, HTML in <foreignObject>, CSS that
 * fetches, and entity bombs. We keep a conservative allowlist of drawing elements and rebuild the
 * file from the parsed tree, so what is stored is exactly what we checked.
 *
 * Refused outright (no sensible "cleaned" version): a DOCTYPE or ENTITY declaration (entity
 * expansion bombs, external entities), XML that does not parse, a root that is not <svg>.
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

/** url(...) pointing anywhere but inside this document (`url(#id)`). */
const EXTERNAL_URL = /url\(\s*(?!['"]?\s*#)[^)]*\)/gi;
/** An embedded raster picture is data, not a reference: it cannot script or fetch. */
const INLINE_RASTER = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

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

function cleanCss(css: string, removed: string[]): string {
  let out = css.replace(/@import[^;]*;?/gi, (m) => {
    removed.push(m.trim());
    return '';
  });
  out = out.replace(EXTERNAL_URL, (m) => {
    removed.push(m);
    return 'none';
  });
  if (/expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(compact(out))) {
    removed.push('style with script');
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
    else if (compact(value).includes('javascript:') || EXTERNAL_URL.test(value)) drop = true;
    EXTERNAL_URL.lastIndex = 0;
    if (drop) {
      removed.push(`${name}=${value.slice(0, 60)}`);
      el.removeAttributeNS(attr.namespaceURI, attr.localName);
    }
  }
}

function walk(node: MiniNode, removed: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1) {
      const el = child as MiniElement;
      if (el.namespaceURI !== SVG_NS || !ALLOWED.has(el.localName)) {
        removed.push(el.localName);
        node.removeChild(child);
        continue;
      }
      cleanElement(el, removed);
      if (el.localName === 'style') {
        const css = el.textContent ?? '';
        const clean = cleanCss(css, removed);
        if (clean !== css) el.textContent = clean;
        continue;
      }
      walk(el, removed);
    } else if (child.nodeType === 7 || child.nodeType === 8) {
      // Processing instructions (<?xml-stylesheet href=...?> fetches CSS) and comments go.
      node.removeChild(child);
    }
  }
}

export function sanitiseSvg(text: string): SanitisedSvg {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new SvgRefused(msg('asset.svg.doctype'));
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
