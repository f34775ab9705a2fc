/**
 * Dragging a post with the pointer: a press on a chip that moves more than a few pixels becomes a
 * drag (a ghost follows the pointer, the place under it is highlighted); released over a day, a
 * half hour, the unplanned tray or a status column, `onDrop` gets that place. A press that does not
 * move is a click (`onClick`). Places are marked in the DOM with `data-drop` attributes, so every
 * view declares its own without this hook knowing them.
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Post, PostStatus } from '../../../core/schema/posts';
import { POST_STATUSES } from '../../../core/schema/postConstants';

export type DropPlace = { kind: 'day'; day: string } | { kind: 'slot'; day: string; time: string } | { kind: 'tray' } | { kind: 'status'; status: PostStatus };

const THRESHOLD_PX = 4;

/** The place under a point, read from the nearest `data-drop` element. */
export function dropPlaceAt(x: number, y: number): { place: DropPlace; element: HTMLElement } | null {
  const element = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop]');
  if (!element) return null;
  const { drop, day, time, status } = element.dataset;
  if (drop === 'day' && day) return { place: { kind: 'day', day }, element };
  if (drop === 'slot' && day && time) return { place: { kind: 'slot', day, time }, element };
  if (drop === 'tray') return { place: { kind: 'tray' }, element };
  if (drop === 'status' && (POST_STATUSES as readonly string[]).includes(status ?? '')) return { place: { kind: 'status', status: status as PostStatus }, element };
  return null;
}

export interface DragState {
  post: Post;
  x: number;
  y: number;
}

export function usePostDrag(onDrop: (post: Post, place: DropPlace) => void, onClick: (post: Post) => void, disabled: boolean) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const pressed = useRef<{ post: Post; x: number; y: number; moved: boolean; pointerId: number; canDrag: boolean } | null>(null);
  const over = useRef<HTMLElement | null>(null);
  const handlers = useRef({ onDrop, onClick });
  handlers.current = { onDrop, onClick };

  const setOver = (element: HTMLElement | null) => {
    if (over.current === element) return;
    over.current?.removeAttribute('data-drop-over');
    element?.setAttribute('data-drop-over', '');
    over.current = element;
  };

  useEffect(() => {
    const move = (event: PointerEvent) => {
      const press = pressed.current;
      if (!press || event.pointerId !== press.pointerId || !press.canDrag) return;
      if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < THRESHOLD_PX) return;
      press.moved = true;
      setDrag({ post: press.post, x: event.clientX, y: event.clientY });
      setOver(dropPlaceAt(event.clientX, event.clientY)?.element ?? null);
    };
    const up = (event: PointerEvent) => {
      const press = pressed.current;
      if (!press || event.pointerId !== press.pointerId) return;
      pressed.current = null;
      setOver(null);
      setDrag(null);
      if (!press.moved) return handlers.current.onClick(press.post);
      const target = dropPlaceAt(event.clientX, event.clientY);
      if (target) handlers.current.onDrop(press.post, target.place);
    };
    const cancel = () => {
      pressed.current = null;
      setOver(null);
      setDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  }, []);

  const start = useCallback(
    (post: Post, event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault(); // no text selection while dragging
      event.currentTarget.focus();
      pressed.current = { post, x: event.clientX, y: event.clientY, moved: false, pointerId: event.pointerId, canDrag: !disabled };
    },
    [disabled],
  );

  return { drag, start };
}
