/**
 * Long work is a job (docs/architecture.md, "Jobs"): `jobs.start` answers at once with the job,
 * `job.progress` events follow (fraction 0..1, monotonic, a stage, an ETA when known), `job.done`
 * carries the result or the error, and `jobs.cancel` stops it (the handler's AbortSignal fires; a
 * cancelled job leaves nothing at its destination). Jobs live in the backend: a reloaded page finds
 * them again with `jobs.list`.
 *
 * Files go in and out by staging id (./staging.ts): a job's `target` is where to write (a save
 * dialog's choice, `--out`); without one, Electron asks the user where to save, and browser mode
 * stages the result for a download (`downloadId`, GET /api/staging/<id>).
 */
import { z } from 'zod';
import { assetIdSchema, idSchema, LIMITS } from '../schema/design';
import { WATERMARK_CORNERS } from '../render/watermark';
import { ARCHIVE_SCOPES, BRAND_KIT_MODES, archiveCountsSchema, archiveReportSchema } from './archiveArgs';
import { messageSchema } from './message';
import { ERROR_CODES, VIDEO_FILE_TYPES } from './names';
import { stagingIdSchema } from './staging';
import { ruleResultSchema } from './ruleResult';
import { IMAGE_FILE_TYPES } from '../files/imageTypes';
import { slotInputsSchema, templateIdSchema, templateSourceSchema, uiLanguageSchema } from './templateArgs';
import { calendarDaySchema } from '../schema/posts';
import { SCHEDULERS } from '../posts/scheduleRows';


/** A file a job wrote: its name, and in browser mode the id to download it once. */
const writtenShape = {
  /** The file's name (the zip's, the single image's, or the folder's for separate files). */
  fileName: z.string(),
  bytes: z.number().int().min(0),
  /** Browser mode: GET /api/staging/<downloadId> serves it once. Absent when written to a chosen place. */
  downloadId: stagingIdSchema.optional(),
};

export const exportedImageSchema = z.object({
  /** Name of the image (inside the zip, or in the target folder). */
  name: z.string(),
  /** Its type after any fix (a PNG may become a JPEG where a network refuses PNG). */
  type: z.string(),
  bytes: z.number().int().min(0),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** 0-based page of the design. */
  page: z.number().int().min(0),
  /** 0-based post it belongs to, when the set was split into posts (`split`). */
  post: z.number().int().min(0).optional(),
  /** The format it was made for: a catalog id, `user:<id>`, or null for a custom size. */
  format: z.string().nullable(),
  /** What the format check changed ("JPEG quality 92 -> 71 to fit 1,000,000 bytes"). */
  changes: z.array(messageSchema),
  /** Network limits it still fails, and why. Empty when it passes. */
  problems: z.array(messageSchema),
  /** Not checked: a custom size has no limits; a video or document format gets a still of each page. */
  unchecked: z.enum(['custom', 'not-image']).optional(),
});
export type ExportedImage = z.infer<typeof exportedImageSchema>;

export const exportImagesArgsSchema = z.object({
  /** A library design, or a `.affiche` file staged by the command line (rendered without importing it). */
  design: z.union([z.object({ id: idSchema }), z.object({ portable: stagingIdSchema })]),
  /** An image file type (core/files/imageTypes.ts: the identifier; the file extension of jpeg is .jpg). */
  type: z.enum(IMAGE_FILE_TYPES),
  /** 0-based pages; every page when absent. */
  pages: z.array(z.number().int().min(0).max(LIMITS.maxPages)).min(1).max(LIMITS.maxPages).optional(),
  /**
   * Which formats. Absent: the one shown (`variant`: a variant id, or null / absent for the master).
   * `ids`: catalog or `user:` formats, each from its saved variant or resized in memory as
   * "Resize to..." would; `allVariants`: the master and every saved variant.
   */
  variant: idSchema.nullable().optional(),
  formats: z.object({ ids: z.array(z.string().min(1).max(100)).max(100), allVariants: z.boolean() }).optional(),
  /**
   * More slides than the format's network takes in one post (core/carousel/limits.ts slideCap):
   * split them into even posts, files named "<name>-post1-01.png"... Without it the export is
   * whole and its notes ask whether to split.
   */
  split: z.boolean().optional(),
  /** One zip (the default for several images), or separate files in a folder target (command line). */
  packaging: z.enum(['zip', 'files']).optional(),
  /** The user's own watermark: a logo of the library (their brand kit's), in a corner (core/render/watermark.ts). */
  watermark: z
    .object({ assetId: assetIdSchema, corner: z.enum(WATERMARK_CORNERS), opacity: z.number().finite().min(0).max(1), size: z.number().finite().min(0.05).max(0.5) })
    .optional(),
  target: stagingIdSchema.optional(),
});
export type ExportImagesArgs = z.input<typeof exportImagesArgsSchema>;

/** What an image export wrote (`designs.exportImages`, `templates.fill`). */
const exportImagesResultSchema = z.object({
  ...writtenShape,
  images: z.array(exportedImageSchema),
  /** The set's alt text ("<name>-alt-text.csv": file,alt_text), written when a slide has some. */
  altTextFile: z.string().optional(),
  /** Every image passes its format (or has none to pass). */
  ok: z.boolean(),
  /** About the export as a whole (a page holding a video exports a still of it). */
  notes: z.array(messageSchema),
});

/** The size target of a document PDF by default (LinkedIn takes 100 MB and advises far less). */
export const PDF_DEFAULT_MAX_BYTES = 10_000_000;

export const exportPdfArgsSchema = z.object({
  design: exportImagesArgsSchema.shape.design,
  /** The format shown: a variant id, or null / absent for the master. */
  variant: idSchema.nullable().optional(),
  /**
   * The most bytes the PDF may take (default PDF_DEFAULT_MAX_BYTES): the JPEG quality of the
   * pages is searched so the whole file fits, else the job fails saying how small it got.
   */
  maxBytes: z.number().int().min(100_000).max(2_000_000_000).optional(),
  target: stagingIdSchema.optional(),
});
export type ExportPdfArgs = z.input<typeof exportPdfArgsSchema>;

/** The two qualities of a video export: fast and smaller, or the one to publish. */
export const VIDEO_QUALITIES = ['draft', 'final'] as const;


export const exportVideoArgsSchema = z.object({
  design: exportImagesArgsSchema.shape.design,
  /**
   * A catalog or `user:` video format: the design as that format shows it (its variant, or resized
   * in memory), encoded within that network's limits (frame rate, duration, bytes as a bitrate).
   * Absent: the design's own format.
   */
  formatId: z.string().min(1).max(100).optional(),
  /** draft: faster and smaller; final (default): the quality to publish. */
  quality: z.enum(VIDEO_QUALITIES).optional(),
  /**
   * mp4 (default); gif or webp: the video rendered, then encoded under the size target of the
   * format's network (core/formats/videoLimits.ts GIF_LIMITS; X's when its network has none).
   */
  type: z.enum(VIDEO_FILE_TYPES).optional(),
  /** gif/webp: a size target of its own instead of the network's (bytes). */
  maxBytes: z.number().int().min(10_000).max(2_000_000_000).optional(),
  /**
   * mp4: also write the cover picture beside the video (default true): `<name>-cover.jpg`, the
   * frame at `design.video.coverMs` taken from the MP4 itself, and `<name>-cover-3x4.jpg`, its
   * centre 3:4 crop for Instagram's profile grid.
   */
  cover: z.boolean().optional(),
  target: stagingIdSchema.optional(),
});
export type ExportVideoArgs = z.input<typeof exportVideoArgsSchema>;

export const templateFillArgsSchema = z.object({
  template: templateSourceSchema,
  /** Values by slot name; every required slot must have one (pictures are library assets). */
  values: slotInputsSchema,
  /** A catalog or `user:` format id; absent: the template's own (a bank template's first). */
  formatId: z.string().min(1).max(100).optional(),
  /** The language of the bank's words left unfilled (default English, as the command line speaks). */
  language: uiLanguageSchema.optional(),
  type: z.enum(IMAGE_FILE_TYPES),
  target: stagingIdSchema.optional(),
});

/**
 * Ready-to-post bundle (docs/architecture.md, Posts): the posts named by `postIds`, or planned
 * from `from` to `to` (days, both included), with their media per network, texts, post.json, a
 * README and the schedulers' CSVs, as one zip or a folder (`zip: false`, desktop app and CLI).
 */
export const bundleArgsSchema = z.object({
  postIds: z.array(idSchema).min(1).max(1000).optional(),
  /** Days read in each post's own time zone. */
  from: calendarDaySchema.optional(),
  to: calendarDaySchema.optional(),
  zip: z.boolean(),
  /** The schedulers whose bulk-import CSV is written at the root (core/posts/csv.ts). */
  csv: z.array(z.enum(SCHEDULERS)).max(SCHEDULERS.length),
  /** Where the bundle's folder will be uploaded ('' or absent: URL cells empty, the local file named). */
  mediaBaseUrl: z.string().max(2048).optional(),
  /** Day before month (default) or month before day, for Hootsuite and Sprout Social. */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** The language of the README (default English). */
  language: uiLanguageSchema.optional(),
  target: stagingIdSchema.optional(),
});
export type BundleArgs = z.input<typeof bundleArgsSchema>;

export const bundleResultSchema = z.object({
  ...writtenShape,
  /** The posts bundled, in the bundle's order. */
  posts: z.number().int().min(0),
  /** Every file of the bundle, by its path inside it (`/` separators), sorted. */
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().min(0) })),
  /** A folder (`zip: false`): its full path where it was written. */
  folder: z.string().optional(),
  /** Media that still fail a network rule, a carousel over a network's cap, a CSV not written. */
  notes: z.array(messageSchema),
});

export const jobs = {
  /** The whole library or the brand kit as one zip. */
  'library.exportArchive': {
    args: z.object({ scope: z.enum(ARCHIVE_SCOPES), target: stagingIdSchema.optional() }),
    result: z.object({
      ...writtenShape,
      counts: archiveCountsSchema,
      /** What could not be exported and why (a design damaged beyond its backups, a missing original). */
      skipped: z.array(messageSchema),
    }),
  },
  /** Checks the whole archive first, then merges it; `source` absent: Electron asks for the file. */
  'library.importArchive': {
    args: z.object({ source: stagingIdSchema.optional(), mode: z.enum(BRAND_KIT_MODES).optional() }),
    result: archiveReportSchema,
  },
  /** Pages of a design as images at exact pixel size, checked and fixed for each format. */
  'designs.exportImages': { args: exportImagesArgsSchema, result: exportImagesResultSchema },
  /**
   * A template (bank, user, or a `.affiche` file) filled and exported as images without saving a
   * design: the command line's `templates fill` and `meme`. The same export as designs.exportImages.
   */
  'templates.fill': { args: templateFillArgsSchema, result: exportImagesResultSchema },
  /** Templates (the user's or the bank's) as one template file to share, with the media they use. */
  'templates.export': {
    args: z.object({ ids: z.array(templateIdSchema).min(1).max(500), language: uiLanguageSchema.optional(), target: stagingIdSchema.optional() }),
    result: z.object({ ...writtenShape, count: z.number().int() }),
  },
  /**
   * A carousel as one PDF document (a LinkedIn document): a page per slide at the slide's size
   * (pixels * 0.75 points), pictures of identical slides embedded once, the design's name as its
   * title, the slides' text selectable, the whole under `maxBytes`.
   */
  'designs.exportPdf': {
    args: exportPdfArgsSchema,
    result: z.object({
      ...writtenShape,
      pages: z.number().int().positive(),
      /** Distinct page pictures embedded (identical slides share one). */
      pictures: z.number().int().positive(),
      /** The slides' size in pixels (each page is this * 0.75 points). */
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      /** The JPEG quality the pages were encoded at (lowered from 90 to fit maxBytes). */
      quality: z.number().int().min(1).max(100),
      /** The slides' words are in the PDF as invisible, selectable text over the pictures. */
      selectableText: z.boolean(),
      notes: z.array(messageSchema),
    }),
  },
  /**
   * A video design as one MP4 (H.264 High, yuv420p, constant frame rate, a keyframe every 2 s,
   * AAC 48 kHz stereo, index first), checked with ffprobe before it is renamed into place.
   */
  'designs.exportVideo': {
    args: exportVideoArgsSchema,
    result: z.object({
      ...writtenShape,
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      fps: z.number().int().positive(),
      durationMs: z.number().int().min(0),
      frames: z.number().int().min(0),
      quality: z.enum(VIDEO_QUALITIES),
      /** The format whose limits the file was made within, when one was asked or the design has one. */
      format: z.string().nullable(),
      type: z.enum(VIDEO_FILE_TYPES),
      /** gif/webp: the settings chosen to fit the target ("GIF 480 px, 12 fps, 9.8 MB of 15 MB"). */
      animated: z
        .object({
          width: z.number().int().positive(),
          height: z.number().int().positive(),
          fps: z.number().int().positive(),
          /** The GIF palette's colours (0 for a WebP). */
          colors: z.number().int().min(0),
          /** The WebP quality (0 for a GIF). */
          quality: z.number().int().min(0),
          frames: z.number().int().min(0),
          /** The size target it was made under, and whose it is (a network, or null: asked by the caller). */
          maxBytes: z.number().int().positive(),
          network: z.string().nullable(),
          /** The line a user reads, in their language. */
          summary: messageSchema,
        })
        .optional(),
      /** mp4 with the cover on: the cover pictures written beside the video. */
      cover: z
        .object({
          /** The moment of the video the cover shows (design.video.coverMs on a frame, 0 when absent). */
          atMs: z.number().int().min(0),
          files: z.array(z.object({ ...writtenShape, width: z.number().int().positive(), height: z.number().int().positive(), crop: z.enum(['frame', 'grid']) })),
        })
        .optional(),
      notes: z.array(messageSchema),
    }),
  },
  /**
   * A video file re-encoded to pass a video format (electron/services/video/fix.ts): H.264 High
   * yuv420p CFR, AAC 48 kHz, +faststart, scaled and padded to the format's size, the frame rate
   * clamped, trimmed to the longest duration, the bitrate lowered for a byte cap. `changes` says
   * what changed; `rules` is the written file's preflight.
   */
  'media.fixVideo': {
    args: z.object({ source: stagingIdSchema, formatId: z.string().min(1).max(100), target: stagingIdSchema.optional() }),
    result: z.object({ ...writtenShape, changes: z.array(messageSchema), rules: z.array(ruleResultSchema) }),
  },
  /**
   * The calendar's planned publications as one iCalendar file (core/posts/ics.ts): an event per
   * post and network, `from` and `to` (YYYY-MM-DD) read in each publication's own zone.
   */
  'calendar.exportIcs': {
    args: z.object({ from: calendarDaySchema.optional(), to: calendarDaySchema.optional(), target: stagingIdSchema.optional() }),
    result: z.object({ ...writtenShape, events: z.number().int().min(0) }),
  },
  /** Posts as a ready-to-post bundle: media per network, texts, post.json, README, schedulers' CSVs. */
  'posts.bundle': { args: bundleArgsSchema, result: bundleResultSchema },
  /** A design as a portable `.affiche` file (its JSON and the media and fonts it uses). */
  'designs.exportPortable': {
    args: z.object({ id: idSchema, target: stagingIdSchema.optional() }),
    result: z.object(writtenShape),
  },
} as const;

export type Jobs = typeof jobs;
export type JobType = keyof Jobs;
export const JOB_TYPES = Object.keys(jobs) as JobType[];
export type JobArgsOf<T extends JobType> = z.input<Jobs[T]['args']>;
export type JobParsedArgsOf<T extends JobType> = z.output<Jobs[T]['args']>;
export type JobResultOf<T extends JobType> = z.output<Jobs[T]['result']>;

export function isJobType(value: unknown): value is JobType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(jobs, value);
}

export type JobStartInput = { [T in JobType]: { type: T; args: JobArgsOf<T> } }[JobType];
export type JobStart = { [T in JobType]: { type: T; args: JobParsedArgsOf<T> } }[JobType];

/** `{ type, args }`, the args checked against that job type's schema. */
export const jobStartSchema = z.discriminatedUnion(
  'type',
  JOB_TYPES.map((type) => z.object({ type: z.literal(type), args: jobs[type].args })) as unknown as [z.ZodObject<{ type: z.ZodLiteral<string> }>],
) as unknown as z.ZodType<JobStart, JobStartInput>;

export const JOB_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobIdSchema = z.string().regex(/^j[0-9a-f]{16}$/, 'not a job id');

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** What a `job.progress` event says. `fraction` never goes back; it is 1 only in the job's last event. */
export const jobProgressSchema = z.object({
  id: jobIdSchema,
  type: z.enum(JOB_TYPES as [JobType, ...JobType[]]),
  fraction: z.number().min(0).max(1),
  /** What it is doing now ("Media 3 of 120: photo.jpg"). */
  stage: messageSchema.optional(),
  /** Milliseconds left, when the job can tell. */
  etaMs: z.number().int().min(0).optional(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobSummarySchema = jobProgressSchema.extend({
  status: z.enum(JOB_STATUSES),
  /** What the tray shows: "Export of Soldes d’été". */
  title: messageSchema,
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  /** The job's result (its type's `result` schema) once done. */
  result: z.unknown().optional(),
  /** Why it failed. */
  error: apiErrorSchema.optional(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;
