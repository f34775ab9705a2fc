/** An editorial line with two pillars and posts on it, for the editorial line's tests. */
import type { Network } from '../../formats/constants';
import { emptyEditorial, type Editorial, type PostInput } from '../../schema/posts';
import { addPillar } from '../editorial';

/** Paris; pillars Tips (target 50) and Promo (target 30). */
export function line(): Editorial {
  let editorial = emptyEditorial('Europe/Paris');
  editorial = addPillar(editorial, { id: 'tips', name: 'Tips', color: '#1C7ED6', targetShare: 50 });
  editorial = addPillar(editorial, { id: 'promo', name: 'Promo', color: '#e8590c', targetShare: 30 });
  return editorial;
}

let sequence = 0;

/** A draft post with a new id, planned at `local` in `zone` (null: unplanned), on a pillar. */
export function post(local: string | null, pillarId?: string, networks: Network[] = ['instagram'], zone = 'Europe/Paris'): PostInput {
  sequence += 1;
  return {
    id: `p${sequence}`,
    title: `Post ${sequence}`,
    status: 'draft',
    ...(pillarId !== undefined ? { pillarId } : {}),
    notes: '',
    at: local === null ? null : { local, zone },
    designIds: [],
    master: { caption: '', hashtags: [], firstComment: '', link: '' },
    targets: networks.map((network) => ({ network })),
  };
}
