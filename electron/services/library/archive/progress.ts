/** Progress of an export or an import, for the CLI's stderr and the UI. */
export interface ArchiveProgress {
  phase: 'designs' | 'media' | 'checking' | 'importing' | 'done';
  done: number;
  total: number;
  /** The design or medium being handled. */
  name?: string;
}

/** One line for a terminal: "media 3/120 photo.jpg". */
export function progressLine(progress: ArchiveProgress): string {
  if (progress.phase === 'done') return 'done';
  return `${progress.phase} ${Math.min(progress.done + 1, progress.total)}/${progress.total}${progress.name ? ` ${progress.name}` : ''}`;
}
