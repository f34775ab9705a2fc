/**
 * THE contract between the UI and the backend (docs/architecture.md, The contract): every call the renderer can make,
 * with zod schemas for its arguments and its result, and every event the backend emits.
 *
 * One dispatcher (electron/services/dispatcher.ts) validates calls against this list; three
 * transports carry them (Electron IPC, loopback HTTP in browser mode, in-process for the CLI and
 * tests). The renderer's `window.affiche` is derived from the same list, so a call cannot drift
 * from its handler.
 */
import { z } from 'zod';
import type { MessageParams } from '../messages';
import { AfficheCallError, ERROR_CODES, EVENT_NAMES, METHOD_NAMES, type ErrorCode } from './names';
import { designSchema, formatRefSchema, idSchema, assetIdSchema, DESIGN_KINDS, panoramaSchema } from '../schema/design';
import { ASSET_KINDS } from '../schema/constants';
import { userFormatFieldsSchema, userFormatSchema } from '../schema/library';
import { brandKitPatchSchema, brandKitSchema } from '../schema/brandKit';
import { calendarDaySchema, editorialSchema, POST_STATUSES, postInputSchema, postSchema } from '../schema/posts';
import { assetOrganisationShape, collectionSchema } from '../schema/assetOrganisation';
import { assetMediaShape } from '../schema/assetMedia';
import { assetFacetsSchema, assetFavouriteArgsSchema, assetListArgsSchema, assetUpdateArgsSchema, assetUsageSchema, idsSchema } from './assetArgs';
import { jobIdSchema, jobProgressSchema, jobStartSchema, jobSummarySchema } from './jobs';
import { messageParamsSchema, messageSchema } from './message';
import { stagingIdSchema } from './staging';
import { ruleResultSchema } from './ruleResult';
import {
  templateIdSchema,
  templateListArgsSchema,
  templateSummarySchema,
  templateUpdateArgsSchema,
  templateUseArgsSchema,
  uiLanguageSchema,
} from './templateArgs';
import { tagListSchema } from './assetArgs';
import { carouselTextArgsSchema, carouselTextPlanSchema } from './carouselTextArgs';

/**
 * Something the library did that the user should know (a damaged file restored, a newer file
 * opened read-only): `key` and `params` are its message (./message.ts), rendered in the UI's
 * language; `message` is the same in English.
 */
export const noticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  key: z.string(),
  params: messageParamsSchema.optional(),
  message: z.string(),
  at: z.string(),
});

export { ruleResultSchema } from './ruleResult';
export type Notice = z.infer<typeof noticeSchema>;

export const settingsSchema = z.object({
  language: z.enum(['system', 'fr', 'en']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const designSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(DESIGN_KINDS),
  format: formatRefSchema,
  pageCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().optional(),
  /** Changes whenever the thumbnail changes; the UI appends it to the URL to bust caches. */
  thumbnailVersion: z.string().optional(),
  /**
   * Set when its file was damaged beyond its backups: it cannot be opened, and the damaged file was
   * kept in the library folder as `keptAs` (relative, e.g. designs/<id>.json.corrupt-<time>).
   */
  damaged: z.object({ keptAs: z.string() }).optional(),
});
export type DesignSummary = z.infer<typeof designSummarySchema>;

export { ASSET_KINDS };
export const assetSummarySchema = z.object({
  id: assetIdSchema,
  kind: z.enum(ASSET_KINDS),
  mime: z.string(),
  fileName: z.string(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  bytes: z.number().int(),
  createdAt: z.string(),
  /** What import learned: duration, codecs, fps, dominant colours, font family and style. */
  ...assetMediaShape,
  ...assetOrganisationShape,
});
export type AssetSummary = z.infer<typeof assetSummarySchema>;

/**
 * One of the user's own formats (name + size + optional limits), as stored in library.json. The
 * built-in catalog is not part of the API: it ships in core/formats, so `formats.list` returns only
 * these, and a design made from one stores the preset `user:<id>` (core/formats/userFormats.ts).
 */
export const userFormatApiSchema = userFormatSchema;
export type UserFormatSummary = z.infer<typeof userFormatApiSchema>;

export const ffmpegStatusSchema = z.object({
  ok: z.boolean(),
  source: z.string().optional(),
  version: z.string().optional(),
  problem: z.string().optional(),
});

const empty = z.object({});
const byId = z.object({ id: idSchema });
/** A calendar day, YYYY-MM-DD. */
const calendarDay = calendarDaySchema;
/** A file the user gave, staged first (an upload, a dialog's choice, a path on the command line). */
const stagedFile = z.object({ fileName: z.string().min(1).max(255), source: stagingIdSchema });

export const methods = {
  'app.info': {
    args: empty,
    result: z.object({
      version: z.string(),
      readOnly: z.boolean(),
      notices: z.array(noticeSchema),
      ffmpeg: ffmpegStatusSchema,
    }),
  },
  'settings.get': { args: empty, result: settingsSchema },
  'settings.update': { args: settingsSchema.partial(), result: settingsSchema },

  'designs.list': {
    args: z.object({ trash: z.boolean().optional() }),
    result: z.object({ designs: z.array(designSummarySchema) }),
  },
  'designs.get': {
    args: byId,
    result: z.object({ design: designSchema, readOnly: z.boolean(), notice: z.string().optional() }),
  },
  'designs.create': {
    /**
     * With `panorama`: a seamless panorama of `slides` slides of `format` (its wide page is made
     * from them, core/carousel/panorama.ts), a carousel whatever `kind` says.
     */
    args: z.object({
      name: z.string().min(1).max(200),
      format: formatRefSchema,
      kind: z.enum(DESIGN_KINDS).optional(),
      panorama: panoramaSchema.pick({ slides: true, seamMargin: true }).optional(),
    }),
    result: z.object({ design: designSchema }),
  },
  /** Autosave target. The backend stamps updatedAt and schedules a new thumbnail. */
  'designs.save': { args: z.object({ design: designSchema }), result: z.object({ updatedAt: z.string() }) },
  'designs.rename': { args: z.object({ id: idSchema, name: z.string().min(1).max(200) }), result: designSummarySchema },
  'designs.duplicate': { args: byId, result: designSummarySchema },
  /** Moves to the trash; `designs.restore` brings it back. */
  'designs.delete': { args: byId, result: empty },
  'designs.restore': { args: byId, result: designSummarySchema },
  'designs.emptyTrash': { args: empty, result: z.object({ removed: z.number().int() }) },
  /**
   * Opens a portable `.affiche` file: the design and its media join the library, all or nothing.
   * A name already taken gets " (2)". Exporting one is the `designs.exportPortable` job.
   */
  'designs.importPortable': { args: stagedFile, result: designSummarySchema },

  /**
   * Search and filter (./assetArgs.ts); `{}` still lists every asset outside the trash, newest
   * first. `total` counts the matches before offset/limit.
   */
  'assets.list': {
    args: assetListArgsSchema,
    result: z.object({ assets: z.array(assetSummarySchema), total: z.number().int() }),
  },
  /**
   * Every tag with its asset count (most used first, then by name), counts per kind, favourites,
   * the trash and the total: what the library's sidebar and tag suggestions show, whatever page
   * of a search is loaded. The trash is left out of every count but its own.
   */
  'assets.facets': { args: empty, result: assetFacetsSchema },
  /** Imports a staged file (then released); the same bytes twice give the same asset (`duplicate: true`). */
  'assets.import': { args: stagedFile, result: z.object({ asset: assetSummarySchema, duplicate: z.boolean() }) },
  /** Display name (null: back to the file name), notes, credit, licence (null or "" clears), favourite. */
  'assets.update': { args: assetUpdateArgsSchema, result: z.object({ asset: assetSummarySchema }) },
  /** Adds then removes tags on many assets; tags are normalised (trimmed, lower case, no "#"). */
  'assets.tag': {
    args: z.object({ ids: idsSchema, add: tagListSchema.optional(), remove: tagListSchema.optional() }),
    result: z.object({ assets: z.array(assetSummarySchema) }),
  },
  /** Favourite (or not) many assets in one write; the result lists each of them. */
  'assets.setFavourite': { args: assetFavouriteArgsSchema, result: z.object({ assets: z.array(assetSummarySchema) }) },
  'assets.setCollections': {
    args: z.object({ ids: idsSchema, add: z.array(idSchema).max(100).optional(), remove: z.array(idSchema).max(100).optional() }),
    result: z.object({ assets: z.array(assetSummarySchema) }),
  },
  /**
   * To the trash. An asset used by a design (not in the trash) or a brand kit logo is not moved
   * unless `force`: then nothing moves and `inUse` says where each is used, for the UI to ask.
   */
  'assets.delete': {
    args: z.object({ ids: idsSchema, force: z.boolean().optional() }),
    result: z.object({ trashed: z.array(assetIdSchema), inUse: z.array(z.object({ id: assetIdSchema, ...assetUsageSchema.shape })) }),
  },
  'assets.restore': { args: z.object({ ids: idsSchema }), result: z.object({ assets: z.array(assetSummarySchema) }) },
  /**
   * Removes trashed assets for good (record, original, thumbnail). One still used by any design,
   * in the trash or not, or by the brand kit stays in the trash and is listed in `kept`: a design
   * restored later must come back whole.
   */
  'assets.emptyTrash': { args: empty, result: z.object({ removed: z.number().int(), kept: z.array(assetIdSchema) }) },
  /** The designs (in the trash or not) and brand kit that use an asset. */
  'assets.usage': { args: z.object({ id: assetIdSchema }), result: assetUsageSchema },
  /**
   * A sound's (or a video's sound's) waveform for the timeline: the loudest sample (0..1) of each
   * of `buckets` equal slices, and how long the sound lasts. Decoded by ffmpeg, kept per asset.
   */
  'assets.waveform': {
    args: z.object({ assetId: assetIdSchema, buckets: z.number().int().min(1).max(4000) }),
    result: z.object({ peaks: z.array(z.number().min(0).max(1)), durationMs: z.number().int().min(0) }),
  },
  'collections.list': { args: empty, result: z.object({ collections: z.array(collectionSchema.extend({ count: z.number().int() })) }) },
  'collections.create': { args: z.object({ name: z.string() }), result: z.object({ collection: collectionSchema }) },
  'collections.rename': { args: z.object({ id: idSchema, name: z.string() }), result: z.object({ collection: collectionSchema }) },
  /** The assets in it stay in the library; they just leave the collection. */
  'collections.delete': { args: byId, result: empty },

  /** The user's own formats, by name. Built-in catalog formats are not repeated here. */
  'formats.list': { args: empty, result: z.object({ formats: z.array(userFormatApiSchema) }) },
  /** Creates a format (no id) or replaces the one with this id; the name is trimmed and unique. */
  'formats.save': {
    args: z.object({ id: idSchema.optional(), ...userFormatFieldsSchema.shape }),
    result: z.object({ format: userFormatApiSchema }),
  },
  /** Designs made from it keep their size; they read as a custom size afterwards. */
  'formats.delete': { args: byId, result: empty },
  /** The brand kit: palettes, the four text style presets (always all four), logos (library images). */
  'brandKit.get': { args: empty, result: z.object({ brandKit: brandKitSchema }) },
  /** Replaces the parts given (palettes, presets, logos); a preset set to null is back to its default. */
  'brandKit.update': { args: brandKitPatchSchema, result: z.object({ brandKit: brandKitSchema }) },
  /**
   * The calendar's posts (posts.json), planned ones by time then unplanned ones. `from` and `to`
   * (YYYY-MM-DD) are read in each post's own time zone and leave unplanned posts out.
   */
  'posts.list': {
    args: z.object({ from: calendarDay.optional(), to: calendarDay.optional(), status: z.array(z.enum(POST_STATUSES)).optional() }),
    result: z.object({ posts: z.array(postSchema) }),
  },
  'posts.get': { args: byId, result: z.object({ post: postSchema }) },
  /** Creates the post (a new id) or replaces it; the store raises `sequence` when anything changed. */
  'posts.save': { args: postInputSchema, result: z.object({ post: postSchema }) },
  /** Removes the post and answers it as it was, for an undo that saves it back. */
  'posts.delete': { args: byId, result: z.object({ post: postSchema }) },
  /** The editorial line: brand profile, pillars, hashtag groups, cadence, slots, best times, settings. */
  'editorial.get': { args: empty, result: z.object({ editorial: editorialSchema }) },
  'editorial.save': { args: editorialSchema, result: z.object({ editorial: editorialSchema }) },
  /**
   * Checks an image file against a catalog or user format (type from the content, bytes, pixel
   * size, ratio, the network's bounds): one verdict per rule the format has a figure for. For a
   * video format, the file is probed and checked by the video rules (core/preflight/video.ts);
   * its fix is the `media.fixVideo` job.
   */
  'preflight.check': {
    args: z.object({ source: stagingIdSchema, formatId: z.string().min(1).max(100) }),
    result: z.object({ type: z.string(), bytes: z.number().int(), width: z.number().int(), height: z.number().int(), rules: z.array(ruleResultSchema) }),
  },
  /**
   * Writes a copy of the file fixed for the format where a fix exists (type the network refuses,
   * pixel bound, byte cap, and with `crop` a ratio the network refuses: cut around the centre or a
   * focal point given as fractions of the width and height). Nothing is written when a network
   * limit still fails (`problems` says why).
   */
  'preflight.fix': {
    args: z.object({
      source: stagingIdSchema,
      formatId: z.string().min(1).max(100),
      target: stagingIdSchema,
      crop: z.union([z.literal('center'), z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) })]).optional(),
    }),
    result: z.object({
      written: z.boolean(),
      type: z.string(),
      bytes: z.number().int(),
      changes: z.array(messageSchema),
      problems: z.array(messageSchema),
      rules: z.array(ruleResultSchema),
    }),
  },

  /** Starts long work (./jobs.ts): answers at once; `job.progress` and `job.done` events follow. */
  'jobs.start': { args: jobStartSchema, result: z.object({ job: jobSummarySchema }) },
  'jobs.get': { args: z.object({ id: jobIdSchema }), result: z.object({ job: jobSummarySchema }) },
  /** Running jobs and those finished lately (not dismissed), oldest first: what a reloaded page shows. */
  'jobs.list': { args: empty, result: z.object({ jobs: z.array(jobSummarySchema) }) },
  /** Stops a running job (its AbortSignal fires); nothing is left at its destination. A finished job is unchanged. */
  'jobs.cancel': { args: z.object({ id: jobIdSchema }), result: z.object({ job: jobSummarySchema }) },
  /** Forgets a finished job (the tray's close button); a running one is refused. */
  'jobs.dismiss': { args: z.object({ id: jobIdSchema }), result: empty },
  /** Shows a finished job's file in the system's file manager (Electron); false where the host can't. */
  'jobs.reveal': { args: z.object({ id: jobIdSchema }), result: z.object({ revealed: z.boolean() }) },
  /**
   * The template bank (./templateArgs.ts): the bank shipped with Affiche (`bank:<slug>`, read-only)
   * then the user's own templates, in one list, filtered and searched like the library (case and
   * accents ignored; tags; number of boxes). `designs.list` never lists the user's templates.
   */
  'templates.list': { args: templateListArgsSchema, result: z.object({ templates: z.array(templateSummarySchema) }) },
  /**
   * A template and its design: a bank template built at `formatId` (default: its first format) with
   * its example words in `language`; a user template as saved (edit it with designs.get/save).
   */
  'templates.get': {
    args: z.object({ id: templateIdSchema, language: uiLanguageSchema, formatId: z.string().min(1).max(100).optional() }),
    result: z.object({ template: templateSummarySchema, design: designSchema }),
  },
  /** A copy of a design that has slots becomes a user template (its kind kept); the design stays as it is. */
  'templates.saveFrom': {
    args: z.object({ designId: idSchema, name: z.string().min(1).max(200).optional(), tags: tagListSchema.optional() }),
    result: z.object({ template: templateSummarySchema }),
  },
  /** Name, tags (replaced), favourite. A bank template takes only the favourite mark. */
  'templates.update': { args: templateUpdateArgsSchema.extend({ language: uiLanguageSchema }), result: z.object({ template: templateSummarySchema }) },
  /** A copy as a user template (of a bank template: built at its first format in `language`). */
  'templates.duplicate': { args: z.object({ id: templateIdSchema, language: uiLanguageSchema }), result: z.object({ template: templateSummarySchema }) },
  /** A user template to the trash (`templates.restore` brings it back); the bank's are refused. */
  'templates.trash': { args: z.object({ id: templateIdSchema }), result: empty },
  'templates.restore': { args: z.object({ id: templateIdSchema }), result: z.object({ template: templateSummarySchema }) },
  /** Deletes the user's templates in the trash for good (the designs' trash is designs.emptyTrash). */
  'templates.emptyTrash': { args: empty, result: z.object({ removed: z.number().int() }) },
  /**
   * A new design from a template (bank or user) at a format, in the UI language, optionally with
   * slots filled: words, a library picture (its pixel size read from the library), a colour.
   * Refusals name the slot.
   */
  /** `notes`: what the user should know about the fill (a clip cut at the format's longest video). */
  'templates.use': { args: templateUseArgsSchema, result: z.object({ design: designSchema, notes: z.array(messageSchema) }) },
  /**
   * Adds the templates of a template file (`templates.export` writes them), checked whole before
   * anything is written, all or nothing; each comes in as a new user template.
   */
  /**
   * A template file (zip), or a memegen `config.yml` made a template on `picture` (a library
   * image: memegen templates come with their own picture, which Affiche does not ship).
   */
  'templates.import': { args: stagedFile.extend({ picture: assetIdSchema.optional() }), result: z.object({ templates: z.array(templateSummarySchema) }) },

  /**
   * Text to carousel (core/carousel/fromText.ts), measured with the renderer's node-canvas: how many
   * items and slides `text` makes with a carousel template at a format (the dialog's live count).
   * An empty text is 0 items, 0 slides.
   */
  'carousels.planText': { args: carouselTextArgsSchema, result: carouselTextPlanSchema },
  /** The carousel itself, saved in the library as a new design (kind `carousel`). */
  'carousels.fromText': { args: carouselTextArgsSchema, result: carouselTextPlanSchema.extend({ design: designSchema }) },

  /**
   * The scene transitions the installed ffmpeg can draw (its xfade names, the common ones first,
   * core/video/transitions.ts); read once per process. Empty without ffmpeg: scenes then cut.
   */
  'video.transitions': { args: empty, result: z.object({ transitions: z.array(z.string().regex(/^[a-z]{1,32}$/)) }) },

  /** Drops a staged upload the client will not use after all (it is also swept at the next start). */
  'staging.release': { args: z.object({ id: stagingIdSchema }), result: empty },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type ArgsOf<M extends MethodName> = z.input<Methods[M]['args']>;
export type ResultOf<M extends MethodName> = z.output<Methods[M]['result']>;

/**
 * names.ts lists the methods and events by hand, for clients that must not build these schemas;
 * a method or event added here and not there (or the reverse) fails to compile on these lines.
 */
type Listed<T extends readonly string[]> = T[number];
type SameNames<A extends string, B extends string> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : { missingFromNamesTs: Exclude<A, B>; unknownToTheContract: Exclude<B, A> };
const methodsListed: SameNames<MethodName, Listed<typeof METHOD_NAMES>> = true;
const eventsListed: SameNames<EventName, Listed<typeof EVENT_NAMES>> = true;
void methodsListed;
void eventsListed;

export { AfficheCallError, ERROR_CODES, EVENT_NAMES, METHOD_NAMES, type ErrorCode };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

/** Parts of the library a `library.changed` event can be about. */
export const LIBRARY_SCOPES = ['designs', 'assets', 'settings', 'formats', 'brandKit', 'templates', 'posts', 'editorial'] as const;
export type LibraryScope = (typeof LIBRARY_SCOPES)[number];

export const events = {
  /** Something in the library changed (another window, the CLI importing, a thumbnail finished). */
  'library.changed': z.object({ scope: z.enum(LIBRARY_SCOPES), id: z.string().optional() }),
  /** A job moved on (./jobs.ts); the first event of a job has fraction 0. */
  'job.progress': jobProgressSchema,
  /** A job ended: done (with its result), failed (with its error) or cancelled. */
  'job.done': jobSummarySchema,
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/**
 * A failed call: `code` is the kind of failure (what a client branches on), `key` and `params` the
 * message (core/messages) a client renders in its language, `message` the same in English.
 */
export interface ApiError {
  code: ErrorCode;
  message: string;
  key: string;
  params?: MessageParams;
}
export type CallOutcome<M extends MethodName> = { ok: true; result: ResultOf<M> } | { ok: false; error: ApiError };

/**
 * Uploads in chunks, for the Electron preload (an IPC message can't stream): `begin` names the
 * file, `append` sends bytes (at most 16 MB at once), `finish` answers the staging id. The
 * renderer's bridge turns these into `AfficheBridge.upload`.
 */
export interface ChunkedUploads {
  begin(fileName: string): Promise<string>;
  append(uploadId: string, chunk: Uint8Array): Promise<void>;
  finish(uploadId: string): Promise<{ id: string; bytes: number }>;
  abort(uploadId: string): Promise<void>;
}

/** What Electron's preload exposes as `window.affiche`: the bridge with chunked uploads instead of `upload`. */
export interface PreloadBridge {
  transport: 'electron';
  api: AfficheApi;
  events: AfficheEvents;
  mediaUrl(kind: MediaKind, id: string, version?: string): string;
  uploads: ChunkedUploads;
}

/** Kinds of media the renderer can show: original, asset thumbnail, design thumbnail. */
export type MediaKind = 'asset' | 'thumb' | 'design-thumb';

/** What the renderer sees as `window.affiche`, whichever transport is underneath. */
export type AfficheApi = { [M in MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };
export type AfficheEvents = { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void };
export interface UploadOptions {
  signal?: AbortSignal;
  /** Bytes sent so far, and the total. */
  onProgress?: (sent: number, total: number) => void;
}

export interface AfficheBridge {
  transport: 'electron' | 'web' | 'inprocess';
  api: AfficheApi;
  events: AfficheEvents;
  mediaUrl(kind: MediaKind, id: string, version?: string): string;
  /**
   * Streams a file to the backend's staging area (docs/architecture.md, "Staging") and resolves
   * with its staging id, for `assets.import`, `designs.importPortable`, `library.importArchive`...
   * Memory stays bounded whatever the size; an aborted upload leaves nothing behind.
   */
  upload(file: Blob, fileName: string, options?: UploadOptions): Promise<string>;
  /** Where a job's staged result is downloaded from (browser mode), or null (Electron saves it itself). */
  downloadUrl(downloadId: string): string | null;
}
