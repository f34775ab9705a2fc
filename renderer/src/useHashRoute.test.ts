import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './useHashRoute';

describe('hash routes', () => {
  it('round-trips every screen', () => {
    for (const route of [{ name: 'home' }, { name: 'trash' }, { name: 'library' }, { name: 'editorial' }, { name: 'meme' }, { name: 'templates' }, { name: 'templates', templateId: 'bank:post-quote' }, { name: 'calendar' }, { name: 'editor', designId: 'dabc_12-x' }, { name: 'post', postId: 'p_12-x' }] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
  it('sends anything unknown or malformed home', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/design/../../etc')).toEqual({ name: 'home' });
    expect(parseRoute('#/post/a/b')).toEqual({ name: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'home' });
    expect(parseRoute('#/library/extra')).toEqual({ name: 'home' });
  });
});
