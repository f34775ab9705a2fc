/** Command-line parsing for `affiche`: strict, with messages that say what to type instead. */
import { parseArgs } from 'node:util';
import type { ImageType } from '../services/render/nodeRenderer';

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export type HelpTopic = 'formats' | 'render';

export type Command =
  | { name: 'help'; topic?: HelpTopic }
  | { name: 'version' }
  | { name: 'formats'; json: boolean }
  | { name: 'render'; source: string; out: string; type: ImageType; page?: number; library?: string };

const TYPES: Record<string, ImageType> = { png: 'png', jpg: 'jpg', jpeg: 'jpg', webp: 'webp' };

type ParseOptions = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

function parse<O extends ParseOptions>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/, '')} (see "affiche --help")`);
  }
}

export function parseCommandLine(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { name: 'help' };
    if (topic === 'formats' || topic === 'render') return { name: 'help', topic };
    throw new CliUsageError(`no help for "${topic}": the commands are formats and render`);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    if (first === 'formats' || first === 'render') return { name: 'help', topic: first };
  }
  switch (first) {
    case 'formats': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' } });
      if (positionals.length > 0) throw new CliUsageError(`formats takes no argument (got "${positionals[0]}")`);
      return { name: 'formats', json: Boolean(values.json) };
    }
    case 'render': {
      const { values, positionals } = parse(rest, {
        out: { type: 'string', short: 'o' },
        type: { type: 'string', short: 't' },
        page: { type: 'string', short: 'p' },
        library: { type: 'string' },
      });
      if (positionals.length !== 1) {
        throw new CliUsageError('render needs exactly one design: a .affiche file or a design id (see "affiche render --help")');
      }
      if (typeof values.out !== 'string' || values.out === '') throw new CliUsageError('render needs --out DIR (the folder to write images into)');
      const typeName = (typeof values.type === 'string' ? values.type : 'png').toLowerCase();
      const type = TYPES[typeName];
      if (!type) throw new CliUsageError(`--type must be png, jpg or webp (got "${values.type}")`);
      let page: number | undefined;
      if (values.page !== undefined) {
        page = Number(values.page);
        if (!Number.isInteger(page) || page < 1) throw new CliUsageError(`--page must be a page number from 1 (got "${values.page}")`);
      }
      return {
        name: 'render',
        source: positionals[0],
        out: values.out,
        type,
        page,
        library: typeof values.library === 'string' ? values.library : undefined,
      };
    }
    default:
      throw new CliUsageError(`unknown command "${first}": the commands are formats and render (see "affiche --help")`);
  }
}
