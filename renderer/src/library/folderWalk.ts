/**
 * Files dropped on the library, folders included. Chromium hands a drop over as FileSystemEntry
 * objects (DataTransferItem.webkitGetAsEntry); a directory reader returns its children in batches
 * (100 at a time in Chromium) until an empty batch, so a folder of 1,000 photos needs many reads.
 * The walk is written against the minimal shape below so the tests can feed it fake entries.
 */

export interface FileEntryLike<F> {
  isFile: true;
  isDirectory: false;
  name: string;
  fullPath: string;
  file(success: (file: F) => void, failure?: (error: unknown) => void): void;
}

export interface DirectoryEntryLike<F> {
  isFile: false;
  isDirectory: true;
  name: string;
  fullPath: string;
  createReader(): { readEntries(success: (entries: Array<EntryLike<F>>) => void, failure?: (error: unknown) => void): void };
}

export type EntryLike<F> = FileEntryLike<F> | DirectoryEntryLike<F>;

export interface WalkOptions {
  /** Stop collecting after this many files (a drop of a whole disk must not hang the window). */
  maxFiles?: number;
  /** Stops the walk early (the user cancelled). */
  signal?: { readonly aborted: boolean };
}

export interface WalkResult<F> {
  files: F[];
  /** Folders that could not be read and files past `maxFiles`. */
  skipped: number;
  /** True when `maxFiles` cut the walk short. */
  truncated: boolean;
}

/**
 * Hidden files and folders (".DS_Store", ".git") and the OS's own leftovers are not media anyone
 * meant to drop; importing them would only fill the summary with refusals.
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini' || name === '__MACOSX';
}

function readBatch<F>(reader: ReturnType<DirectoryEntryLike<F>['createReader']>): Promise<Array<EntryLike<F>>> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf<F>(entry: FileEntryLike<F>): Promise<F> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every file under the dropped entries, depth first, in the order the entries came. */
export async function walkEntries<F>(roots: ReadonlyArray<EntryLike<F>>, options: WalkOptions = {}): Promise<WalkResult<F>> {
  const maxFiles = options.maxFiles ?? Number.POSITIVE_INFINITY;
  const result: WalkResult<F> = { files: [], skipped: 0, truncated: false };

  const visit = async (entry: EntryLike<F>): Promise<void> => {
    if (options.signal?.aborted || isIgnoredName(entry.name)) return;
    if (entry.isFile) {
      if (result.files.length >= maxFiles) {
        result.skipped++;
        result.truncated = true;
        return;
      }
      try {
        result.files.push(await fileOf(entry));
      } catch {
        result.skipped++;
      }
      return;
    }
    const reader = entry.createReader();
    const children: Array<EntryLike<F>> = [];
    try {
      for (;;) {
        const batch = await readBatch(reader);
        if (batch.length === 0) break;
        children.push(...batch);
      }
    } catch {
      result.skipped++;
    }
    // Readers give no order; a name order makes "IMG_0001, IMG_0002…" import in sequence.
    children.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    for (const child of children) await visit(child);
  };

  for (const root of roots) await visit(root);
  return result;
}
