import { describe, expect, it } from 'vitest';
import { sameTag, suggestTags, withTag } from './tagSuggestions';

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

describe('tags under another spelling', () => {
  it('are the same tag for the filter, whatever the case, accents or "#"', () => {
    expect(sameTag('été', 'ETE')).toBe(true);
    expect(sameTag('#Noël', 'noel')).toBe(true);
    expect(sameTag('œuvre', 'oeuvre')).toBe(true);
    expect(sameTag('été', 'étés')).toBe(false);
  });

  it('are added to a filter once, and not offered again', () => {
    expect(withTag(['été'], 'ETE')).toEqual(['été']);
    expect(withTag(['été'], ' #Plage ')).toEqual(['été', 'plage']);
    expect(withTag(['été'], '  ')).toEqual(['été']);
    expect(suggestTags(known, '', ['ete', 'LOGO'])).toEqual(['summer', 'promo', 'plage', 'rare-tag']);
  });
});
