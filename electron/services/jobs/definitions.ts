/**
 * Every job type (core/api/jobs.ts) and what runs it. The table is typed by the contract's job
 * types: a type added there fails to compile here until it has a handler.
 */
import type { JobParsedArgsOf, JobResultOf, JobStart, JobSummary, JobType } from '../../../core/api';
import { exportImagesJob } from '../export/exportImages';
import { exportPdfJob } from '../export/exportPdf';
import { exportPortableJob } from '../export/exportPortable';
import { exportVideoJob } from '../video/exportVideo';
import { exportArchiveJob, importArchiveJob } from './archiveJobs';
import { templatesFillJob } from '../templates/fillJob';
import { templatesExportJob } from '../templates/exportJob';
import { fixVideoJob } from '../video/fixJob';
import { exportIcsJob } from '../posts/exportIcs';
import { bundleJob } from '../posts/bundleJob';
import type { JobDeps } from './deps';
import type { JobDefinition, JobRunner } from './runner';

type JobFactories = { [T in JobType]: (deps: JobDeps, args: JobParsedArgsOf<T>) => JobDefinition<JobResultOf<T>> };

export const JOB_FACTORIES: JobFactories = {
  'library.exportArchive': exportArchiveJob,
  'library.importArchive': importArchiveJob,
  'designs.exportImages': exportImagesJob,
  'designs.exportPdf': exportPdfJob,
  'designs.exportVideo': exportVideoJob,
  'designs.exportPortable': exportPortableJob,
  'templates.fill': templatesFillJob,
  'templates.export': templatesExportJob,
  'media.fixVideo': fixVideoJob,
  'calendar.exportIcs': exportIcsJob,
  'posts.bundle': bundleJob,
};

/** Starts a job whose arguments the dispatcher has checked against its type's schema. */
export function startJob(runner: JobRunner, deps: JobDeps, start: JobStart): JobSummary {
  const factory = JOB_FACTORIES[start.type] as (deps: JobDeps, args: unknown) => JobDefinition<unknown>;
  return runner.start(factory(deps, start.args));
}
