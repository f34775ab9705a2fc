/** The hashtag groups a post is offered: its pillar's groups first, then the others, each once. */
import type { Editorial, HashtagGroup } from '../../../core/schema/posts';

export function groupsForPost(editorial: Pick<Editorial, 'hashtagGroups' | 'pillars'>, pillarId: string | undefined): HashtagGroup[] {
  const preferred = new Set(editorial.pillars.find((pillar) => pillar.id === pillarId)?.hashtagGroupIds ?? []);
  return [...editorial.hashtagGroups.filter((group) => preferred.has(group.id)), ...editorial.hashtagGroups.filter((group) => !preferred.has(group.id))];
}
