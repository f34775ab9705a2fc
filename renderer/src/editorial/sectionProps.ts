import type { Editorial, Post } from '../../../core/schema/posts';

/** What every section of the editorial screen gets: the line, the one way to change it, and whether the library is read-only. */
export interface SectionProps {
  editorial: Editorial;
  /** Applies a pure edit of core/posts/editorial.ts; false when refused (the screen shows why). */
  edit: (change: (current: Editorial) => Editorial) => boolean;
  readOnly: boolean;
  /** Every post (a pillar's use count). */
  posts: readonly Post[];
}
