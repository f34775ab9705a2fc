/**
 * The UI part of an element type (core/elements/module.ts lists the other parts and where they
 * live): its default name, its icon and its sections of the properties panel. One module per type
 * (./text.tsx, ./image.tsx, ./shape.tsx, ./group.tsx, ./video.tsx, ./icon.tsx), gathered in ./index.ts as
 * `ELEMENT_VIEWS: { [T in ElementType]: ... }`, so a new type fails to compile until it has one.
 */
import type { ComponentType, ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ElementPatch } from '../../../../core/editor';
import type { ElementOf } from '../../../../core/elements';
import type { ElementType } from '../../../../core/schema/design';

export interface PropertiesProps<T extends ElementType> {
  element: ElementOf<T>;
  /** A property change; `control` names the slider or picker being dragged (one undo step per burst). */
  onChange: (patch: ElementPatch, control?: string) => void;
  /** Opens the library to put another picture in this image. */
  onReplaceImage: (id: string) => void;
}

export interface ElementView<T extends ElementType> {
  /** What it is, in the UI's language: the properties title, and its layer name when it has no label (`layerLabel`). */
  kindLabel(element: ElementOf<T>, t: TFunction): string;
  /** Its small icon (layers panel). */
  icon(element: ElementOf<T>): ReactNode;
  /** Its own sections of the properties panel when it is selected alone; null when it has none. */
  Properties: ComponentType<PropertiesProps<T>> | null;
}
