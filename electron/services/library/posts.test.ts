/**
 * posts.json through the library: posts saved, listed by day in their own zone, replaced with a
 * raised sequence, deleted and put back; the editorial line validated; everything kept across a
 * reopen; a damaged posts.json restored from its backup with a notice; a full disk changes nothing.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyEditorial, type PostInput } from '../../../core/schema/posts';
import { formatMessage } from '../../../core/messages';
import ICAL from 'ical.js';
import { calendarIcs } from '../../../core/posts/ics';
import { emptyHistory, record, undo } from '../../../core/posts/history';
import { postInputOf } from '../../../core/posts/calendar';
import { UserError } from '../errors';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { makeTempDir, removeDir, sampleDesign, steppingClock, switchableFullDisk } from './testing/helpers';

function post(id: string, local: string | null, extra: Partial<PostInput> = {}): PostInput {
  return {
    id,
    title: `Post ${id}`,
    status: 'draft',
    notes: '',
    at: local ? { local, zone: 'Europe/Paris' } : null,
    designIds: [],
    master: { caption: 'Bonjour', hashtags: ['#un'], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }],
    ...extra,
  };
}

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('posts in the library', () => {
  let dir: string;
  let library: LibraryStore;
  const io = switchableFullDisk();
  beforeEach(async () => {
    dir = await makeTempDir();
    io.full = false;
    library = await openLibrary({ dir, now: steppingClock(), io });
  });
  afterEach(async () => {
    await library.close();
    await removeDir(dir);
  });
  const reopen = async () => {
    await library.close();
    library = await openLibrary({ dir, now: steppingClock(Date.parse('2026-01-01T00:00:00Z')), io });
  };

  it('a library that plans nothing writes no posts.json', async () => {
    await reopen();
    await expect(fs.access(path.join(dir, 'posts.json'))).rejects.toThrow();
  });

  it('saves, lists by time, replaces with a raised sequence, and keeps it all across a reopen', async () => {
    const late = await library.posts.save(post('late', '2026-12-10T23:30'));
    const early = await library.posts.save(post('early', '2026-12-10T08:00'));
    await library.posts.save(post('idea', null, { status: 'idea' }));
    expect(late.sequence).toBe(0);
    expect((await library.posts.list()).map((p) => p.id)).toEqual(['early', 'late', 'idea']);
    // 23:30 in Paris is 22:30 UTC: still the 10th in Paris, whatever zone this computer is in.
    expect((await library.posts.list({ from: '2026-12-10', to: '2026-12-10' })).map((p) => p.id)).toEqual(['early', 'late']);
    expect((await library.posts.list({ from: '2026-12-11' })).map((p) => p.id)).toEqual([]);
    expect((await library.posts.list({ status: ['idea'] })).map((p) => p.id)).toEqual(['idea']);

    const unchanged = await library.posts.save(post('early', '2026-12-10T08:00'));
    expect(unchanged.sequence).toBe(0);
    const moved = await library.posts.save(post('early', '2026-12-12T08:00'));
    expect(moved.sequence).toBe(1);
    expect(moved.createdAt).toBe(early.createdAt);
    expect(moved.updatedAt > early.updatedAt).toBe(true);

    await reopen();
    expect(await library.posts.get('early')).toEqual(moved);
    expect((await library.posts.list()).map((p) => p.id)).toEqual(['late', 'early', 'idea']);
  });

  it('delete answers the post, and saving it back restores it', async () => {
    await library.posts.save(post('a', '2026-12-10T09:00'));
    const removed = await library.posts.delete('a');
    expect(await library.posts.list()).toEqual([]);
    expect((await refusal(library.posts.get('a'))).code).toBe('not-found');
    await library.posts.save(removed);
    expect((await library.posts.list()).map((p) => p.id)).toEqual(['a']);
  });

  it('a deleted post put back (undo, even after a reopen) goes on raising its .ics SEQUENCE', async () => {
    const exported = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => ({ uid: String(event.getFirstPropertyValue('uid')), sequence: Number(event.getFirstPropertyValue('sequence')) }));
    const ics = async () => exported(calendarIcs(await library.posts.list(), { now: Date.parse('2026-12-04T10:00:00Z'), pillarName: () => undefined }));
    await library.posts.save(post('a', '2026-12-10T09:00'));
    await library.posts.save(post('a', '2026-12-11T09:00'));
    const first = await ics();
    expect(first).toEqual([{ uid: 'a-instagram@affiche', sequence: 1 }]);

    const undoDelete = async () => {
      const removed = await library.posts.delete('a');
      const step = undo(record(emptyHistory, { before: removed, after: null }))!;
      expect(step.operation.kind).toBe('save');
      if (step.operation.kind === 'save') return library.posts.save(step.operation.post);
      throw new Error('unreachable');
    };
    expect((await undoDelete()).sequence).toBe(2);
    const second = await ics();
    expect(second[0].uid).toBe(first[0].uid);
    expect(second[0].sequence).toBeGreaterThan(first[0].sequence);

    // Deleted, the file written, reopened: the sequence is still remembered.
    const removed = await library.posts.delete('a');
    await reopen();
    expect((await library.posts.save(postInputOf(removed))).sequence).toBe(3);
    expect((await ics())[0].sequence).toBe(3);
    // A post never seen before starts at 0.
    expect((await library.posts.save(post('b', null))).sequence).toBe(0);
  });

  it('a v1 posts.json opens, is kept as it was in backups, and its posts go on raising their sequence', async () => {
    await library.close();
    const fixture = await fs.readFile(path.join(__dirname, '../../../core/schema/fixtures/posts.v1.json'), 'utf8');
    await fs.writeFile(path.join(dir, 'posts.json'), fixture);
    library = await openLibrary({ dir, now: steppingClock(), io });
    const idea = await library.posts.get('post-idea');
    const removed = await library.posts.delete('post-idea');
    expect((await library.posts.save(postInputOf(removed))).sequence).toBe(idea.sequence + 1);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'posts.json'), 'utf8')).schemaVersion).toBe(2);
    expect(await fs.readFile(path.join(dir, 'backups', 'posts.v1.json'), 'utf8')).toBe(fixture);
  });

  it('a delete the disk refuses forgets nothing: the post and the sequence to come are as before', async () => {
    await library.posts.save(post('a', '2026-12-10T09:00'));
    await library.posts.save(post('a', '2026-12-11T09:00'));
    const removed = await library.posts.delete('a');
    await library.posts.save(postInputOf(removed));
    io.full = true;
    await expect(library.posts.delete('a')).rejects.toThrow();
    io.full = false;
    expect((await library.posts.get('a')).sequence).toBe(2);
    expect((await library.posts.save(post('a', '2026-12-12T09:00'))).sequence).toBe(3);
  });

  it('refuses what it cannot keep, saying why in both languages', async () => {
    const zone = await refusal(library.posts.save(post('z', null, { at: { local: '2026-12-10T09:00', zone: 'Mars/Olympus' } })));
    expect(formatMessage(zone.detail, 'en')).toContain('Mars/Olympus');
    expect(formatMessage(zone.detail, 'fr')).toContain('fuseau horaire');
    const design = await refusal(library.posts.save(post('d', null, { designIds: ['nope'] })));
    expect(design.code).toBe('not-found');
    const d = sampleDesign({ id: 'real' });
    await library.createDesign(d);
    const other = await refusal(library.posts.save(post('t', null, { designIds: ['real'], targets: [{ network: 'x', designId: 'other' }] })));
    expect(formatMessage(other.detail, 'en')).toContain('x');
    const twice = await refusal(library.posts.save(post('n', null, { targets: [{ network: 'x' }, { network: 'x' }] })));
    expect(twice.code).toBe('invalid-args');
    const pillar = await refusal(library.posts.save(post('p', null, { pillarId: 'ghost' })));
    expect(formatMessage(pillar.detail, 'fr')).toContain('pilier');
    expect(await library.posts.list()).toEqual([]);
  });

  it('keeps the editorial line, refusing a pillar that names a missing hashtag group', async () => {
    const editorial = emptyEditorial('Europe/Paris');
    editorial.hashtagGroups.push({ id: 'g', name: 'Hiver', hashtags: ['#hiver'] });
    editorial.pillars.push({ id: 'tips', name: 'Conseils', color: '#1c7ed6', targetShare: 30, hashtagGroupIds: ['g'] });
    await library.posts.saveEditorial(editorial);
    const broken = structuredClone(editorial);
    broken.pillars[0].hashtagGroupIds = ['gone'];
    expect((await refusal(library.posts.saveEditorial(broken))).code).toBe('invalid-args');
    await library.posts.save(post('a', null, { pillarId: 'tips' }));
    await reopen();
    expect(await library.posts.editorial()).toEqual(editorial);
  });

  it('refuses to drop a pillar posts still use, naming it and their count in both languages; a free one goes', async () => {
    const editorial = emptyEditorial('Europe/Paris');
    editorial.hashtagGroups.push({ id: 'g', name: 'Hiver', hashtags: ['#hiver'] });
    editorial.pillars.push(
      { id: 'tips', name: 'Conseils', color: '#1c7ed6', targetShare: 30, hashtagGroupIds: ['g'] },
      { id: 'promo', name: 'Offres', color: '#e8590c', targetShare: 20, hashtagGroupIds: [] },
    );
    editorial.slots.push({ id: 's', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'tips' });
    await library.posts.saveEditorial(editorial);
    await library.posts.save(post('a', null, { pillarId: 'tips' }));
    await library.posts.save(post('b', '2026-12-10T09:00', { pillarId: 'tips' }));

    const dropped = { ...structuredClone(editorial), pillars: editorial.pillars.filter((pillar) => pillar.id !== 'tips'), slots: [] };
    const error = await refusal(library.posts.saveEditorial(dropped));
    expect(error.code).toBe('invalid-args');
    expect(formatMessage(error.detail, 'en')).toBe('“Conseils” is the pillar of 2 posts: give them another pillar before removing this one.');
    expect(formatMessage(error.detail, 'fr')).toBe('«\u00a0Conseils\u00a0» est le pilier de 2 publications\u00a0: donnez-leur un autre pilier avant de retirer celui-ci.');
    expect(await library.posts.editorial()).toEqual(editorial);

    // Dangling ids never survive: a slot or a pillar naming what is gone is refused too.
    const slotDangling = { ...structuredClone(editorial), pillars: editorial.pillars.filter((pillar) => pillar.id !== 'promo'), slots: [{ ...editorial.slots[0], pillarId: 'promo' }] };
    const slot = await refusal(library.posts.saveEditorial(slotDangling));
    expect(formatMessage(slot.detail, 'en')).toBe('A recurring slot names a pillar that does not exist (promo).');
    expect(formatMessage(slot.detail, 'fr')).toBe('Un créneau récurrent nomme un pilier qui n’existe pas (promo).');
    const groupDangling = { ...structuredClone(editorial), hashtagGroups: [] };
    const group = await refusal(library.posts.saveEditorial(groupDangling));
    expect(formatMessage(group.detail, 'en')).toBe('The pillar “Conseils” names a hashtag group that does not exist (g).');
    expect(formatMessage(group.detail, 'fr')).toBe('Le pilier «\u00a0Conseils\u00a0» nomme un groupe de hashtags qui n’existe pas (g).');
    const twice = await refusal(library.posts.saveEditorial({ ...structuredClone(editorial), pillars: [...editorial.pillars, editorial.pillars[1]] }));
    expect(formatMessage(twice.detail, 'fr')).toContain('Le pilier promo figure deux fois.');
    expect(await library.posts.editorial()).toEqual(editorial);

    // Once the posts moved to another pillar, it goes.
    await library.posts.save(post('a', null, { pillarId: 'promo' }));
    await library.posts.save(post('b', '2026-12-10T09:00'));
    await library.posts.saveEditorial(dropped);
    expect((await library.posts.editorial()).pillars.map((pillar) => pillar.id)).toEqual(['promo']);
  });

  it('a full disk leaves posts.json and the list as they were', async () => {
    await library.posts.save(post('a', '2026-12-10T09:00'));
    const before = await fs.readFile(path.join(dir, 'posts.json'));
    io.full = true;
    expect((await refusal(library.posts.save(post('b', '2026-12-11T09:00')))).code).toBe('disk-full');
    expect((await refusal(library.posts.delete('a'))).code).toBe('disk-full');
    io.full = false;
    expect(await fs.readFile(path.join(dir, 'posts.json'))).toEqual(before);
    expect((await library.posts.list()).map((p) => p.id)).toEqual(['a']);
  });

  it('a damaged posts.json is moved aside and its newest backup restored, with a notice', async () => {
    await library.posts.save(post('a', '2026-12-10T09:00'));
    await library.posts.save(post('b', '2026-12-11T09:00'));
    await library.close();
    await fs.writeFile(path.join(dir, 'posts.json'), '{"schemaVersion":1,"posts":{"x":');
    library = await openLibrary({ dir, now: steppingClock(), io });
    expect((await library.posts.list()).map((p) => p.id)).toEqual(['a']);
    expect(library.notices().map((n) => n.message).join(' ')).toContain('posts.json');
    expect((await fs.readdir(dir)).some((name) => name.startsWith('posts.json.corrupt-'))).toBe(true);
  });
});
