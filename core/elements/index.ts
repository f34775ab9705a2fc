/** Every element type's module (./module.ts says what a module holds and where the other parts are). */
import type { Design, Element, ElementType, Page } from '../schema/design';
import { someElement, walkElements, type ElementTree } from '../schema/walk';
import type { ElementModule } from './module';
import { group } from './group';
import { icon } from './icon';
import { image } from './image';
import { shape } from './shape';
import { text } from './text';
import { video } from './video';

export { unreachable, type ElementModule, type ElementOf } from './module';
export { NEW_SHAPES, type ShapeKind } from './shape';
export { firstWords, TEXT_LABEL_LENGTH } from './text';
export { iconName, iconPathOf, NEW_ICON_SIZE_SHARE, type IconPathRecord } from './icon';

export const ELEMENTS: { readonly [T in ElementType]: ElementModule<T> } = { text, image, shape, group, video, icon };

/** The module of an element's type, typed for that element. */
export function moduleOf<E extends Element>(element: E): ElementModule<E['type']> {
  // Indexing a mapped type by a union loses the link between key and value: restore it here, once.
  return ELEMENTS[element.type] as unknown as ElementModule<E['type']>;
}

/**
 * What an element's layer is called wherever it is named (layers panel, safe-zone warnings, the
 * clipboard's plain text): the name the user gave it, else its content's words (a text's first
 * words), else null, and the UI names its kind in its language (renderer/src/editor/elements).
 */
export function elementLabel(element: Element): string | null {
  return moduleOf(element).label(element);
}

/** Every asset a tree uses (elements at any depth; for a design or a page, backgrounds and the soundtrack too), once each. */
export function assetIdsOf(tree: ElementTree): string[] {
  const ids = new Set<string>();
  const pages: readonly Page[] = Array.isArray(tree) ? [] : 'pages' in tree ? tree.pages : [tree as Page];
  for (const page of pages) if (page.background.image) ids.add(page.background.image.assetId);
  walkElements(tree, (element) => {
    for (const id of moduleOf(element).assetIds(element)) ids.add(id);
  });
  if (!Array.isArray(tree) && 'audio' in tree && tree.audio) ids.add(tree.audio.assetId);
  return [...ids];
}

/** Every asset a design refers to (images, videos, backgrounds, soundtrack), once each. */
export function assetIdsOfDesign(design: Design): string[] {
  return assetIdsOf(design);
}

/**
 * A copy of `design` with asset ids replaced by `ids` (elements at any depth, backgrounds, the
 * soundtrack): a medium an import stored under another id (a sanitised SVG). The design itself
 * when there is nothing to replace.
 */
export function replaceAssetIds(design: Design, ids: ReadonlyMap<string, string>): Design {
  if (ids.size === 0) return design;
  const copy = structuredClone(design);
  walkElements(copy, (el) => {
    if ('assetId' in el) el.assetId = ids.get(el.assetId) ?? el.assetId;
  });
  for (const page of copy.pages) if (page.background.image) page.background.image.assetId = ids.get(page.background.image.assetId) ?? page.background.image.assetId;
  if (copy.audio) copy.audio.assetId = ids.get(copy.audio.assetId) ?? copy.audio.assetId;
  return copy;
}

/** Whether a still image of the tree would miss something: it holds a video (at any depth). */
export function needsVideoExport(tree: ElementTree): boolean {
  return someElement(tree, (element) => moduleOf(element).needsVideoExport);
}

/** Every font family the texts of a tree use, groups included. */
export function fontFamiliesOf(tree: ElementTree): Set<string> {
  const families = new Set<string>();
  walkElements(tree, (element) => {
    for (const family of moduleOf(element).fontFamilies(element)) families.add(family);
  });
  return families;
}
