/**
 * The `calendar.exportIcs` job through a real backend: posts saved by `posts.save`, the file written
 * at the target and read back with ical.js: an event per planned post and network, UIDs stable
 * and SEQUENCE raised across an edit made through the store, local times converted to UTC, days
 * read in each publication's zone, nothing but the file left at the destination.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostInput } from '../../../core/schema/posts';
import { createBackend, type Backend } from '../backend';
import { callOn, runJobOn, stageTarget } from '../testing/backendTesting';
import { icsFileName } from './exportIcs';

function post(id: string, local: string | null, extra: Partial<PostInput> = {}): PostInput {
  return {
    id,
    title: `Post ${id}`,
    status: 'ready',
    notes: '',
    at: local ? { local, zone: 'Europe/Paris' } : null,
    designIds: [],
    master: { caption: 'Bonjour, le monde; enfin', hashtags: ['#un'], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }],
    ...extra,
  };
}

interface Event {
  uid: string;
  sequence: number;
  dtstart: string;
  dtstamp: string;
  summary: string;
  categories: string[];
}

function readIcs(file: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    dtstart: String(event.getFirstPropertyValue('dtstart')),
    dtstamp: String(event.getFirstPropertyValue('dtstamp')),
    summary: String(event.getFirstPropertyValue('summary')),
    categories: (event.getFirstProperty('categories')?.getValues() ?? []).map(String),
  }));
}

describe('calendar.exportIcs', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await createBackend({ libraryDir: mkdtempSync(path.join(os.tmpdir(), 'affiche-ics-')), transport: 'inprocess', validateResults: true });
  });
  afterEach(async () => {
    await backend.close();
  });

  it('writes one event per planned post and network; an edit keeps the UIDs and raises SEQUENCE', async () => {
    const { editorial } = await callOn(backend, 'editorial.get', {});
    editorial.pillars.push({ id: 'tips', name: 'Conseils', color: '#1c7ed6', targetShare: 30, hashtagGroupIds: [] });
    await callOn(backend, 'editorial.save', editorial);
    await callOn(backend, 'posts.save', post('late', '2026-12-10T23:30', { pillarId: 'tips', targets: [{ network: 'instagram' }, { network: 'linkedin' }] }));
    await callOn(backend, 'posts.save', post('spring', '2027-03-29T09:00'));
    await callOn(backend, 'posts.save', post('idea', null, { status: 'idea' }));

    const first = stageTarget(backend, 'calendar.ics');
    const { result } = await runJobOn(backend, 'calendar.exportIcs', { target: first.id });
    expect(result).toMatchObject({ fileName: 'calendar.ics', events: 3 });
    expect(result.bytes).toBe(readFileSync(first.path).length);
    expect(readdirSync(path.dirname(first.path))).toEqual(['calendar.ics']);
    const before = readIcs(first.path);
    expect(before.map((e) => [e.uid, e.sequence, e.dtstart])).toEqual([
      ['late-instagram@affiche', 0, '2026-12-10T22:30:00Z'],
      ['late-linkedin@affiche', 0, '2026-12-10T22:30:00Z'],
      ['spring-instagram@affiche', 0, '2027-03-29T07:00:00Z'],
    ]);
    for (const event of before) expect(event.dtstamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(before[0].categories).toEqual(['Instagram', 'Conseils']);

    // Moved to the next day through the store: same UIDs, SEQUENCE raised, new start.
    await callOn(backend, 'posts.save', post('late', '2026-12-11T23:30', { pillarId: 'tips', targets: [{ network: 'instagram' }, { network: 'linkedin' }] }));
    const second = stageTarget(backend, 'calendar.ics');
    await runJobOn(backend, 'calendar.exportIcs', { target: second.id });
    const after = readIcs(second.path);
    expect(after.map((e) => [e.uid, e.sequence, e.dtstart])).toEqual([
      ['late-instagram@affiche', 1, '2026-12-11T22:30:00Z'],
      ['late-linkedin@affiche', 1, '2026-12-11T22:30:00Z'],
      ['spring-instagram@affiche', 0, '2027-03-29T07:00:00Z'],
    ]);
  });

  it('keeps the days asked, read in each post’s zone; an empty range writes a valid empty calendar', async () => {
    await callOn(backend, 'posts.save', post('paris', '2026-12-10T23:30'));
    await callOn(backend, 'posts.save', post('tokyo', null, { targets: [{ network: 'x', at: { local: '2026-12-11T06:00', zone: 'Asia/Tokyo' } }] }));
    const target = stageTarget(backend, 'december.ics');
    const { result } = await runJobOn(backend, 'calendar.exportIcs', { from: '2026-12-11', to: '2026-12-11', target: target.id });
    expect(result.events).toBe(1);
    expect(readIcs(target.path).map((e) => [e.uid, e.dtstart])).toEqual([['tokyo-x@affiche', '2026-12-10T21:00:00Z']]);

    const empty = stageTarget(backend, 'empty.ics');
    expect((await runJobOn(backend, 'calendar.exportIcs', { from: '2027-01-01', target: empty.id })).result.events).toBe(0);
    expect(readIcs(empty.path)).toEqual([]);
  });

  it('in browser mode stages the file for a download under its suggested name', async () => {
    await callOn(backend, 'posts.save', post('paris', '2026-12-10T23:30'));
    const { result } = await runJobOn(backend, 'calendar.exportIcs', { from: '2026-12-01', to: '2026-12-31' });
    expect(result.fileName).toBe('affiche-calendar-2026-12-01_2026-12-31.ics');
    expect(result.downloadId).toBeTruthy();
  });

  it('refuses a day that is not YYYY-MM-DD', async () => {
    const outcome = await backend.dispatch('jobs.start', { type: 'calendar.exportIcs', args: { from: '10/12/2026' } });
    expect(outcome.ok).toBe(false);
  });

  it('names the file after its range', () => {
    expect(icsFileName()).toBe('affiche-calendar.ics');
    expect(icsFileName('2026-12-01')).toBe('affiche-calendar-2026-12-01.ics');
    expect(icsFileName('2026-12-01', '2026-12-01')).toBe('affiche-calendar-2026-12-01.ics');
    expect(icsFileName(undefined, '2026-12-31')).toBe('affiche-calendar-2026-12-31.ics');
  });
});
