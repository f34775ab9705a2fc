/**
 * Opening a library finishes an emptying of the media trash that an older version left half done:
 * records in the trash whose original is gone are dropped (a restore would bring back an asset
 * that cannot be shown); records outside the trash are kept as they are.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from './library';
import { makeTempDir, pngBytes, removeDir } from './testing/helpers';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('media trash left half emptied', () => {
  it('drops trashed records without their original, keeps the rest, changes nothing when read-only', async () => {
    const library = await openLibrary({ dir });
    const ids: string[] = [];
    for (const colour of ['#ff0000', '#00ff00', '#0000ff', '#ffff00']) ids.push((await library.importAsset(`${colour}.png`, await pngBytes(5, 5, colour))).asset.id);
    const [ghost, trashedWhole, liveMissing, live] = ids;
    await library.trashAssets([ghost, trashedWhole]);
    await library.close();
    // What a kill between the file removals and the index write used to leave, plus an original
    // deleted by hand outside the trash.
    await fs.unlink(path.join(dir, 'blobs', ghost));
    await fs.unlink(path.join(dir, 'blobs', liveMissing));

    const viewer = await openLibrary({ dir, readOnly: true });
    expect(viewer.getAsset(ghost)).toBeDefined();
    await viewer.close();

    const reopened = await openLibrary({ dir });
    try {
      expect(reopened.getAsset(ghost)).toBeUndefined();
      expect(await fs.readdir(path.join(dir, 'thumbs'))).not.toContain(`${ghost}.webp`);
      expect(reopened.searchAssets({ trash: true }).assets.map((a) => a.id)).toEqual([trashedWhole]);
      expect(reopened.listAssets({}).map((a) => a.id).sort()).toEqual([liveMissing, live].sort());
      const error = await reopened.readAsset(liveMissing).catch((e: unknown) => e);
      expect((error as Error).message).toBe('The original of "#0000ff.png" is missing from the library folder.');
      // Written at open: a second open has nothing to do.
      const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'library.json'), 'utf8')) as { assets: Record<string, unknown> };
      expect(Object.keys(onDisk.assets).sort()).toEqual([trashedWhole, liveMissing, live].sort());
    } finally {
      await reopened.close();
    }
  });
});
