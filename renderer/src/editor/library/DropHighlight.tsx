/** Outlines the image an image being dragged would replace (drawn over the canvas, never into the design). */
import type { RefObject } from 'react';
import type { EditorCanvas } from '../canvas/EditorCanvas';

export function DropHighlight({ id, editorRef, container }: { id: string | null; editorRef: RefObject<EditorCanvas | null>; container: RefObject<HTMLElement | null> }) {
  if (!id) return null;
  const box = editorRef.current?.screenBoxOf(id);
  const origin = container.current?.getBoundingClientRect();
  if (!box || !origin) return null;
  return (
    <div
      className="drop-highlight"
      data-testid="drop-highlight"
      data-element-id={id}
      style={{ left: box.left - origin.left, top: box.top - origin.top, width: box.width, height: box.height, transform: `rotate(${box.angle}deg)` }}
    />
  );
}
