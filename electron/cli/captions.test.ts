/**
 * `affiche captions import|export` on a .affiche file: an SRT imported into a video and exported
 * again comes back byte-identical; WebVTT out; refusals exit 1 with one English line naming the
 * line of the file or the problem, and leave the design file as it was.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../../core/schema';
import { createDesign } from '../../core/schema/factory';
import fixture from '../../core/schema/fixtures/design.v10.json';
import { openPortable, packDesign } from '../services/portable';
import { withLibrary } from './session';
import { runCli } from './testing';

let tmp: string;
const SRT = '1\n00:00:00,500 --> 00:00:02,000\nNouvelle collection\n\n2\n00:00:02,000 --> 00:00:04,250\nLien en bio\net « ailleurs »\n';

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-captions-'));
  writeFileSync(path.join(tmp, 'reel.affiche'), await packDesign(parseDesign(fixture).design, async () => null));
  writeFileSync(path.join(tmp, 'post.affiche'), await packDesign(createDesign({ name: 'Post', format: { preset: null, width: 1080, height: 1080 } }), async () => null));
});

async function designOf(file: string) {
  const portable = await openPortable(file, path.basename(file));
  await portable.close();
  return portable.design;
}

describe('affiche captions', () => {
  it('imports an SRT into a video file and exports it back byte-identical, and as WebVTT', async () => {
    const reel = path.join(tmp, 'reel.affiche');
    const srt = path.join(tmp, 'in.srt');
    writeFileSync(srt, '\ufeff' + SRT.replace(/\n/g, '\r\n'));
    const imported = await runCli(['captions', 'import', reel, srt]);
    expect(imported.err).toEqual(['affiche: 2 captions imported into "Reel v10"']);
    expect(imported.code).toBe(0);
    const design = await designOf(reel);
    expect(design.captions).toMatchObject({ preset: 'highlight', accent: '#FFD166', cues: [{ startMs: 500, endMs: 2000, text: 'Nouvelle collection' }, { startMs: 2000, endMs: 4250 }] });
    // The rest of the design is untouched.
    expect(design.pages).toEqual(parseDesign(fixture).design.pages);

    const out = path.join(tmp, 'out.srt');
    const exported = await runCli(['captions', 'export', reel, '--out', out]);
    expect(exported).toMatchObject({ code: 0, out: [out] });
    expect(readFileSync(out, 'utf8')).toBe(SRT);
    const vtt = path.join(tmp, 'out.vtt');
    expect((await runCli(['captions', 'export', reel, '-o', vtt])).code).toBe(0);
    expect(readFileSync(vtt, 'utf8')).toBe('WEBVTT\n\n00:00:00.500 --> 00:00:02.000\nNouvelle collection\n\n00:00:02.000 --> 00:00:04.250\nLien en bio\net « ailleurs »\n');
  });

  it('refuses a bad caption file naming its line, and leaves the design as it was', async () => {
    const reel = path.join(tmp, 'reel.affiche');
    const before = readFileSync(reel);
    const bad = path.join(tmp, 'bad.srt');
    writeFileSync(bad, '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03,000 -> 00:00:04,000\nno arrow\n');
    const run = await runCli(['captions', 'import', reel, bad]);
    expect(run).toMatchObject({ code: 1, err: ['affiche: Line 6: a caption starts with its times, written 00:00:01,000 --> 00:00:03,000.'] });
    expect(readFileSync(reel).equals(before)).toBe(true);
  });

  it('refuses what is not a video, not a caption file or has no captions', async () => {
    const post = path.join(tmp, 'post.affiche');
    const srt = path.join(tmp, 'ok.srt');
    writeFileSync(srt, SRT);
    expect(await runCli(['captions', 'import', post, srt])).toMatchObject({ code: 1, err: ['affiche: Only a video has captions: "Post" is not a video.'] });
    expect(await runCli(['captions', 'import', path.join(tmp, 'reel.affiche'), path.join(tmp, 'x.txt')])).toMatchObject({ code: 1 });
    expect((await runCli(['captions', 'export', post, '--out', path.join(tmp, 'p.srt')])).err).toEqual(['affiche: Only a video has captions: "Post" is not a video.']);
    expect((await runCli(['captions', 'export', path.join(tmp, 'reel.affiche')])).err[0]).toMatch(/needs --out FILE/);
    expect((await runCli(['captions', 'frobnicate'])).code).toBe(1);
  });

  it('imports into and exports from a video in the library, by its id', async () => {
    const library = path.join(tmp, 'library');
    const quiet = { out: () => {}, err: () => {} };
    const created = await withLibrary({ library, readOnly: false }, quiet, async (session) => (await session.bridge.api['designs.create']({ name: 'Clip', kind: 'video', format: { preset: 'tiktok-video', width: 1080, height: 1920 } })).design);
    const srt = path.join(tmp, 'lib.srt');
    writeFileSync(srt, SRT);
    expect(await runCli(['captions', 'import', created.id, srt, '--library', library])).toMatchObject({ code: 0, err: ['affiche: 2 captions imported into "Clip"'] });
    const saved = await withLibrary({ library, readOnly: true }, quiet, async (session) => (await session.bridge.api['designs.get']({ id: created.id })).design);
    expect(saved.captions?.cues.map((c) => c.text)).toEqual(['Nouvelle collection', 'Lien en bio\net « ailleurs »']);
    const out = path.join(tmp, 'lib.srt.out.srt');
    expect((await runCli(['captions', 'export', created.id, '--out', out, '--library', library])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(SRT);
  });
});
