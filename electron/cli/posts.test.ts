/**
 * `affiche posts add` and `affiche posts list` on a real library folder: a .affiche file imported
 * and planned on three networks (each with its format), a design id reused, the editorial line's
 * zone as the default, a post asked ready that fails a check kept as a draft with the rule printed
 * (exit 0), the table and JSON listings with their filters, and clear refusals.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDesign } from '../../core/schema/factory';
import type { Post } from '../../core/schema/posts';
import { packDesign } from '../services/portable';
import { withLibrary } from './session';
import { runCli } from './testing';

let tmp: string;
let library: string;
let file: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-posts-'));
  library = path.join(tmp, 'library');
  file = path.join(tmp, 'winter.affiche');
  writeFileSync(file, await packDesign(createDesign({ name: 'Winter sale', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } }), async () => null));
});

async function listed(...args: string[]): Promise<Post[]> {
  const run = await runCli(['posts', 'list', '--json', '--library', library, ...args]);
  expect(run.code).toBe(0);
  return JSON.parse(run.out.join('\n')) as Post[];
}

describe('affiche posts', () => {
  it('adds a post from a .affiche file on three networks, each with its format, and lists it', async () => {
    const run = await runCli([
      'posts', 'add', '--design', file, '--network', 'instagram,linkedin,x', '--caption', 'Our winter sale starts today.',
      '--at', '2026-12-10T09:00', '--tz', 'Europe/Paris', '--alt', 'A red scarf on snow', '--hashtags', '#winter #sale', '--first-comment', 'Sizes in the shop',
      '--link', 'https://shop.example.com', '--library', library,
    ]);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out).toHaveLength(1);
    const id = run.out[0];
    const [post] = await listed();
    expect(post).toMatchObject({
      id,
      title: 'Winter sale',
      status: 'draft',
      at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
      master: { caption: 'Our winter sale starts today.', hashtags: ['#winter', '#sale'], firstComment: 'Sizes in the shop', link: 'https://shop.example.com' },
      targets: [
        { network: 'instagram', formatId: 'instagram-portrait', altTexts: ['A red scarf on snow'] },
        { network: 'linkedin', formatId: 'linkedin-portrait', altTexts: ['A red scarf on snow'] },
        { network: 'x', formatId: 'x-portrait', altTexts: ['A red scarf on snow'] },
      ],
    });
    expect(post.designIds).toHaveLength(1);

    // The imported design is in the library: a second post takes its id, planned in the editorial line's zone.
    await withLibrary({ library, readOnly: false }, { out: () => {}, err: () => {} }, async ({ bridge }) => {
      const { editorial } = await bridge.api['editorial.get']({});
      await bridge.api['editorial.save']({ ...editorial, settings: { ...editorial.settings, timeZone: 'America/New_York' } });
    });
    const second = await runCli(['posts', 'add', '--design', post.designIds[0], '--network', 'threads', '--caption', 'Tips', '--title', 'Tips', '--at', '2026-12-12 18:30', '--status', 'ready', '--library', library]);
    expect(second).toMatchObject({ code: 0, err: [] });
    expect((await listed('--status', 'ready'))).toMatchObject([{ id: second.out[0], status: 'ready', at: { local: '2026-12-12T18:30', zone: 'America/New_York' }, targets: [{ network: 'threads', formatId: 'threads-portrait' }] }]);

    const table = await runCli(['posts', 'list', '--library', library]);
    expect(table.code).toBe(0);
    expect(table.out).toHaveLength(3);
    expect(table.out[0].split(/\s{2,}/)).toEqual(['DAY', 'TIME', 'ZONE', 'NETWORKS', 'STATUS', 'TITLE']);
    expect(table.out[1].split(/\s{2,}/)).toEqual(['2026-12-10', '09:00', 'Europe/Paris', 'Instagram, LinkedIn, X', 'draft', 'Winter sale']);
    expect(table.out[2].split(/\s{2,}/)).toEqual(['2026-12-12', '18:30', 'America/New_York', 'Threads', 'ready', 'Tips']);
    expect(table.err).toEqual(['2 posts']);
    expect((await listed('--from', '2026-12-11')).map((p) => p.title)).toEqual(['Tips']);
    expect((await listed('--to', '2026-12-10')).map((p) => p.title)).toEqual(['Winter sale']);
    expect(await listed('--status', 'published')).toEqual([]);
  });

  it('keeps a post asked ready as a draft when a check fails, printing the rule, and exits 0', async () => {
    const run = await runCli([
      'posts', 'add', '--design', file, '--network', 'instagram,x', '--caption', 'Six tags', '--hashtags', '#a1 #b2 #c3 #d4 #e5 #f6', '--status', 'ready', '--json', '--library', library,
    ]);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([
      'affiche: instagram: fails: 6 hashtags: the limit is 5.',
      'affiche: the post is saved as a draft, not ready: 1 check(s) fail (fix them, then mark it ready)',
    ]);
    const result = JSON.parse(run.out.join('\n'));
    expect(result).toMatchObject({ status: 'draft', keptDraft: true, checks: [{ network: 'instagram', field: 'hashtags', level: 'error', message: '6 hashtags: the limit is 5.', key: 'postChecks.tooManyHashtags' }] });
    // The file was imported again, as a second design (the library names it as the app would).
    expect((await listed()).find((post) => post.id === result.id)).toMatchObject({ status: 'draft', title: 'Winter sale (2)' });
  });

  it('refuses an unknown network, a time that does not exist, an unknown zone or design, each in one clear line', async () => {
    const add = (...args: string[]) => runCli(['posts', 'add', '--design', file, '--caption', 'x', '--library', library, ...args]);
    expect(await add('--network', 'instagram,myspace')).toMatchObject({
      code: 1,
      err: ['affiche: unknown network "myspace": the networks are instagram, facebook, linkedin, x, tiktok, youtube, pinterest, threads, bluesky'],
    });
    expect(await add('--network', 'x', '--at', '2026-02-30T09:00')).toMatchObject({ code: 1, err: ['affiche: --at must be a local date and time YYYY-MM-DDTHH:mm, e.g. --at 2026-12-10T09:00 (got "2026-02-30T09:00")'] });
    expect(await add('--network', 'x', '--at', '2026-12-10T9h')).toMatchObject({ code: 1 });
    expect(await add('--network', 'x', '--at', '2026-12-10T09:00', '--tz', 'Europe/Atlantis')).toMatchObject({
      code: 1,
      err: ['affiche: unknown time zone "Europe/Atlantis": use an IANA name such as Europe/Paris or America/New_York'],
    });
    expect(await add('--network', 'x', '--tz', 'Europe/Paris')).toMatchObject({ code: 1, err: ['affiche: --tz goes with --at (the zone of the planned time)'] });
    expect(await add('--network', 'x', '--status', 'maybe')).toMatchObject({ code: 1, err: ['affiche: unknown status "maybe": the statuses are idea, draft, ready, scheduled, published'] });
    const unknown = await runCli(['posts', 'add', '--design', 'nosuchdesign', '--network', 'x', '--caption', 'x', '--library', library]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toEqual([`affiche: "nosuchdesign" is neither a file nor a design id in the library at ${library}`]);
    expect(await runCli(['posts', 'list', '--from', '2026-13-01', '--library', library])).toMatchObject({ code: 1, err: ['affiche: --from must be a day YYYY-MM-DD, e.g. --from 2026-12-01 (got "2026-13-01")'] });
    expect((await runCli(['help', 'posts'])).out.join('\n')).toContain('--first-comment');
    expect((await runCli(['--help'])).out.join('\n')).toContain('posts add --design');
  });
});
