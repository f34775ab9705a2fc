/**
 * The staging area and the journal: what an earlier run left is swept at start, a user's own file
 * is never deleted, ids name files only through the table, and the journal removes only temp files
 * of writers that are gone, only when they are named like our temp files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { Journal, partialPathFor, PARTIAL_FILE } from './journal';
import { OutputSet } from './outputs';
import { StagingArea } from './staging';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'affiche-staging-test-'));

/** A pid that is certainly gone: a child that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('staging area', () => {
  it('is emptied at start: uploads and downloads an earlier run left are gone', async () => {
    const library = tmp();
    mkdirSync(path.join(library, 'staging'));
    writeFileSync(path.join(library, 'staging', '0123.upload'), 'left by a crash');
    const staging = await StagingArea.open({ libraryDir: library, readOnly: false });
    expect(readdirSync(staging.dir)).toEqual([]);
    await staging.close();
  });

  it('keeps uploads until used, never deletes the user’s own files, and refuses unknown ids', async () => {
    const library = tmp();
    const staging = await StagingArea.open({ libraryDir: library, readOnly: false });
    const upload = await staging.receive('photo.jpg', [new Uint8Array([1, 2, 3])]);
    expect(readFileSync(upload.path)).toEqual(Buffer.from([1, 2, 3]));
    const mine = path.join(library, 'mine.jpg');
    writeFileSync(mine, 'the user’s');
    const adopted = staging.adopt(mine);
    expect(staging.input(adopted.id)).toMatchObject({ path: mine, owned: false, fileName: 'mine.jpg' });
    await staging.release(adopted.id);
    await staging.release(upload.id);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(upload.path)).toBe(false);
    for (const id of [upload.id, '../../etc/passwd', 'f'.repeat(32), '']) expect(() => staging.input(id)).toThrow(UserError);
    await staging.close();
  });

  it('a read-only library is staged in a private temp folder, removed at close, nothing written in the library', async () => {
    const library = tmp();
    const staging = await StagingArea.open({ libraryDir: library, readOnly: true });
    expect(staging.dir.startsWith(library)).toBe(false);
    await staging.receive('a.bin', [new Uint8Array(10)]);
    await staging.close();
    expect(existsSync(staging.dir)).toBe(false);
    expect(readdirSync(library)).toEqual([]);
  });

  it('an upload over its limit is refused and leaves nothing; a download is served once, only when ready', async () => {
    const staging = await StagingArea.open({ libraryDir: tmp(), readOnly: false });
    const upload = await staging.beginUpload('big.mp4', 10);
    await expect(upload.append(new Uint8Array(11))).rejects.toMatchObject({ code: 'invalid-args', detail: { key: 'staging.tooLarge' } });
    expect(readdirSync(staging.dir)).toEqual([]);
    const download = await staging.reserveDownload('out.zip');
    writeFileSync(download.path, 'zip');
    expect(staging.takeDownload(download.id)).toBeUndefined();
    download.ready();
    expect(staging.takeDownload(download.id)).toMatchObject({ fileName: 'out.zip' });
    expect(staging.takeDownload(download.id)).toBeUndefined();
    await staging.close();
  });

  it('an upload refused on its first chunk leaves nothing, even while its file is still being opened (1,000 in a row)', async () => {
    const staging = await StagingArea.open({ libraryDir: tmp(), readOnly: false });
    const left: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const upload = await staging.beginUpload('big.mp4', 10);
      await expect(upload.append(new Uint8Array(11))).rejects.toMatchObject({ detail: { key: 'staging.tooLarge' } });
      if (readdirSync(staging.dir).length > 0) left.push(i);
      for (const name of readdirSync(staging.dir)) rmSync(path.join(staging.dir, name));
    }
    expect(left).toEqual([]);
    await staging.close();
  });
});

describe('journal of files written beside their destination', () => {
  it('sweeps the temp files of writers that are gone, keeps those of live ones', async () => {
    const dir = tmp();
    const journal = new Journal(path.join(dir, 'journal'));
    const mine = partialPathFor(path.join(dir, 'live.zip'));
    writeFileSync(mine, 'being written');
    await journal.record(mine);
    const orphan = partialPathFor(path.join(dir, 'killed.zip'));
    writeFileSync(orphan, 'half');
    mkdirSync(path.join(dir, 'journal'), { recursive: true });
    writeFileSync(path.join(dir, 'journal', 'aaaaaaaaaaaaaaaa.json'), JSON.stringify({ pid: deadPid(), temp: orphan }));
    expect(await journal.sweep()).toEqual([orphan]);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });

  it('never deletes a file that is not named like our temp files, whatever a damaged journal says', async () => {
    const dir = tmp();
    const precious = path.join(dir, 'precious.jpg');
    writeFileSync(precious, 'a photo');
    mkdirSync(path.join(dir, 'journal'));
    writeFileSync(path.join(dir, 'journal', 'bbbbbbbbbbbbbbbb.json'), JSON.stringify({ pid: deadPid(), temp: precious }));
    writeFileSync(path.join(dir, 'journal', 'cccccccccccccccc.json'), 'not json');
    expect(await new Journal(path.join(dir, 'journal')).sweep()).toEqual([]);
    expect(readFileSync(precious, 'utf8')).toBe('a photo');
    expect(readdirSync(path.join(dir, 'journal'))).toEqual([]);
    expect(PARTIAL_FILE.test(path.basename(partialPathFor(precious)))).toBe(true);
  });

  it('an output set renames into place on commit, and leaves nothing on abort', async () => {
    const dir = tmp();
    const journal = new Journal(path.join(dir, 'journal'));
    const set = new OutputSet(journal);
    writeFileSync(await set.create(path.join(dir, 'a.png')), 'a');
    await set.commit();
    expect(readFileSync(path.join(dir, 'a.png'), 'utf8')).toBe('a');
    const aborted = new OutputSet(journal);
    writeFileSync(await aborted.create(path.join(dir, 'b.png')), 'b');
    await aborted.abort();
    expect(readdirSync(dir).sort()).toEqual(['a.png', 'journal']);
    expect(readdirSync(path.join(dir, 'journal'))).toEqual([]);
  });
});
