/** The media commands' arguments: `meme`, `carousel split|from-text`, `captions import|export`. */
import { imageFileTypeNamed } from '../../core/files/imageTypes';
import { CliUsageError, formatOf, libraryOption, optionsAfterTerminator, outOf, outputType, parse } from './argParsing';
import { MEME_VIDEO_TYPES, type Command, type MemeVideoType } from './command';

/** `meme <picture> [--top T] [--bottom B] [--layout ID] --out FILE [--format ID] [--type png|jpg|webp|mp4|gif]`. */
export function parseMemeCommand(rest: string[]): Command {
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

/** A meme over a clip: `--type` mp4, gif or webp, else the --out file's extension, else MP4. */
function memeVideoType(value: unknown, out: string): MemeVideoType {
  const named = (word: string | undefined) => MEME_VIDEO_TYPES.find((type) => type === word?.toLowerCase());
  if (typeof value === 'string') return named(value) ?? 'mp4';
  return named(/\.([a-z0-9]+)$/i.exec(out)?.[1]) ?? 'mp4';
}

/**
 * `carousel split <design> --out DIR`: a panorama's slides as numbered images;
 * `carousel from-text <file.txt|-> --out FILE.affiche [--template ID] [--format ID]`: text to carousel.
 */
export function parseCarouselCommand(args: string[]): Command {
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
export function parseCaptionsCommand(args: string[]): Command {
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
