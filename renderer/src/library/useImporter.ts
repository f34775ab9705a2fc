/**
 * Imports the files the user picked, dropped (folders too) or pasted: a few uploads at a time, a
 * cancel, and progress handed to React at most ten times a second. Files are streamed to the
 * backend's staging area (bridge/files.ts), never read whole into memory.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { importAssetFile } from '../bridge/files';
import { emptyProgress, runImportQueue, throttle, type ImportOutcome, type ImportProgress, type ImportQueue } from './importQueue';

/** Files in flight; the backend bounds the decoding itself (one per core), a few more keep it busy. */
const CONCURRENCY = 4;
const PROGRESS_INTERVAL_MS = 100;

export { uploadName } from '../bridge/files';

async function importFile(file: File): Promise<ImportOutcome> {
  try {
    // Streamed to the backend (never read whole into memory here), then imported by staging id.
    const { asset, duplicate } = await importAssetFile(file);
    return duplicate ? { status: 'duplicate', id: asset.id } : { status: 'imported', id: asset.id };
  } catch (error) {
    return { status: 'refused', reason: error instanceof Error ? error.message : String(error) };
  }
}

export interface Importer {
  /** null when nothing is being imported. */
  progress: ImportProgress | null;
  /** Cancel was pressed: the files in flight are finishing. */
  cancelling: boolean;
  start(files: File[]): void;
  cancel(): void;
}

export function useImporter(onFinished: (result: ImportProgress) => void): Importer {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const queue = useRef<ImportQueue | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      queue.current?.cancel();
    };
  }, []);

  const start = useCallback((files: File[]) => {
    if (files.length === 0) return;
    // A drop during an import waits its turn rather than doubling the uploads.
    chain.current = chain.current.then(async () => {
      if (!mounted.current) return;
      const publish = throttle((p: ImportProgress) => mounted.current && setProgress({ ...p, refused: [...p.refused] }), PROGRESS_INTERVAL_MS);
      setCancelling(false);
      setProgress(emptyProgress(files.length));
      const current = runImportQueue(files, importFile, { concurrency: CONCURRENCY, nameOf: (file) => file.name, onProgress: publish.call });
      queue.current = current;
      const result = await current.done;
      publish.cancel();
      queue.current = null;
      if (!mounted.current) return;
      setProgress(null);
      finished.current(result);
    });
  }, []);

  const cancel = useCallback(() => {
    if (!queue.current) return;
    queue.current.cancel();
    setCancelling(true);
  }, []);

  return { progress, cancelling, start, cancel };
}
