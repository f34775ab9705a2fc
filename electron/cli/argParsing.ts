/**
 * What every command's argument parsing shares: the usage error, strict parsing with messages that
 * say what to type instead, and the options several commands take (--out, --type, --format, --library).
 */
import { parseArgs } from 'node:util';
import { imageFileTypeNamed, type ImageFileType } from '../../core/files/imageTypes';
import { findFormat } from '../../core/formats/catalog';

export class CliUsageError extends Error {
  /** The exit code when it is not the command's usual one for a user error. */
  readonly exitCode?: number;
  constructor(message: string, exitCode?: number) {
    super(message);
    this.name = 'CliUsageError';
    this.exitCode = exitCode;
  }
}

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
export function beforeTerminator(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
}

/** When options were put after "--" (where they are file names), say so. */
export function optionsAfterTerminator(args: readonly string[]): string {
  const end = args.indexOf('--');
  return end !== -1 && args.slice(end + 1).some((arg) => /^--?[a-z]/i.test(arg)) ? '; options go before "--", files after it' : '';
}

export function libraryOption(value: unknown): { library?: string } {
  if (value === '') throw new CliUsageError('--library needs a folder');
  return typeof value === 'string' ? { library: value } : {};
}

export function outOf(value: unknown, command: string): string {
  if (typeof value !== 'string' || value === '') throw new CliUsageError(`${command} needs --out FILE (the picture to write, e.g. meme.png)`);
  return value;
}

/** `--type`, else the --out file's extension (meme.jpg), else PNG. */
export function outputType(value: unknown, out: string): ImageFileType {
  if (typeof value === 'string') {
    const type = imageFileTypeNamed(value);
    if (!type) throw new CliUsageError(`--type must be png, jpg or webp (got "${value}")`);
    return type;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(out)?.[1];
  return (extension && imageFileTypeNamed(extension)) || 'png';
}

/** `--format ID`: one catalog id (a user format's user:<id> is checked by the backend). */
export function formatOf(value: unknown): { format?: string } {
  if (value === undefined) return {};
  const id = String(value).trim();
  if (id === '') throw new CliUsageError('--format needs a format id (the ids are listed by "affiche formats")');
  if (!id.startsWith('user:') && !findFormat(id)) throw new CliUsageError(`unknown format "${id}" (the ids are listed by "affiche formats")`);
  return { format: id };
}
