/**
 * What a bundle holds, said before it runs: the posts of a range (each day in its post's zone) or
 * the posts named, and how many are drafts or ideas, in English and French with their plurals.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages';
import { bundleContents, bundleSummary, notReadyWarning } from './bundleContents';
import { post } from './testing/posts';

const WEEK = { from: '2026-12-07', to: '2026-12-13' };

const week = [
  post('ready', '2026-12-07T09:00', { status: 'ready' }),
  post('scheduled', '2026-12-08T09:00', { status: 'scheduled' }),
  post('published', '2026-12-09T09:00', { status: 'published' }),
  post('draft', '2026-12-10T09:00', { status: 'draft' }),
  post('idea', '2026-12-13T23:30', { status: 'idea' }),
  // 23:30 in Tokyo on the 6th: the day before the week, whatever zone reads it.
  post('before', { local: '2026-12-06T23:30', zone: 'Asia/Tokyo' }, { status: 'draft' }),
  post('after', '2026-12-14T00:00', { status: 'idea' }),
  post('unplanned', null, { status: 'idea' }),
];

describe('a bundle’s contents', () => {
  it('counts a range’s posts of any status, and the drafts and ideas among them', () => {
    expect(bundleContents(week, WEEK)).toEqual({ count: 5, drafts: 1, ideas: 1 });
    expect(bundleContents(week, { from: '2026-12-01', to: '2026-12-31' })).toEqual({ count: 7, drafts: 2, ideas: 2 });
    expect(bundleContents(week, { from: '2027-01-01', to: '2027-01-31' })).toEqual({ count: 0, drafts: 0, ideas: 0 });
  });

  it('counts the posts named, each once, unplanned ones included', () => {
    expect(bundleContents(week, { postIds: ['ready', 'unplanned', 'unplanned', 'gone'] })).toEqual({ count: 2, drafts: 0, ideas: 1 });
  });

  it('says nothing when every post is ready or further along', () => {
    const contents = bundleContents(week, { postIds: ['ready', 'scheduled', 'published'] });
    expect(notReadyWarning(contents)).toBeNull();
    expect(formatMessage(bundleSummary(contents, { postIds: ['ready', 'scheduled', 'published'] }), 'en')).toBe('3 selected posts');
  });

  it('writes the count line in English and French, plurals included', () => {
    const line = (contents: { count: number; drafts: number; ideas: number }, language: 'en' | 'fr') =>
      formatMessage(bundleSummary(contents, WEEK, (day) => day.split('-').reverse().join('/')), language);
    expect(line(bundleContents(week, WEEK), 'en')).toBe('5 posts planned from 07/12/2026 to 13/12/2026\u00a0· 2\u00a0are not ready (1 draft, 1 idea)');
    expect(line(bundleContents(week, WEEK), 'fr')).toBe('5\u00a0publications prévues du 07/12/2026 au 13/12/2026\u00a0· 2\u00a0ne sont pas prêtes (1\u00a0brouillon, 1\u00a0idée)');
    expect(line({ count: 1, drafts: 1, ideas: 0 }, 'en')).toBe('1 post planned from 07/12/2026 to 13/12/2026\u00a0· 1\u00a0is not ready (1 draft)');
    expect(line({ count: 1, drafts: 1, ideas: 0 }, 'fr')).toBe('1\u00a0publication prévue du 07/12/2026 au 13/12/2026\u00a0· 1\u00a0n’est pas prête (1\u00a0brouillon)');
    expect(line({ count: 6, drafts: 0, ideas: 3 }, 'en')).toBe('6 posts planned from 07/12/2026 to 13/12/2026\u00a0· 3\u00a0are not ready (3 ideas)');
    expect(line({ count: 6, drafts: 2, ideas: 3 }, 'fr')).toBe('6\u00a0publications prévues du 07/12/2026 au 13/12/2026\u00a0· 5\u00a0ne sont pas prêtes (2\u00a0brouillons, 3\u00a0idées)');
    expect(line({ count: 4, drafts: 0, ideas: 0 }, 'en')).toBe('4 posts planned from 07/12/2026 to 13/12/2026');
  });
});
