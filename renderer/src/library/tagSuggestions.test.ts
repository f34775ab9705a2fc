import { describe, expect, it } from 'vitest';
import { suggestTags } from './tagSuggestions';

const known = ['summer', 'été', 'promo', 'logo', 'plage', 'rare-tag'];

describe('suggestTags', () => {
  it('offers the most used first when nothing is typed, minus what is excluded, up to the limit', () => {
    expect(suggestTags(known, '')).toEqual(known);
    expect(suggestTags(known, '', ['summer', 'promo'], 3)).toEqual(['été', 'logo', 'plage']);
  });

  it('matches the fragment being typed anywhere in the tag, ignoring case, accents and a leading #', () => {
    expect(suggestTags(known, 'ETE')).toEqual(['été']);
    expect(suggestTags(known, '#Lo')).toEqual(['logo']);
    expect(suggestTags(known, 'are')).toEqual(['rare-tag']);
    expect(suggestTags(known, 'zzz')).toEqual([]);
  });

  it('reads only the last comma-separated fragment', () => {
    expect(suggestTags(known, 'summer, pl')).toEqual(['plage']);
    expect(suggestTags(known, 'summer, ', ['summer'], 2)).toEqual(['été', 'promo']);
  });
});
