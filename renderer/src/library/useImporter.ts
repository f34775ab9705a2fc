/**
 * Imports the files the user picked, dropped (folders too) or pasted: two uploads at a time, a
 * cancel, and progress handed to React at most ten times a second. Only the two files being sent
 * are ever read into memory.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { emptyProgress, runImportQueue, throttle, type ImportOutcome, type ImportProgress, type ImportQueue } from './importQueue';

/** Files in flight; the backend bounds the decoding itself (one per core), a few more keep it busy. */
const CONCURRENCY = 4;
const PROGRESS_INTERVAL_MS = 100;

/** The API takes 1..255 characters; a longer name keeps its end (the extension). */
export function uploadName(file: File): string {
  const name = file.name.trim() || `pasted-${file.type.split('/')[1] ?? 'file'}`;
  return name.length <= 255 ? name : name.slice(name.length - 255);
}

async function importFile(file: File): Promise<ImportOutcome> {
  try {
    const data = new Uint8Array(await file.arrayBuffer());
    const { asset, duplicate } = await getBridge().api['assets.import']({ fileName: uploadName(file), data });
    return duplicate ? { status: 'duplicate', id: asset.id } : { status: 'imported', id: asset.id };
  } catch (error) {
    // The backend's reason (empty, damaged, too large...) in the UI's language.
    return { status: 'refused', reason: errorMessage(error) };
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
