/**
 * What a post's checks know of the library (docs/architecture.md, Posts): the editorial line's
 * settings and, for each of the post's designs, its kind, the pictures it publishes, its slides'
 * alt texts and a video's length on its timeline. The ready gate of `posts.save`, the CLI's
 * `posts add` and the bundle build it here, so all of them check a post the same way.
 */
import { designFacts, type CheckContext, type DesignFacts } from '../../../core/posts/checks';
import type { PostInput } from '../../../core/schema/posts';
import type { LibraryStore } from '../library/types';

/**
 * The context for one post. A design that cannot be read (deleted, damaged) gives no facts: its
 * media checks are skipped, and saving the post says what is wrong with it.
 */
export async function checkContextFor(library: LibraryStore, post: Pick<PostInput, 'designIds' | 'targets'>): Promise<CheckContext> {
  const ids = new Set([...post.designIds, ...post.targets.flatMap((target) => (target.designId ? [target.designId] : []))]);
  const facts = new Map<string, DesignFacts>();
  for (const id of ids) {
    try {
      facts.set(id, designFacts((await library.getDesign(id)).design));
    } catch {
      // Left out: see above.
    }
  }
  const editorial = await library.posts.editorial();
  return { editorial: { settings: editorial.settings }, design: (id) => facts.get(id), pictureCount: (id) => facts.get(id)?.pictures };
}
