import { describe, expect, it } from 'vitest';
import { groupsForPost } from './hashtagGroups';

const editorial = {
  hashtagGroups: [
    { id: 'brand', name: 'Brand', hashtags: ['#shop'] },
    { id: 'knit', name: 'Knitting', hashtags: ['#knit'] },
    { id: 'sale', name: 'Sale', hashtags: ['#sale'] },
  ],
  pillars: [{ id: 'tips', name: 'Tips', color: '#e4572e', targetShare: 40, hashtagGroupIds: ['sale', 'knit'] }],
};

describe('hashtag groups offered to a post', () => {
  it('puts the pillar groups first, in the editorial line order, and keeps every group once', () => {
    expect(groupsForPost(editorial, 'tips').map((group) => group.id)).toEqual(['knit', 'sale', 'brand']);
    expect(groupsForPost(editorial, undefined).map((group) => group.id)).toEqual(['brand', 'knit', 'sale']);
    expect(groupsForPost(editorial, 'gone').map((group) => group.id)).toEqual(['brand', 'knit', 'sale']);
  });
});
