/**
 * What a client of the contract needs at run time, without building its zod schemas: the method
 * and event names its bridge exposes, the error codes and the error it throws. The renderer's
 * bridge imports this file, not contract.ts (see core/schema/constants.ts for why); contract.ts
 * re-exports it and checks at compile time that these lists name exactly its methods and events.
 */

export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'designs.list',
  'designs.get',
  'designs.create',
  'designs.save',
  'designs.rename',
  'designs.duplicate',
  'designs.delete',
  'designs.restore',
  'designs.emptyTrash',
  'designs.importPortable',
  'assets.list',
  'assets.facets',
  'assets.import',
  'assets.update',
  'assets.tag',
  'assets.setFavourite',
  'assets.setCollections',
  'assets.delete',
  'assets.restore',
  'assets.emptyTrash',
  'assets.usage',
  'assets.waveform',
  'collections.list',
  'collections.create',
  'collections.rename',
  'collections.delete',
  'formats.list',
  'formats.save',
  'formats.delete',
  'brandKit.get',
  'brandKit.update',
  'posts.list',
  'posts.get',
  'posts.save',
  'posts.delete',
  'editorial.get',
  'editorial.save',
  'preflight.check',
  'preflight.fix',
  'templates.list',
  'templates.get',
  'templates.saveFrom',
  'templates.update',
  'templates.duplicate',
  'templates.trash',
  'templates.restore',
  'templates.emptyTrash',
  'templates.use',
  'templates.import',
  'carousels.planText',
  'carousels.fromText',
  'video.transitions',
  'jobs.start',
  'jobs.get',
  'jobs.list',
  'jobs.cancel',
  'jobs.dismiss',
  'jobs.reveal',
  'staging.release',
] as const;

export const EVENT_NAMES = ['library.changed', 'job.progress', 'job.done'] as const;

export const ERROR_CODES = [
  'invalid-args',
  'unknown-method',
  'not-found',
  'bad-file',
  'read-only',
  'locked',
  'disk-full',
  'forbidden',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Thrown on the client side when a call fails, carrying the backend's code, its English message
 * and the message key with its parameters (core/messages), which the UI renders in its language.
 */
export class AfficheCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: { key: string; params?: Record<string, unknown> },
  ) {
    super(message);
    this.name = 'AfficheCallError';
  }
}

/** What a video design is written as (designs.exportVideo `type`): an MP4, or a looping GIF or animated WebP under a size target. */
export const VIDEO_FILE_TYPES = ['mp4', 'gif', 'webp'] as const;
export type VideoFileType = (typeof VIDEO_FILE_TYPES)[number];
