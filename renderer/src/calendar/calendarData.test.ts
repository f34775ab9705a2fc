import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (payload: { scope: string }) => void;
const listeners = new Set<Listener>();
let lists = 0;
const fake = {
  api: {
    'posts.list': vi.fn(async () => ({ posts: [{ id: `list-${++lists}` }] })),
    'editorial.get': vi.fn(async () => ({ editorial: { pillars: [] } })),
  },
  events: {
    'library.changed': (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  },
};
vi.mock('../bridge', () => ({ getBridge: () => fake }));

const { forgetCalendarData, prefetchCalendarData, takeCalendarData } = await import('./calendarData');
const announce = (scope: string) => listeners.forEach((listener) => listener({ scope }));

beforeEach(() => {
  forgetCalendarData();
  fake.api['posts.list'].mockClear();
  lists = 0;
});

describe('the calendar data sent before its screen shows', () => {
  it('is sent once and taken once: the screen asks nothing more', async () => {
    prefetchCalendarData();
    prefetchCalendarData();
    expect(await takeCalendarData().posts).toEqual([{ id: 'list-1' }]);
    expect(fake.api['posts.list']).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it('a change to the posts or the editorial line while it waits: the screen asks again', async () => {
    for (const scope of ['posts', 'editorial']) {
      prefetchCalendarData();
      await Promise.resolve();
      announce(scope);
      const before = fake.api['posts.list'].mock.calls.length;
      const taken = takeCalendarData();
      expect(fake.api['posts.list'].mock.calls.length, scope).toBe(before + 1);
      expect(await taken.posts, scope).toEqual([{ id: `list-${lists}` }]);
    }
  });

  it('a change elsewhere in the library leaves it as sent', async () => {
    prefetchCalendarData();
    announce('assets');
    expect(await takeCalendarData().posts).toEqual([{ id: 'list-1' }]);
    expect(fake.api['posts.list']).toHaveBeenCalledTimes(1);
  });

  it('forgotten when the calendar is left before it shows: no listener kept, the next visit asks afresh', async () => {
    prefetchCalendarData();
    forgetCalendarData();
    expect(listeners.size).toBe(0);
    expect(await takeCalendarData().posts).toEqual([{ id: 'list-2' }]);
  });
});
