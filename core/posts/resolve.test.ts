import { describe, expect, it } from 'vitest';
import type { PostInput } from '../schema/posts';
import { postedText, resolveTarget } from './resolve';

const post: PostInput = {
  id: 'p',
  title: 'Winter',
  status: 'draft',
  notes: '',
  at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
  designIds: ['d1', 'd2'],
  master: { caption: 'Hello #winter', hashtags: ['#winter', '#knit'], firstComment: 'more', link: 'https://example.com' },
  targets: [{ network: 'instagram' }, { network: 'x', caption: 'Short', hashtags: [], designId: 'd2', at: { local: '2026-12-10T12:00', zone: 'Europe/Paris' } }],
};

describe('a target resolved against the master', () => {
  it('takes the master where the target says nothing', () => {
    const r = resolveTarget(post, post.targets[0]);
    expect(r).toMatchObject({ caption: 'Hello #winter', hashtags: ['#winter', '#knit'], designId: 'd1', title: 'Winter', at: post.at, link: 'https://example.com' });
    expect(r.overrides.size).toBe(0);
  });
  it('keeps the target own fields', () => {
    const r = resolveTarget(post, post.targets[1]);
    expect(r).toMatchObject({ caption: 'Short', hashtags: [], designId: 'd2', at: { local: '2026-12-10T12:00', zone: 'Europe/Paris' } });
    expect([...r.overrides].sort()).toEqual(['at', 'caption', 'hashtags']);
  });
  it('posts the hashtags not already in the caption on their own line', () => {
    expect(postedText(resolveTarget(post, post.targets[0]))).toBe('Hello #winter\n\n#knit');
    expect(postedText({ caption: '', hashtags: ['#a'] })).toBe('#a');
    expect(postedText({ caption: 'Text  ', hashtags: [] })).toBe('Text');
  });
});
