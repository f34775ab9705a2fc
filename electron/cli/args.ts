/** Command-line parsing for `affiche`: strict, with messages that say what to type instead. */
import { parseArgs } from 'node:util';
import { imageFileTypeNamed, type ImageFileType } from '../../core/files/imageTypes';
import { ASSET_KINDS, type AssetKind } from '../../core/schema/constants';
import { findFormat } from '../../core/formats/catalog';
import type { Network } from '../../core/formats/constants';
import type { PostStatus } from '../../core/schema/posts';
import type { Scheduler } from '../../core/posts/scheduleRows';
import { parseBundleCommand, parseCalendarCommand, parsePostsCommand } from './postArgs';

export class CliUsageError extends Error {
  /** The exit code when it is not the command's usual one for a user error. */
  readonly exitCode?: number;
  constructor(message: string, exitCode?: number) {
    super(message);
    this.name = 'CliUsageError';
    this.exitCode = exitCode;
  }
}

/** `--format all-variants`: the master and every variant saved in the design. */
export const ALL_VARIANTS = 'all-variants';

/** What `render --format` asked for: catalog ids in the order given, and/or every saved variant. */
export interface FormatRequest {
  ids: string[];
  allVariants: boolean;
}

export type HelpTopic = 'formats' | 'render' | 'preflight' | 'library' | 'templates' | 'meme' | 'carousel' | 'captions' | 'calendar' | 'posts' | 'bundle';
const HELP_TOPICS: readonly string[] = ['formats', 'render', 'preflight', 'library', 'templates', 'meme', 'carousel', 'captions', 'calendar', 'posts', 'bundle'] satisfies HelpTopic[];

/** `--set name=value`, in the order given. */
export interface SlotSetting {
  name: string;
  value: string;
}


export type Command =
  | { name: 'help'; topic?: HelpTopic }
  | { name: 'version' }
  | { name: 'formats'; json: boolean; library?: string }
  | {
      name: 'render';
      source: string;
      /** The folder of images (a numbered set); absent when only a PDF is asked for. */
      out?: string;
      type: ImageFileType;
      page?: number;
      library?: string;
      formats?: FormatRequest;
      split?: boolean;
      /** The PDF document to write, and its size target in bytes. */
      pdf?: string;
      maxBytes?: number;
      /** A video design's MP4: draft or final (default). */
      quality?: 'draft' | 'final';
      /** Options given explicitly that a video design's MP4 has no use for (refused then). */
      imageOnly?: string[];
      /** `--type` as given (lower case, no dot): checked against the design's kind once it is read. */
      typeGiven?: string;
      /** `--type` when it names a video file type (mp4, gif; webp is both). */
      videoType?: 'mp4' | 'gif' | 'webp';
      /** `--no-cover`: a video design's MP4 without its cover pictures. */
      noCover?: boolean;
    }
  | { name: 'preflight'; file: string; format: string; fix: boolean; out?: string; crop?: 'center' | { x: number; y: number } }
  | { name: 'library-import'; paths: string[]; tags: string[]; library?: string }
  | { name: 'library-list'; json: boolean; query?: string; tags: string[]; type?: AssetKind; library?: string }
  | { name: 'library-export'; file: string; brandKit: boolean; json: boolean; library?: string }
  | { name: 'library-import-archive'; file: string; replaceBrandKit: boolean; json: boolean; library?: string }
  | { name: 'templates-list'; json: boolean; query?: string; tags: string[]; library?: string }
  | { name: 'templates-fill'; template: string; sets: SlotSetting[]; out: string; type: ImageFileType; format?: string; library?: string }
  | {
      name: 'meme';
      picture: string;
      top?: string;
      bottom?: string;
      layout: string;
      out: string;
      type: ImageFileType;
      /** What a meme over a clip writes: from --type (mp4, gif, webp), else the --out extension, else MP4. */
      videoType: MemeVideoType;
      format?: string;
      library?: string;
    }
  | { name: 'templates-import'; file: string; picture?: string; json: boolean; library?: string }
  | { name: 'templates-export'; ids: string[]; out: string; library?: string }
  | { name: 'carousel-split'; source: string; out: string; type: ImageFileType; library?: string }
  /** `source` is a text file, or '-' for stdin. */
  | { name: 'carousel-from-text'; source: string; out: string; template?: string; format?: string; library?: string }
  | { name: 'captions-import'; design: string; file: string; library?: string }
  | { name: 'captions-export'; design: string; out: string; library?: string }
  | { name: 'calendar-export'; ics: string; from?: string; to?: string; library?: string }
  | {
      name: 'posts-add';
      /** A .affiche file (imported into the library first) or a design id. */
      design: string;
      networks: Network[];
      caption: string;
      title?: string;
      /** The local date and time typed, YYYY-MM-DDTHH:mm; absent: not planned yet. */
      at?: string;
      /** The IANA zone of `at`; absent: the editorial line's. */
      tz?: string;
      /** One per picture, in order. */
      altTexts: string[];
      hashtags: string[];
      firstComment?: string;
      link?: string;
      status: PostStatus;
      json: boolean;
      library?: string;
    }
  | { name: 'posts-list'; json: boolean; from?: string; to?: string; status?: PostStatus[]; library?: string }
  | {
      name: 'bundle';
      /** The posts named, or a range of days (`from`, `to`). */
      postIds: string[];
      from?: string;
      to?: string;
      /** A `.zip` file, else a folder (absent or empty). */
      out: string;
      csv: Scheduler[];
      mediaBaseUrl?: string;
      dateOrder?: 'dmy' | 'mdy';
      json: boolean;
      library?: string;
    };

export type ParseOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

export function parse<O extends ParseOptions>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    // "Unknown option '-x.png'": a file whose name starts with '-' goes after '--', like in any command.
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) {
      throw new CliUsageError(
        `unknown option "${unknown[1]}" (see "affiche --help"); a file whose name starts with "-" goes at the end, after "--": affiche ${args.length ? '... ' : ''}-- "${unknown[1]}"`,
      );
    }
    throw new CliUsageError(`${message.replace(/\. To specify a positional argument.*$/, '')} (see "affiche --help")`);
  }
}

/** What follows "--" is never an option: a file named "-h" is a file. */
function beforeTerminator(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
}

/** `--crop center` or `--crop X,Y` (the focal point as fractions of the width and height). */
function parseCrop(value: unknown): 'center' | { x: number; y: number } {
  const text = String(value).trim().toLowerCase();
  if (text === 'center' || text === 'centre') return 'center';
  const parts = text.split(',').map((part) => Number(part.trim()));
  if (parts.length === 2 && parts.every((n) => Number.isFinite(n) && n >= 0 && n <= 1)) return { x: parts[0], y: parts[1] };
  throw new CliUsageError(`--crop must be "center" or a focal point X,Y with fractions from 0 to 1, e.g. --crop 0.3,0.5 (got "${String(value)}")`);
}

/**
 * `--format a,b --format c`: ids of the catalog, or `all-variants`. An unknown id exits 2, as it
 * does for `preflight --format`: the same id typed to either command fails the same way, and a
 * script can tell "this format does not exist (any more)" from an ordinary usage mistake.
 */
function parseFormatList(values: string[]): FormatRequest {
  const request: FormatRequest = { ids: [], allVariants: false };
  for (const id of values.flatMap((value) => value.split(',')).map((id) => id.trim())) {
    if (id === '') continue;
    if (id === ALL_VARIANTS) request.allVariants = true;
    else if (!findFormat(id)) throw new CliUsageError(`unknown format "${id}" (the ids are listed by "affiche formats")`, 2);
    else if (!request.ids.includes(id)) request.ids.push(id);
  }
  if (request.ids.length === 0 && !request.allVariants) {
    throw new CliUsageError(`--format needs format ids separated by commas, or ${ALL_VARIANTS} (the ids are listed by "affiche formats")`);
  }
  return request;
}

/** `--max-bytes 5000000`, `5MB`, `5mb`, `800KB`: a PDF's size target (MB and KB in thousands, as LinkedIn counts). */
function parseByteCount(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(kb|mb|gb)?\s*$/i.exec(text);
  const unit = { kb: 1e3, mb: 1e6, gb: 1e9 }[(match?.[2] ?? '').toLowerCase() as 'kb'] ?? 1;
  const bytes = match ? Math.round(Number(match[1]) * unit) : NaN;
  if (!Number.isFinite(bytes) || bytes < 100_000 || bytes > 2_000_000_000) {
    throw new CliUsageError(`--max-bytes must be a size from 100000 bytes to 2GB, e.g. 10000000 or 10MB (got "${text}")`);
  }
  return bytes;
}

/** When options were put after "--" (where they are file names), say so. */
function optionsAfterTerminator(args: readonly string[]): string {
  const end = args.indexOf('--');
  return end !== -1 && args.slice(end + 1).some((arg) => /^--?[a-z]/i.test(arg)) ? '; options go before "--", files after it' : '';
}

export function parseCommandLine(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { name: 'help' };
    if (HELP_TOPICS.includes(topic)) return { name: 'help', topic: topic as HelpTopic };
    throw new CliUsageError(`no help for "${topic}": the commands are formats, render, preflight, library, templates, meme, carousel, captions, calendar, posts and bundle`);
  }
  if (beforeTerminator(rest).includes('--help') || beforeTerminator(rest).includes('-h')) {
    if (HELP_TOPICS.includes(first)) return { name: 'help', topic: first as HelpTopic };
  }
  switch (first) {
    case 'formats': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' }, library: { type: 'string' } });
      if (positionals.length > 0) throw new CliUsageError(`formats takes no argument (got "${positionals[0]}")`);
      if (values.library === '') throw new CliUsageError('--library needs a folder (the library to list your own formats from)');
      // Only with --library: without it the output stays the catalog alone, as scripts expect.
      return { name: 'formats', json: Boolean(values.json), ...(typeof values.library === 'string' ? { library: values.library } : {}) };
    }
    case 'render': {
      const { values, positionals } = parse(rest, {
        out: { type: 'string', short: 'o' },
        type: { type: 'string', short: 't' },
        page: { type: 'string', short: 'p' },
        library: { type: 'string' },
        format: { type: 'string', short: 'f', multiple: true },
        split: { type: 'boolean' },
        pdf: { type: 'string' },
        'max-bytes': { type: 'string' },
        quality: { type: 'string' },
        'no-cover': { type: 'boolean' },
      });
      if (values.quality !== undefined && values.quality !== 'draft' && values.quality !== 'final') {
        throw new CliUsageError(`--quality must be draft or final (got "${values.quality}")`);
      }
      if (positionals.length !== 1) {
        throw new CliUsageError(`render needs exactly one design: a .affiche file or a design id (see "affiche render --help")${optionsAfterTerminator(rest)}`);
      }
      if (values.pdf === '') throw new CliUsageError('--pdf needs a file name (the PDF document to write)');
      const pdf = typeof values.pdf === 'string' ? values.pdf : undefined;
      const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined;
      if (!out && !pdf) throw new CliUsageError('render needs --out DIR (the folder to write images into) or --pdf FILE (one PDF document)');
      let maxBytes: number | undefined;
      if (values['max-bytes'] !== undefined) {
        if (!pdf) throw new CliUsageError('--max-bytes goes with --pdf (the PDF\'s size target)');
        maxBytes = parseByteCount(String(values['max-bytes']));
      }
      if (!out) {
        // The PDF holds every page as the design shows it: the image options have nothing to act on.
        for (const [option, given] of [['--format', values.format], ['--page', values.page], ['--type', values.type], ['--split', values.split]] as const) {
          if (given !== undefined) throw new CliUsageError(`${option} goes with --out DIR (images); the PDF holds every page of the design as it is`);
        }
      }
      // An image type, or a video file type: which one applies is known once the design is read.
      const typeGiven = typeof values.type === 'string' ? values.type.trim().toLowerCase().replace(/^\./, '') : undefined;
      const videoType = typeGiven === 'mp4' || typeGiven === 'gif' || typeGiven === 'webp' ? typeGiven : undefined;
      const imageType = imageFileTypeNamed(typeGiven ?? 'png');
      if (!imageType && !videoType) throw new CliUsageError(`--type must be png, jpg or webp (images) or mp4, gif or webp (a video design) (got "${values.type}")`);
      const type = imageType ?? 'png';
      let page: number | undefined;
      if (values.page !== undefined) {
        page = Number(values.page);
        if (!Number.isInteger(page) || page < 1) throw new CliUsageError(`--page must be a page number from 1 (got "${values.page}")`);
      }
      return {
        name: 'render',
        source: positionals[0],
        ...(out ? { out } : {}),
        ...(pdf ? { pdf } : {}),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        type,
        page,
        library: typeof values.library === 'string' ? values.library : undefined,
        formats: Array.isArray(values.format) ? parseFormatList(values.format as string[]) : undefined,
        ...(values.split ? { split: true } : {}),
        ...(values.quality ? { quality: values.quality as 'draft' | 'final' } : {}),
        imageOnly: ([['--page', values.page], ['--split', values.split]] as const).filter(([, given]) => given !== undefined).map(([option]) => option),
        ...(typeGiven !== undefined ? { typeGiven } : {}),
        ...(videoType ? { videoType } : {}),
        ...(values['no-cover'] ? { noCover: true } : {}),
      };
    }
    case 'preflight': {
      const { values, positionals } = parse(rest, {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        crop: { type: 'string' },
      });
      if (positionals.length !== 1) throw new CliUsageError(`preflight needs exactly one image or video file (see "affiche preflight --help")${optionsAfterTerminator(rest)}`);
      if (typeof values.format !== 'string' || values.format === '') {
        throw new CliUsageError('preflight needs --format ID (the ids are listed by "affiche formats")');
      }
      const format = findFormat(values.format);
      if (!format) throw new CliUsageError(`unknown format "${values.format}" (the ids are listed by "affiche formats")`);
      if (format.kind === 'document') {
        throw new CliUsageError(`${format.id} is a ${format.kind} format; preflight checks images and videos`);
      }
      const fix = Boolean(values.fix);
      const out = typeof values.out === 'string' && values.out !== '' ? values.out : undefined;
      if (fix && !out) throw new CliUsageError('--fix needs --out FILE (where to write the fixed image)');
      if (out && !fix) throw new CliUsageError('--out goes with --fix (preflight alone writes nothing)');
      if (values.crop !== undefined && !fix) throw new CliUsageError('--crop goes with --fix (it crops the fixed copy)');
      if (values.crop !== undefined && format.kind === 'video') throw new CliUsageError('--crop is for images; a video is fitted inside the format on bars, never cropped');
      const crop = values.crop !== undefined ? parseCrop(values.crop) : undefined;
      return { name: 'preflight', file: positionals[0], format: format.id, fix, out, ...(crop ? { crop } : {}) };
    }
    case 'library':
      return parseLibraryCommand(rest);
    case 'templates':
      return parseTemplatesCommand(rest);
    case 'carousel':
      return parseCarouselCommand(rest);
    case 'captions':
      return parseCaptionsCommand(rest);
    case 'calendar':
      return parseCalendarCommand(rest);
    case 'posts':
      return parsePostsCommand(rest);
    case 'bundle':
      return parseBundleCommand(rest);
    case 'meme': {
      const { values, positionals } = parse(rest, {
        top: { type: 'string' },
        bottom: { type: 'string' },
        layout: { type: 'string', short: 'l' },
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        type: { type: 'string', short: 't' },
        library: { type: 'string' },
      });
      if (positionals.length !== 1) throw new CliUsageError(`meme needs exactly one picture (see "affiche help meme")${optionsAfterTerminator(rest)}`);
      const out = outOf(values.out, 'meme');
      return {
        name: 'meme',
        picture: positionals[0],
        ...(typeof values.top === 'string' ? { top: values.top } : {}),
        ...(typeof values.bottom === 'string' ? { bottom: values.bottom } : {}),
        layout: typeof values.layout === 'string' && values.layout !== '' ? values.layout : 'bank:classic',
        out,
        type: values.type === 'mp4' || values.type === 'gif' ? outputType(undefined, out) : outputType(values.type, out),
        videoType: memeVideoType(values.type, out),
        ...formatOf(values.format),
        ...libraryOption(values.library),
      };
    }
    default:
      throw new CliUsageError(`unknown command "${first}": the commands are formats, render, preflight, library, templates, meme, carousel, captions, calendar, posts and bundle (see "affiche --help")`);
  }
}

/**
 * `carousel split <design> --out DIR`: a panorama's slides as numbered images;
 * `carousel from-text <file.txt|-> --out FILE.affiche [--template ID] [--format ID]`: text to carousel.
 */
function parseCarouselCommand(args: string[]): Command {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'split': {
      const { values, positionals } = parse(rest, { out: { type: 'string', short: 'o' }, type: { type: 'string', short: 't' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError(`carousel split needs exactly one design: a .affiche file or a design id (see "affiche help carousel")${optionsAfterTerminator(rest)}`);
      if (typeof values.out !== 'string' || values.out === '') throw new CliUsageError('carousel split needs --out DIR (the folder to write the slides into)');
      const type = imageFileTypeNamed(typeof values.type === 'string' ? values.type : 'png');
      if (!type) throw new CliUsageError(`--type must be png, jpg or webp (got "${values.type}")`);
      return { name: 'carousel-split', source: positionals[0], out: values.out, type, ...libraryOption(values.library) };
    }
    case 'from-text': {
      const { values, positionals } = parse(rest, { out: { type: 'string', short: 'o' }, template: { type: 'string' }, format: { type: 'string', short: 'f' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError(`carousel from-text needs exactly one text file, or - to read the text from stdin${optionsAfterTerminator(rest)}`);
      if (typeof values.out !== 'string' || values.out === '') throw new CliUsageError('carousel from-text needs --out FILE (the .affiche file to write, e.g. tips.affiche)');
      if (!values.out.toLowerCase().endsWith('.affiche')) throw new CliUsageError(`--out must name a .affiche file (got "${values.out}")`);
      if (values.template === '') throw new CliUsageError('--template needs a template id (see "affiche templates list --query carousel")');
      return {
        name: 'carousel-from-text',
        source: positionals[0],
        out: values.out,
        ...(typeof values.template === 'string' ? { template: values.template } : {}),
        ...formatOf(values.format),
        ...libraryOption(values.library),
      };
    }
    case undefined:
    case '--help':
    case '-h':
      return { name: 'help', topic: 'carousel' };
    default:
      throw new CliUsageError(`unknown carousel command "${sub}": use "carousel split" or "carousel from-text" (see "affiche help carousel")`);
  }
}

/**
 * `captions import <design> <file.srt|.vtt>`: a caption file onto a video's lane (the design is written);
 * `captions export <design> --out FILE.srt|.vtt`: the lane as a caption file.
 */
function parseCaptionsCommand(args: string[]): Command {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'import': {
      const { values, positionals } = parse(rest, { library: { type: 'string' } });
      if (positionals.length !== 2) throw new CliUsageError(`captions import needs a design (a .affiche file or a design id) and a caption file (.srt or .vtt)${optionsAfterTerminator(rest)}`);
      return { name: 'captions-import', design: positionals[0], file: positionals[1], ...libraryOption(values.library) };
    }
    case 'export': {
      const { values, positionals } = parse(rest, { out: { type: 'string', short: 'o' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError(`captions export needs exactly one design: a .affiche file or a design id${optionsAfterTerminator(rest)}`);
      if (typeof values.out !== 'string' || values.out === '') throw new CliUsageError('captions export needs --out FILE (the .srt or .vtt file to write)');
      return { name: 'captions-export', design: positionals[0], out: values.out, ...libraryOption(values.library) };
    }
    case undefined:
    case '--help':
    case '-h':
      return { name: 'help', topic: 'captions' };
    default:
      throw new CliUsageError(`unknown captions command "${sub}": use "captions import" or "captions export" (see "affiche help captions")`);
  }
}


export function libraryOption(value: unknown): { library?: string } {
  if (value === '') throw new CliUsageError('--library needs a folder');
  return typeof value === 'string' ? { library: value } : {};
}

function outOf(value: unknown, command: string): string {
  if (typeof value !== 'string' || value === '') throw new CliUsageError(`${command} needs --out FILE (the picture to write, e.g. meme.png)`);
  return value;
}

export const MEME_VIDEO_TYPES = ['mp4', 'gif', 'webp'] as const;
export type MemeVideoType = (typeof MEME_VIDEO_TYPES)[number];

/** A meme over a clip: `--type` mp4, gif or webp, else the --out file's extension, else MP4. */
function memeVideoType(value: unknown, out: string): MemeVideoType {
  const named = (word: string | undefined) => MEME_VIDEO_TYPES.find((type) => type === word?.toLowerCase());
  if (typeof value === 'string') return named(value) ?? 'mp4';
  return named(/\.([a-z0-9]+)$/i.exec(out)?.[1]) ?? 'mp4';
}

/** `--type`, else the --out file's extension (meme.jpg), else PNG. */
function outputType(value: unknown, out: string): ImageFileType {
  if (typeof value === 'string') {
    const type = imageFileTypeNamed(value);
    if (!type) throw new CliUsageError(`--type must be png, jpg or webp (got "${value}")`);
    return type;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(out)?.[1];
  return (extension && imageFileTypeNamed(extension)) || 'png';
}

/** `--format ID`: one catalog id (a user format's user:<id> is checked by the backend). */
function formatOf(value: unknown): { format?: string } {
  if (value === undefined) return {};
  const id = String(value).trim();
  if (id === '') throw new CliUsageError('--format needs a format id (the ids are listed by "affiche formats")');
  if (!id.startsWith('user:') && !findFormat(id)) throw new CliUsageError(`unknown format "${id}" (the ids are listed by "affiche formats")`);
  return { format: id };
}

/** `--set name=value`: the slot name before the first "=", the value (words, a picture's path, #rrggbb) after it. */
function parseSet(value: string): SlotSetting {
  const at = value.indexOf('=');
  const name = at === -1 ? '' : value.slice(0, at).trim();
  if (name === '') throw new CliUsageError(`--set needs SLOT=VALUE, e.g. --set top="WHEN IT WORKS" or --set picture=photo.jpg (got "${value}")`);
  return { name, value: value.slice(at + 1) };
}

/** `affiche templates list|fill|import|export ...` */
function parseTemplatesCommand(rest: string[]): Command {
  const [sub, ...args] = rest;
  switch (sub) {
    case 'list': {
      const { values, positionals } = parse(args, {
        json: { type: 'boolean' },
        query: { type: 'string', short: 'q' },
        tag: { type: 'string', short: 't', multiple: true },
        library: { type: 'string' },
      });
      if (positionals.length > 0) throw new CliUsageError(`templates list takes no argument (got "${positionals[0]}"; search with --query)`);
      return {
        name: 'templates-list',
        json: Boolean(values.json),
        tags: Array.isArray(values.tag) ? (values.tag as string[]) : [],
        ...(typeof values.query === 'string' ? { query: values.query } : {}),
        ...libraryOption(values.library),
      };
    }
    case 'fill': {
      const { values, positionals } = parse(args, {
        set: { type: 'string', short: 's', multiple: true },
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        type: { type: 'string', short: 't' },
        library: { type: 'string' },
      });
      if (positionals.length !== 1) throw new CliUsageError(`templates fill needs exactly one template: an id from "affiche templates list" or a .affiche file${optionsAfterTerminator(args)}`);
      const out = outOf(values.out, 'templates fill');
      const sets = (Array.isArray(values.set) ? (values.set as string[]) : []).map(parseSet);
      const seen = new Set<string>();
      for (const { name } of sets) {
        const key = name.toLocaleLowerCase('en');
        if (seen.has(key)) throw new CliUsageError(`--set ${name}=... is given twice`);
        seen.add(key);
      }
      return { name: 'templates-fill', template: positionals[0], sets, out, type: outputType(values.type, out), ...formatOf(values.format), ...libraryOption(values.library) };
    }
    case 'import': {
      const { values, positionals } = parse(args, { json: { type: 'boolean' }, picture: { type: 'string' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError('templates import needs exactly one file: a template file (.zip) or a memegen config.yml');
      const picture = typeof values.picture === 'string' && values.picture !== '' ? { picture: values.picture } : {};
      return { name: 'templates-import', file: positionals[0], ...picture, json: Boolean(values.json), ...libraryOption(values.library) };
    }
    case 'export': {
      const { values, positionals } = parse(args, { out: { type: 'string', short: 'o' }, library: { type: 'string' } });
      if (positionals.length === 0) throw new CliUsageError('templates export needs template ids (from "affiche templates list")');
      if (typeof values.out !== 'string' || values.out === '') throw new CliUsageError('templates export needs --out FILE (the template file to write, e.g. memes.zip)');
      return { name: 'templates-export', ids: positionals, out: values.out, ...libraryOption(values.library) };
    }
    case undefined:
    case '--help':
    case '-h':
      return { name: 'help', topic: 'templates' };
    default:
      throw new CliUsageError(`unknown templates command "${sub}": use "templates list", "fill", "import" or "export" (see "affiche help templates")`);
  }
}

/** `affiche library import|list|export|import-archive ...` */
function parseLibraryCommand(rest: string[]): Command {
  const [sub, ...args] = rest;
  const libraryOf = (value: unknown) => {
    if (value === '') throw new CliUsageError('--library needs a folder');
    return typeof value === 'string' ? { library: value } : {};
  };
  const tagsOf = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  switch (sub) {
    case 'import': {
      const { values, positionals } = parse(args, { tag: { type: 'string', short: 't', multiple: true }, library: { type: 'string' } });
      if (positionals.length === 0) throw new CliUsageError('library import needs files or folders to import (see "affiche help library")');
      const tags = tagsOf(values.tag);
      if (tags.some((tag) => tag.trim().replace(/^#+/, '') === '')) throw new CliUsageError('--tag needs a tag');
      return { name: 'library-import', paths: positionals, tags, ...libraryOf(values.library) };
    }
    case 'list': {
      const { values, positionals } = parse(args, {
        json: { type: 'boolean' },
        query: { type: 'string', short: 'q' },
        tag: { type: 'string', short: 't', multiple: true },
        type: { type: 'string' },
        library: { type: 'string' },
      });
      if (positionals.length > 0) throw new CliUsageError(`library list takes no argument (got "${positionals[0]}"; search with --query)`);
      const type = values.type;
      if (type !== undefined && !(ASSET_KINDS as readonly unknown[]).includes(type)) {
        throw new CliUsageError(`--type must be ${ASSET_KINDS.join(', ')} (got "${String(type)}")`);
      }
      return {
        name: 'library-list',
        json: Boolean(values.json),
        tags: tagsOf(values.tag),
        ...(typeof values.query === 'string' ? { query: values.query } : {}),
        ...(type !== undefined ? { type: type as AssetKind } : {}),
        ...libraryOf(values.library),
      };
    }
    case 'export': {
      const { values, positionals } = parse(args, { 'brand-kit': { type: 'boolean' }, json: { type: 'boolean' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError('library export needs exactly one file to write, e.g. backup.zip (see "affiche help library")');
      return { name: 'library-export', file: positionals[0], brandKit: Boolean(values['brand-kit']), json: Boolean(values.json), ...libraryOf(values.library) };
    }
    case 'import-archive': {
      const { values, positionals } = parse(args, { 'replace-brand-kit': { type: 'boolean' }, json: { type: 'boolean' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError('library import-archive needs exactly one archive, e.g. backup.zip (see "affiche help library")');
      return {
        name: 'library-import-archive',
        file: positionals[0],
        replaceBrandKit: Boolean(values['replace-brand-kit']),
        json: Boolean(values.json),
        ...libraryOf(values.library),
      };
    }
    case undefined:
    case '--help':
    case '-h':
      return { name: 'help', topic: 'library' };
    default:
      throw new CliUsageError(`unknown library command "${sub}": use "library import", "list", "export" or "import-archive" (see "affiche help library")`);
  }
}

