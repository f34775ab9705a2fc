/** Stored posts for the calendar's tests (a time as `YYYY-MM-DDTHH:mm` is read in Paris). */
import type { PlannedTime, Post } from '../../schema/posts';
import { newIdea } from '../calendar';

export const PARIS = 'Europe/Paris';

export function post(id: string, at: PlannedTime | string | null, extra: Partial<Post> = {}): Post {
  const planned = typeof at === 'string' ? { local: at, zone: PARIS } : at;
  return {
    ...newIdea(id, { zone: PARIS, networks: ['instagram'] }),
    at: planned,
    sequence: 0,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    title: id,
    ...extra,
  };
}
