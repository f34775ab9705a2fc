/**
 * The checks in a few words per network (the post editor's side column): which networks have
 * problems, how many, and the short name of each failing rule in English and French.
 */
import { describe, expect, it } from 'vitest';
import { catalogueKeys, formatMessage } from '../messages';
import type { PostInput } from '../schema/posts';
import { checkPost, type CheckContext } from './checks';
import { checkShortName, summariseChecks } from './checkSummary';

const context: CheckContext = { editorial: { settings: { timeZone: 'Europe/Paris', altTextRequired: false, mediaBaseUrl: '' } }, design: () => ({ kind: 'still', pictures: 1, altTexts: ['A scarf'] }) };

function post(caption: string, hashtags: string[], firstComment = ''): PostInput {
  return {
    id: 'p1',
    title: 'Winter sale',
    status: 'draft',
    notes: '',
    at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
    designIds: ['d1'],
    master: { caption, hashtags, firstComment, link: '' },
    targets: [{ network: 'x' }, { network: 'instagram' }, { network: 'tiktok' }, { network: 'linkedin' }],
  };
}

const words = (summary: ReturnType<typeof summariseChecks>[number], language: 'en' | 'fr') => summary.names.map((name) => formatMessage(name, language));

describe('check summary per network', () => {
  const networks = ['x', 'instagram', 'tiktok', 'linkedin'] as const;
  const checks = checkPost(post('a'.repeat(300), ['#a', '#b', '#c', '#d', '#e', '#f'], 'See you there'), context);

  it('names each network in trouble with its count and the short name of its rules, errors first', () => {
    const summary = summariseChecks(networks, checks);
    expect(summary.map((entry) => [entry.network, entry.level, entry.problems])).toEqual([
      ['x', 'error', 1],
      ['instagram', 'error', 1],
      ['tiktok', 'warning', 1],
      ['linkedin', null, 0],
    ]);
    expect(words(summary[0], 'en')).toEqual(['Caption too long']);
    expect(words(summary[0], 'fr')).toEqual(['Légende trop longue']);
    expect(words(summary[1], 'en')).toEqual(['Too many hashtags']);
    expect(words(summary[2], 'fr')).toEqual(['Pas de premier commentaire']);
  });

  it('for the ready gate keeps only the networks with errors', () => {
    expect(summariseChecks(networks, checks, { onlyErrors: true }).map((entry) => entry.network)).toEqual(['x', 'instagram']);
    expect(summariseChecks(networks, checkPost(post('Short and sweet.', []), context), { onlyErrors: true })).toEqual([]);
  });

  it('says each rule once, however many times it fails', () => {
    const twice = [...checks.filter((check) => check.network === 'x'), ...checks.filter((check) => check.network === 'x')];
    expect(summariseChecks(['x'], twice)[0]).toMatchObject({ problems: 2, names: [{ key: 'postChecks.short.captionTooLong' }] });
  });

  it('every sentence a check can say has a short name', () => {
    const sentences = catalogueKeys('en')
      .filter((key) => key.startsWith('postChecks.') && !/^postChecks\.(short|unit|notReady|failure)/.test(key))
      .map((key) => key.replace(/_(one|other)$/, ''));
    for (const key of new Set(sentences)) expect(checkShortName({ network: 'x', field: 'caption', level: 'error', message: { key } }).key, key).toMatch(/^postChecks\.short\./);
  });
});
