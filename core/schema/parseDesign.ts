import type { z } from 'zod';
import { DESIGN_SCHEMA_VERSION, LIMITS, SLOT_TARGETS, designSchema, elementLayoutSchema, type Design, type Element } from './design';
import { msg } from '../messages';
import { findOversize, MAX_JSON_DEPTH, migrate, parseJsonText, SchemaError, type FileSubject, type Migration } from './migrate';
import { walkElements } from './walk';

/**
 * Design migrations, numbered by the version they read. Each released version keeps a fixture
 * (`fixtures/design.v<N>.json`) proving that its files still open (REL-09).
 */
export const DESIGN_MIGRATIONS: readonly Migration[] = [
  // v2 added only optional fields (text `styles` and `autoFit`, image `mask`, the 'bubble' shape):
  // a v1 file is already a valid v2 file, and migrate() stamps the new version.
  { from: 1, name: 'text styles and auto-fit', up: (doc) => doc },
  // v3 added only the optional element flag `aspectLocked`.
  { from: 2, name: 'aspect ratio lock', up: (doc) => doc },
  // v4 renamed the design kind `post` to `still` (a post is a scheduled publication now).
  { from: 3, name: 'design kind post renamed still', up: renamePostKind },
  // v5 gave each kind of slot its fields: an image slot covers its box around the centre, a
  // colour slot sets the fill, as a v4 slot did.
  { from: 4, name: 'slot fields per kind', up: slotFieldsPerKind },
  // v6: a text's `uppercase` flag became its case (`textCase`); the fit bounds, the outline's
  // ratio and the fitted layout are new and optional.
  { from: 5, name: 'text case', up: textCaseFromUppercase },
  // v7 added only the optional text field `verticalAlign` (absent: 'top', as every older text drew).
  // Files written while v6 was a stand-in step may still carry `uppercase`: converted here too.
  { from: 6, name: 'text vertical align', up: textCaseFromUppercase },
  // v8 added the icon element type: a v7 file holds none, so it is already a valid v8 file.
  { from: 7, name: 'icon elements', up: (doc) => doc },
  // v9 added only optional fields (a page's `altText`, an element's `repeat`, the design's
  // `panorama`): a v8 file is already a valid v9 file.
  { from: 8, name: 'carousel slides', up: (doc) => doc },
  // v10: a layer's animations became objects and transitions took ffmpeg's xfade names.
  { from: 9, name: 'video timeline', up: videoTimeline },
];

/** Elements of a raw (not yet validated) design, groups' children included; anything odd is skipped for the schema to refuse. */
function rawElements(doc: Record<string, unknown>): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const pending: unknown[] = Array.isArray(doc.pages) ? doc.pages.flatMap((page) => (isObject(page) && Array.isArray(page.elements) ? page.elements : [])) : [];
  for (let el = pending.pop(); el !== undefined; el = pending.pop()) {
    if (!isObject(el)) continue;
    found.push(el);
    if (Array.isArray(el.children)) pending.push(...el.children);
  }
  return found;
}

/** v4 -> v5: `{ name, kind }` slots get their kind's fields. migrate() hands a copy: edited in place. */
export function slotFieldsPerKind<T extends Record<string, unknown>>(doc: T): T {
  for (const el of rawElements(doc)) {
    const slot = el.slot as Record<string, unknown> | undefined;
    if (typeof slot !== 'object' || slot === null) continue;
    if (slot.kind === 'image') el.slot = { fit: 'cover', focalX: 0.5, focalY: 0.5, ...slot };
    else if (slot.kind === 'color') el.slot = { property: 'fill', ...slot };
  }
  return doc;
}

/** v5 -> v6: `uppercase: true` becomes `textCase: 'upper'`, anything else 'asTyped'; the flag goes. A text that has its case keeps it. */
export function textCaseFromUppercase<T extends Record<string, unknown>>(doc: T): T {
  for (const el of rawElements(doc)) {
    if (el.type !== 'text') continue;
    if (el.textCase === undefined) el.textCase = el.uppercase === true ? 'upper' : 'asTyped';
    delete el.uppercase;
  }
  return doc;
}

/** v9's animation names and the xfade names a v10 transition takes in their place. */
const V9_ANIMATIONS: Record<string, string> = { fade: 'fade', slideUp: 'slideUp', slideDown: 'slideDown', slideLeft: 'slideLeft', slideRight: 'slideRight', zoom: 'pop' };
const V9_TRANSITIONS: Record<string, string> = { none: 'cut', fade: 'fade', slideLeft: 'slideleft', slideRight: 'slideright', slideUp: 'slideup', slideDown: 'slidedown', zoom: 'zoomin' };

/**
 * v9 -> v10: an animation named by a word (`'fade'`) becomes `{ kind, durationMs: 400, easing }`
 * (`'zoom'` is a pop, `'none'` no animation); a transition's kind takes the xfade name (`none` is
 * a cut). Anything else is left for the schema to refuse.
 */
export function videoTimeline<T extends Record<string, unknown>>(doc: T): T {
  for (const el of rawElements(doc)) {
    const timing = el.timing as Record<string, unknown> | undefined;
    if (typeof timing !== 'object' || timing === null) continue;
    for (const [key, easing] of [['animationIn', 'easeOut'], ['animationOut', 'easeIn']] as const) {
      const value = timing[key];
      if (typeof value !== 'string') continue;
      if (value === 'none') delete timing[key];
      else if (V9_ANIMATIONS[value]) timing[key] = { kind: V9_ANIMATIONS[value], durationMs: 400, easing };
    }
  }
  for (const page of Array.isArray(doc.pages) ? doc.pages : []) {
    const transition = (page as Record<string, unknown> | null)?.transitionOut as Record<string, unknown> | undefined;
    if (typeof transition === 'object' && transition !== null && typeof transition.kind === 'string' && V9_TRANSITIONS[transition.kind]) {
      transition.kind = V9_TRANSITIONS[transition.kind];
    }
  }
  return doc;
}

/** `kind: 'post'` becomes `'still'`; any other kind (or a damaged one, left for the schema to refuse) stays. */
export function renamePostKind<T extends Record<string, unknown>>(doc: T): T {
  return doc.kind === 'post' ? { ...doc, kind: 'still' } : doc;
}

/** The first problem zod found, as `path: message`, which is what a person can fix. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Depth of nested groups, checked after parsing (zod's lazy schema cannot bound recursion). */
export function maxGroupDepth(elements: readonly Element[]): number {
  let max = 0;
  walkElements(elements, (el, { depth }) => {
    if (el.type === 'group') max = Math.max(max, depth + 1);
  });
  return max;
}

function countElements(elements: readonly Element[]): number {
  let n = 0;
  walkElements(elements, () => {
    n += 1;
  });
  return n;
}

function checkUniqueIds(elements: readonly Element[], what: FileSubject): void {
  const seen = new Set<string>();
  walkElements(elements, (el) => {
    if (seen.has(el.id)) throw new SchemaError('invalid', msg('schema.elementIdTwice', { what, id: el.id }));
    seen.add(el.id);
  });
}

/** Slot names are unique in a design, and each slot sits on an element that can take it (SLOT_TARGETS). */
function checkSlots(design: Design, what: FileSubject): void {
  const names = new Set<string>();
  walkElements(design, (el) => {
    if (!el.slot) return;
    const key = el.slot.name.toLocaleLowerCase('en');
    if (names.has(key)) throw new SchemaError('invalid', msg('schema.slotNameTwice', { what, name: el.slot.name }));
    names.add(key);
    if (!(SLOT_TARGETS[el.slot.kind] as readonly string[]).includes(el.type)) {
      throw new SchemaError('invalid', msg('schema.slotOnWrongElement', { what, name: el.slot.name, kind: el.slot.kind, type: el.type }));
    }
  });
}

/**
 * An element repeated on every slide is a top-level one, and its id is not used on any other page
 * (it is drawn there too: core/carousel/repeat.ts).
 */
function checkRepeated(design: Design, what: FileSubject): void {
  const homeOf = new Map<string, number>();
  walkElements(design, (el, { pageIndex, depth }) => {
    if (!el.repeat) return;
    if (depth > 0) throw new SchemaError('invalid', msg('schema.repeatInGroup', { what, id: el.id }));
    homeOf.set(el.id, pageIndex);
  });
  if (homeOf.size === 0) return;
  walkElements(design, (el, { pageIndex }) => {
    const home = homeOf.get(el.id);
    if (home !== undefined && home !== pageIndex) throw new SchemaError('invalid', msg('schema.repeatedIdTwice', { what, id: el.id }));
  });
}

/**
 * zod's record parsing drops an entry keyed "__proto__" (it will not assign that key), so a
 * variant's override for an element with that id would vanish on every load. Ids are ours to
 * check, not JavaScript's: the entry is validated like the others and put back as an own
 * property (core/variants reads and writes overrides as own properties only).
 */
function keepProtoOverrides(design: Design, doc: Record<string, unknown>, what: FileSubject): void {
  const rawVariants = doc.variants;
  if (!Array.isArray(rawVariants)) return;
  design.variants?.forEach((variant, index) => {
    const rawOverrides = (rawVariants[index] as { overrides?: unknown } | undefined)?.overrides;
    if (typeof rawOverrides !== 'object' || rawOverrides === null || !Object.hasOwn(rawOverrides, '__proto__')) return;
    const entry = elementLayoutSchema.safeParse((rawOverrides as Record<string, unknown>)['__proto__']);
    if (!entry.success) {
      const detail = `variants.${index}.overrides.__proto__: ${describeZodError(entry.error)}`;
      throw new SchemaError('invalid', msg('schema.invalidDesign', { what, detail }));
    }
    Object.defineProperty(variant.overrides, '__proto__', { value: entry.data, enumerable: true, writable: true, configurable: true });
  });
}

/**
 * The longest list a design may hold (a page's elements, a group's children; pages, style runs
 * and the rest are shorter). A list longer than this is refused before the copy and the schema
 * walk every item of it: a million style runs would otherwise take seconds to refuse (SEC-09).
 */
const MAX_LIST = Math.max(LIMITS.maxElementsPerPage, LIMITS.maxPages, LIMITS.maxStyleRuns);

export interface ParsedDesign {
  design: Design;
  migratedFrom?: number;
}

/**
 * Validate (and migrate) anything that claims to be a design. Throws SchemaError with a clear
 * message; `what` names the file in it (a design given as data, by default).
 */
export function parseDesign(raw: unknown, what?: FileSubject): ParsedDesign {
  const subject = what ?? msg('schema.subject.design');
  // One walk before anything recursive or costly reads it: nesting, and lists no design has.
  const oversize = findOversize(raw, { maxList: MAX_LIST });
  if (oversize?.kind === 'deep') throw new SchemaError('invalid', msg('schema.tooDeeplyNested', { what: subject, max: MAX_JSON_DEPTH }));
  if (oversize?.kind === 'list') {
    const detail = `${oversize.path}: ${oversize.length} items, at most ${MAX_LIST} allowed`;
    throw new SchemaError('invalid', what === undefined ? msg('schema.designInvalid', { detail }) : msg('schema.invalidDesign', { what, detail }));
  }
  const { doc, fromVersion } = migrate(raw, DESIGN_MIGRATIONS, DESIGN_SCHEMA_VERSION, subject);
  const result = designSchema.safeParse(doc);
  if (!result.success) {
    const detail = describeZodError(result.error);
    throw new SchemaError('invalid', what === undefined ? msg('schema.designInvalid', { detail }) : msg('schema.invalidDesign', { what, detail }), fromVersion);
  }
  const design = result.data;
  keepProtoOverrides(design, doc, subject);
  const pageIds = new Set<string>();
  for (const page of design.pages) {
    if (pageIds.has(page.id)) throw new SchemaError('invalid', msg('schema.pageIdTwice', { what: subject, id: page.id }));
    pageIds.add(page.id);
    if (maxGroupDepth(page.elements) > LIMITS.maxGroupDepth) {
      throw new SchemaError('invalid', msg('schema.tooDeep', { what: subject, max: LIMITS.maxGroupDepth }));
    }
    if (countElements(page.elements) > LIMITS.maxElementsPerPage) {
      throw new SchemaError('invalid', msg('schema.tooManyElements', { what: subject, max: LIMITS.maxElementsPerPage }));
    }
    checkUniqueIds(page.elements, subject);
  }
  checkSlots(design, subject);
  checkRepeated(design, subject);
  return fromVersion === DESIGN_SCHEMA_VERSION ? { design } : { design, migratedFrom: fromVersion };
}

export function parseDesignText(text: string, what?: FileSubject): ParsedDesign {
  return parseDesign(parseJsonText(text, what ?? msg('schema.subject.design')), what);
}
