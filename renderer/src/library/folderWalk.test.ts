import { describe, expect, it } from 'vitest';
import { walkEntries, type DirectoryEntryLike, type EntryLike, type FileEntryLike } from './folderWalk';

const file = (path: string): FileEntryLike<string> => ({
  isFile: true,
  isDirectory: false,
  name: path.split('/').pop()!,
  fullPath: path,
  file: (ok) => queueMicrotask(() => ok(path)),
});

/** A folder whose reader hands its children out `batch` at a time, like Chromium's (100). */
const dir = (path: string, children: Array<EntryLike<string>>, batch = 100, failing = false): DirectoryEntryLike<string> => ({
  isFile: false,
  isDirectory: true,
  name: path.split('/').pop()!,
  fullPath: path,
  createReader() {
    let at = 0;
    return {
      readEntries(ok, fail) {
        queueMicrotask(() => {
          if (failing) return fail?.(new Error('NotReadableError'));
          ok(children.slice(at, at + batch));
          at += batch;
        });
      },
    };
  },
});

describe('folder walk', () => {
  it('reads nested folders to the end of every batch, in name order', async () => {
    const many = Array.from({ length: 250 }, (_, i) => file(`/shoot/IMG_${i + 1}.jpg`));
    const root = dir('/shoot', [...many, dir('/shoot/raw', [file('/shoot/raw/b.png'), file('/shoot/raw/a.png')])]);
    const { files, skipped } = await walkEntries([root, file('/logo.svg')]);
    expect(files).toHaveLength(253);
    expect(skipped).toBe(0);
    // Numeric order: IMG_2 before IMG_10; the sub-folder's files in name order; loose files after.
    expect(files.slice(0, 3)).toEqual(['/shoot/IMG_1.jpg', '/shoot/IMG_2.jpg', '/shoot/IMG_3.jpg']);
    expect(files.slice(-3)).toEqual(['/shoot/raw/a.png', '/shoot/raw/b.png', '/logo.svg']);
  });

  it('leaves hidden files and OS leftovers out', async () => {
    const root = dir('/d', [file('/d/.DS_Store'), file('/d/photo.jpg'), dir('/d/.git', [file('/d/.git/HEAD')]), file('/d/Thumbs.db')]);
    expect((await walkEntries([root])).files).toEqual(['/d/photo.jpg']);
  });

  it('counts an unreadable folder and goes on', async () => {
    const result = await walkEntries([dir('/locked', [file('/locked/x.png')], 100, true), file('/ok.png')]);
    expect(result.files).toEqual(['/ok.png']);
    expect(result.skipped).toBe(1);
  });

  it('stops at maxFiles and says so', async () => {
    const root = dir('/big', Array.from({ length: 30 }, (_, i) => file(`/big/${i}.png`)), 7);
    const result = await walkEntries([root], { maxFiles: 10 });
    expect(result.files).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(result.skipped).toBe(20);
  });

  it('stops when aborted', async () => {
    const signal = { aborted: true };
    expect((await walkEntries([file('/a.png')], { signal })).files).toEqual([]);
  });
});
