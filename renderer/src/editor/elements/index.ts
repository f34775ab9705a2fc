/** Every element type's UI (./view.ts). */
import type { TFunction } from 'i18next';
import { elementLabel } from '../../../../core/elements';
import type { Element, ElementType } from '../../../../core/schema/design';
import { groupView } from './group';
import { iconView } from './icon';
import { imageView } from './image';
import { shapeView } from './shape';
import { textView } from './text';
import type { ElementView } from './view';
import { videoView } from './video';

export type { ElementView, PropertiesProps } from './view';

export const ELEMENT_VIEWS: { readonly [T in ElementType]: ElementView<T> } = { text: textView, image: imageView, shape: shapeView, group: groupView, video: videoView, icon: iconView };

/** The view of an element's type, typed for that element. */
export function viewOf<E extends Element>(element: E): ElementView<E['type']> {
  // Indexing a mapped type by a union loses the link between key and value: restore it here, once.
  return ELEMENT_VIEWS[element.type] as unknown as ElementView<E['type']>;
}

/**
 * What a layer is called in the UI (layers panel, the clipboard's plain text): its label from
 * core/elements (the name the user gave it, else a text's first words), else its kind in the
 * UI's language. The safe-zone warnings say the same (core/preflight carries the label).
 */
export function layerLabel(element: Element, t: TFunction): string {
  return elementLabel(element) ?? viewOf(element).kindLabel(element, t);
}
