/** Test helpers over a real backend: calls, staged files and jobs, through the in-process bridge. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runJob, type ArgsOf, type JobArgsOf, type JobOutcome, type JobType, type MethodName, type ResultOf, type RunJobOptions } from '../../../core/api';
import type { Backend } from '../backend';
import { inProcessBridge } from '../inProcess';

export async function callOn<M extends MethodName>(backend: Backend, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const outcome = await backend.dispatch(method, args);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as ResultOf<M>;
}

/** Bytes as a staged upload (what browser mode's POST /api/staging does), for calls taking a staging id. */
export async function stageBytes(backend: Backend, fileName: string, bytes: Uint8Array): Promise<string> {
  return (await backend.staging.receive(fileName, [bytes])).id;
}

/** A fresh path to write a job's output to, registered as a target. */
export function stageTarget(backend: Backend, fileName: string): { id: string; path: string } {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'affiche-out-')), fileName);
  return { id: backend.staging.target(file).id, path: file };
}

export function runJobOn<T extends JobType>(backend: Backend, type: T, args: JobArgsOf<T>, options?: RunJobOptions): Promise<JobOutcome<T>> {
  return runJob(inProcessBridge(backend), type, args, options);
}

/** `{ fileName, source }` for `assets.import` or `designs.importPortable`: the bytes staged first. */
export async function staged(backend: Backend, fileName: string, bytes: Uint8Array): Promise<{ fileName: string; source: string }> {
  return { fileName, source: await stageBytes(backend, fileName, bytes) };
}
