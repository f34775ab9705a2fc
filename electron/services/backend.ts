/**
 * The backend in plain Node: library + dispatcher + media paths + events. Electron main, the
 * browser-mode server and the CLI each create one and carry its calls over their transport.
 */
import os from 'node:os';
import path from 'node:path';
import { assetIdSchema, idSchema } from '../../core/schema';
import type { CallOutcome, EventName, LibraryScope, MethodName } from '../../core/api';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';
import { openLibrary } from './library/library';
import type { BankTemplate } from '../../core/templates/bank';
import type { LibraryStore } from './library/types';
import { createThumbnailQueue } from './thumbnails';
import { ffmpegStatus } from './ffmpegStatus';
import { appVersion } from './version';
import type { Host } from './host';
import { JobRunner } from './jobs/runner';
import { defaultJournalDir, Journal } from './staging/journal';
import { StagingArea } from './staging/staging';

export { appVersion };

export interface BackendOptions {
  libraryDir: string;
  transport: 'electron' | 'web' | 'inprocess';
  readOnly?: boolean;
  /** Check results against the contract (tests). */
  validateResults?: boolean;
  /** What the host program can do for jobs: dialogs, "show in folder" (Electron). None by default. */
  host?: Host;
  /** Where interrupted writes are recorded (./staging/journal.ts); the OS temp folder by default. */
  journalDir?: string;
  /** The template bank (tests give their own; default: core/templates/bank `BANK`). */
  bank?: readonly BankTemplate[];
}

export interface Backend {
  readonly library: LibraryStore;
  /** Files in and out by id (docs/architecture.md, "Staging"): transports register uploads and user paths here. */
  readonly staging: StagingArea;
  readonly jobs: JobRunner;
  dispatch(method: string, args: unknown): Promise<CallOutcome<MethodName>>;
  /** Absolute file path for a media request, or null (unknown id / invalid). */
  mediaPath(kind: string, id: string): string | null;
  onEvent(listener: (name: EventName, payload: unknown) => void): () => void;
  /** Waits for pending thumbnails (tests, CLI). */
  idle(): Promise<void>;
  /** Cancels running jobs (each cleans up), then closes the library and the staging area. */
  close(): Promise<void>;
}

/** `AFFICHE_LIBRARY`, else the OS app-data folder (what Electron's app.getPath('userData') would give). */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  if (env.AFFICHE_LIBRARY) return path.resolve(env.AFFICHE_LIBRARY);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Affiche', 'library');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Affiche', 'library');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Affiche', 'library');
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  // Temp files of exports a killed run left beside their destinations (EXP-01, EXP-08).
  const journal = new Journal(options.journalDir ?? defaultJournalDir());
  await journal.sweep();
  const library = await openLibrary({ dir: options.libraryDir, readOnly: options.readOnly, ...(options.bank ? { bank: options.bank } : {}) });
  let staging: StagingArea;
  try {
    staging = await StagingArea.open({ libraryDir: options.libraryDir, readOnly: library.readOnly });
  } catch (error) {
    await library.close();
    throw error;
  }
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const emit = (name: EventName, payload: unknown) => {
    for (const listener of [...listeners]) listener(name, payload);
  };
  const emitChanged = (scope: LibraryScope, id?: string) => emit('library.changed', id ? { scope, id } : { scope });
  const thumbnails = createThumbnailQueue(library, (id) => emitChanged('designs', id));
  const jobs = new JobRunner({ journal, emit });
  const host = options.host ?? {};
  const dispatch: Dispatch = createDispatcher(
    createHandlers({ library, thumbnails, staging, jobs, host, version: appVersion(), ffmpegStatus, emit: emitChanged }),
    { validateResults: options.validateResults },
  );

  return {
    library,
    staging,
    jobs,
    dispatch: (method, args) => dispatch(method, args),
    mediaPath(kind, id) {
      if (kind === 'asset' || kind === 'thumb') {
        if (!assetIdSchema.safeParse(id).success) return null;
        return kind === 'asset' ? library.assetPath(id) : library.assetThumbnailPath(id);
      }
      if (kind === 'design-thumb') {
        if (!idSchema.safeParse(id).success) return null;
        return library.designThumbnailPath(id);
      }
      return null;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle: () => thumbnails.idle(),
    async close() {
      await jobs.close();
      await thumbnails.close();
      listeners.clear();
      await staging.close();
      await library.close();
    },
  };
}
