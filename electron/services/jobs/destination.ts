/**
 * Where a job writes its output (docs/architecture.md, "Jobs"): the target the caller staged (a
 * path from `--out`), else the place the user picks in the host's save dialog (Electron), else a
 * staged download (browser mode). A save dialog closed without a choice cancels the job.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';
import type { FileFilter, Host } from '../host';
import type { StagingArea } from '../staging/staging';
import type { JobContext } from './runner';

export type Destination =
  | { kind: 'file'; path: string }
  | { kind: 'folder'; path: string }
  | { kind: 'download'; id: string; path: string };

export interface DestinationRequest {
  /** A staged target id from the caller, if any. */
  target?: string;
  suggestedName: string;
  filters: FileFilter[];
  /** Separate files in a folder target (the command line's `render --out DIR`). */
  folder?: boolean;
}

export async function chooseDestination(deps: { staging: StagingArea; host: Host }, ctx: JobContext, request: DestinationRequest): Promise<Destination> {
  if (request.target) {
    const target = deps.staging.targetOf(request.target);
    if (request.folder) {
      await fs.mkdir(target.path, { recursive: true });
      if (!(await fs.stat(target.path)).isDirectory()) throw new UserError('invalid-args', msg('staging.notAFolder', { name: target.path }));
      return { kind: 'folder', path: target.path };
    }
    return { kind: 'file', path: target.path };
  }
  if (deps.host.chooseSavePath) {
    const chosen = await deps.host.chooseSavePath({ suggestedName: request.suggestedName, filters: request.filters });
    if (!chosen) ctx.cancel();
    return { kind: 'file', path: chosen };
  }
  const download = await deps.staging.reserveDownload(request.suggestedName);
  ctx.onFinish((status) => (status === 'done' ? download.ready() : deps.staging.release(download.id)));
  return { kind: 'download', id: download.id, path: download.path };
}

/**
 * The path to write one output file to: a temp name beside its destination (renamed when the job
 * succeeds), or the staged download's file. `name` is the file's name inside a folder destination.
 */
export async function outputPath(ctx: JobContext, destination: Destination, name?: string): Promise<string> {
  switch (destination.kind) {
    case 'download':
      return destination.path;
    case 'file':
      await fs.mkdir(path.dirname(destination.path), { recursive: true });
      return ctx.outputs.create(destination.path);
    case 'folder':
      if (!name) throw new Error('a folder destination needs a file name');
      return ctx.outputs.create(path.join(destination.path, name));
  }
}

/** The `fileName`, `bytes` and `downloadId` every writing job returns. */
export function written(destination: Destination, fileName: string, bytes: number): { fileName: string; bytes: number; downloadId?: string } {
  const name = destination.kind === 'download' ? fileName : path.basename(destination.path);
  return { fileName: name, bytes, ...(destination.kind === 'download' ? { downloadId: destination.id } : {}) };
}
