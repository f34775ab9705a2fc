/**
 * Command-line parsing for `affiche`: strict, with messages that say what to type instead. This file
 * reads the command's name and the image commands (formats, render, preflight); each family of
 * commands has its own file (libraryArgs, mediaArgs, postArgs).
 */
import { imageFileTypeNamed } from '../../core/files/imageTypes';
import { findFormat } from '../../core/formats/catalog';
import { beforeTerminator, CliUsageError, optionsAfterTerminator, parse } from './argParsing';
import { ALL_VARIANTS, HELP_TOPICS, type Command, type FormatRequest, type HelpTopic } from './command';
import { parseLibraryCommand, parseTemplatesCommand } from './libraryArgs';
import { parseCaptionsCommand, parseCarouselCommand, parseMemeCommand } from './mediaArgs';
import { parseBundleCommand, parseCalendarCommand, parsePostsCommand } from './postArgs';

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
    case 'meme':
      return parseMemeCommand(rest);
    default:
      throw new CliUsageError(`unknown command "${first}": the commands are formats, render, preflight, library, templates, meme, carousel, captions, calendar, posts and bundle (see "affiche --help")`);
  }
}
