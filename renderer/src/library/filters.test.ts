import { describe, expect, it } from 'vitest';
import { activeFilterCount, clearFilters, DEFAULT_FILTERS, toListArgs } from './filters';

describe('filters to list arguments', () => {
  it('asks for everything, newest first, by default', () => {
    expect(toListArgs(DEFAULT_FILTERS)).toEqual({ sort: 'newest' });
  });

  it('maps each filter to its argument', () => {
    const args = toListArgs({
      ...DEFAULT_FILTERS,
      view: 'favourites',
      query: '  soldes ',
      kind: 'video',
      collection: 'c1',
      tags: ['summer', 'promo'],
      sort: 'name',
    });
    expect(args).toEqual({ favourite: true, query: 'soldes', kind: 'video', collection: 'c1', tags: ['summer', 'promo'], sort: 'name' });
    expect(toListArgs({ ...DEFAULT_FILTERS, view: 'trash' }).trash).toBe(true);
  });

  it('sorts by closeness when a colour is picked, newest when the colour is gone', () => {
    expect(toListArgs({ ...DEFAULT_FILTERS, colour: '#ff0000', sort: 'colour' })).toEqual({ colour: '#ff0000' });
    expect(toListArgs({ ...DEFAULT_FILTERS, sort: 'colour' }).sort).toBe('newest');
  });

  it('turns local days into a whole-day range, even typed backwards', () => {
    const args = toListArgs({ ...DEFAULT_FILTERS, from: '2025-06-01', to: '2025-06-30' });
    expect(new Date(args.from!).getDate()).toBe(1);
    expect(new Date(args.from!).getHours()).toBe(0);
    expect(new Date(args.to!).getDate()).toBe(30);
    expect(new Date(args.to!).getHours()).toBe(23);
    const backwards = toListArgs({ ...DEFAULT_FILTERS, from: '2025-06-30', to: '2025-06-01' });
    expect(backwards.from).toBe(args.from);
    expect(backwards.to).toBe(args.to);
    expect(toListArgs({ ...DEFAULT_FILTERS, from: 'not a day' }).from).toBeUndefined();
  });

  it('counts and clears the filters, keeping the view', () => {
    const busy = { ...DEFAULT_FILTERS, view: 'trash' as const, query: 'x', tags: ['a', 'b'], colour: '#000000', sort: 'colour' as const };
    expect(activeFilterCount(busy)).toBe(4);
    expect(clearFilters(busy)).toEqual({ ...DEFAULT_FILTERS, view: 'trash' });
  });
});
