/**
 * `affiche calendar export`: the calendar of a library written as an .ics (read back with ical.js),
 * a range of days, and refusals that exit 1 with one line saying what to type.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PostInput } from '../../core/schema/posts';
import { createBackend } from '../services/backend';
import { callOn } from '../services/testing/backendTesting';
import { runCli } from './testing';

let tmp: string;
let library: string;

function post(id: string, local: string, networks: PostInput['targets']): PostInput {
  return {
    id,
    title: `Post ${id}`,
    status: 'scheduled',
    notes: '',
    at: { local, zone: 'Europe/Paris' },
    designIds: [],
    master: { caption: 'Soldes d’hiver, -20 %', hashtags: [], firstComment: '', link: '' },
    targets: networks,
  };
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-calendar-'));
  library = path.join(tmp, 'library');
  const backend = await createBackend({ libraryDir: library, transport: 'inprocess' });
  await callOn(backend, 'posts.save', post('a', '2026-12-10T23:30', [{ network: 'instagram' }, { network: 'facebook' }]));
  await callOn(backend, 'posts.save', post('b', '2027-01-05T09:00', [{ network: 'linkedin' }]));
  await backend.idle();
  await backend.close();
});

function uidsAndStarts(file: string): string[][] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((event) => [String(event.getFirstPropertyValue('uid')), String(event.getFirstPropertyValue('dtstart'))]);
}

describe('affiche calendar export', () => {
  it('writes every planned post and network as an event and prints the file and the count', async () => {
    const file = path.join(tmp, 'all.ics');
    const run = await runCli(['calendar', 'export', '--ics', file, '--library', library]);
    expect(run).toMatchObject({ code: 0, out: [`${file}\t3 events`], err: [] });
    expect(uidsAndStarts(file)).toEqual([
      ['a-instagram@affiche', '2026-12-10T22:30:00Z'],
      ['a-facebook@affiche', '2026-12-10T22:30:00Z'],
      ['b-linkedin@affiche', '2027-01-05T08:00:00Z'],
    ]);
  });

  it('keeps the days asked', async () => {
    const file = path.join(tmp, 'january.ics');
    const run = await runCli(['calendar', 'export', '--ics', file, '--from', '2027-01-01', '--to', '2027-01-31', '--library', library]);
    expect(run).toMatchObject({ code: 0, out: [`${file}\t1 event`] });
    expect(uidsAndStarts(file)).toEqual([['b-linkedin@affiche', '2027-01-05T08:00:00Z']]);
  });

  it('refuses a day not written YYYY-MM-DD, a range backwards, a missing --ics, and writes nothing', async () => {
    const file = path.join(tmp, 'refused.ics');
    expect(await runCli(['calendar', 'export', '--ics', file, '--from', '10/12/2026', '--library', library])).toMatchObject({
      code: 1,
      err: ['affiche: --from must be a day written YYYY-MM-DD (got "10/12/2026")'],
    });
    expect(await runCli(['calendar', 'export', '--ics', file, '--to', '2027-04-31', '--library', library])).toMatchObject({
      code: 1,
      err: ['affiche: --to must be a day written YYYY-MM-DD (got "2027-04-31")'],
    });
    expect(await runCli(['calendar', 'export', '--ics', file, '--from', '2027-02-01', '--to', '2027-01-01', '--library', library])).toMatchObject({
      code: 1,
      err: ['affiche: --from 2027-02-01 is after --to 2027-01-01'],
    });
    expect(await runCli(['calendar', 'export', '--library', library])).toMatchObject({ code: 1, err: ['affiche: calendar export needs --ics FILE (the .ics file to write, e.g. calendar.ics)'] });
    expect(existsSync(file)).toBe(false);
  });

  it('has its help', async () => {
    const run = await runCli(['help', 'calendar']);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^affiche calendar export --ics FILE/);
    expect((await runCli(['--help'])).out[0]).toContain('calendar export --ics FILE');
  });
});
