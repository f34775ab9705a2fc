/** The library's commands' arguments: `library import|list|export|import-archive` and `templates list|fill|import|export`. */
import { ASSET_KINDS, type AssetKind } from '../../core/schema/constants';
import { CliUsageError, formatOf, libraryOption, optionsAfterTerminator, outOf, outputType, parse, type ParseOptions } from './argParsing';
import type { Command, SlotSetting } from './command';

/** What `library list` and `templates list` both take: --json, --query, --tag (repeated), --library. */
const LIST_OPTIONS = {
  json: { type: 'boolean' },
  query: { type: 'string', short: 'q' },
  tag: { type: 'string', short: 't', multiple: true },
  library: { type: 'string' },
} as const satisfies ParseOptions;

/** `affiche library import|list|export|import-archive ...` */
export function parseLibraryCommand(rest: string[]): Command {
  const [sub, ...args] = rest;
  const tagsOf = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
  switch (sub) {
    case 'import': {
      const { values, positionals } = parse(args, { tag: { type: 'string', short: 't', multiple: true }, library: { type: 'string' } });
      if (positionals.length === 0) throw new CliUsageError('library import needs files or folders to import (see "affiche help library")');
      const tags = tagsOf(values.tag);
      if (tags.some((tag) => tag.trim().replace(/^#+/, '') === '')) throw new CliUsageError('--tag needs a tag');
      return { name: 'library-import', paths: positionals, tags, ...libraryOption(values.library) };
    }
    case 'list': {
      const { values, positionals } = parse(args, { ...LIST_OPTIONS, type: { type: 'string' } });
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
        ...libraryOption(values.library),
      };
    }
    case 'export': {
      const { values, positionals } = parse(args, { 'brand-kit': { type: 'boolean' }, json: { type: 'boolean' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError('library export needs exactly one file to write, e.g. backup.zip (see "affiche help library")');
      return { name: 'library-export', file: positionals[0], brandKit: Boolean(values['brand-kit']), json: Boolean(values.json), ...libraryOption(values.library) };
    }
    case 'import-archive': {
      const { values, positionals } = parse(args, { 'replace-brand-kit': { type: 'boolean' }, json: { type: 'boolean' }, library: { type: 'string' } });
      if (positionals.length !== 1) throw new CliUsageError('library import-archive needs exactly one archive, e.g. backup.zip (see "affiche help library")');
      return {
        name: 'library-import-archive',
        file: positionals[0],
        replaceBrandKit: Boolean(values['replace-brand-kit']),
        json: Boolean(values.json),
        ...libraryOption(values.library),
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

/** `affiche templates list|fill|import|export ...` */
export function parseTemplatesCommand(rest: string[]): Command {
  const [sub, ...args] = rest;
  switch (sub) {
    case 'list': {
      const { values, positionals } = parse(args, LIST_OPTIONS);
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

/** `--set name=value`: the slot name before the first "=", the value (words, a picture's path, #rrggbb) after it. */
function parseSet(value: string): SlotSetting {
  const at = value.indexOf('=');
  const name = at === -1 ? '' : value.slice(0, at).trim();
  if (name === '') throw new CliUsageError(`--set needs SLOT=VALUE, e.g. --set top="WHEN IT WORKS" or --set picture=photo.jpg (got "${value}")`);
  return { name, value: value.slice(at + 1) };
}
