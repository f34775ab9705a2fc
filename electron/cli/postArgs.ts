/**
 * The planning commands' arguments (`posts add|list`, `bundle`, `calendar export`), read by
 * ./args.ts's `parseCommandLine` like every other family of commands.
 */
import { isCalendarDay, POST_STATUSES, type PostStatus } from '../../core/schema/posts';
import { NETWORKS, type Network } from '../../core/formats/constants';
import { isKnownTimeZone } from '../../core/posts/time';
import { SCHEDULERS, type Scheduler } from '../../core/posts/scheduleRows';
import { CliUsageError, libraryOption, parse } from './argParsing';
import type { Command } from './command';
/** `calendar export --ics FILE [--from DAY] [--to DAY]`: the calendar's planned posts as an .ics. */
export function parseCalendarCommand(args: string[]): Command {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'export': {
      const { values, positionals } = parse(rest, { ics: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, library: { type: 'string' } });
      if (positionals.length > 0) throw new CliUsageError(`calendar export takes no argument (got "${positionals[0]}"; the file goes after --ics)`);
      if (typeof values.ics !== 'string' || values.ics === '') throw new CliUsageError('calendar export needs --ics FILE (the .ics file to write, e.g. calendar.ics)');
      const day = (option: 'from' | 'to', value: string | undefined): string | undefined => {
        if (value !== undefined && !isCalendarDay(value)) throw new CliUsageError(`--${option} must be a day written YYYY-MM-DD (got "${value}")`);
        return value;
      };
      const from = day('from', values.from);
      const to = day('to', values.to);
      if (from && to && from > to) throw new CliUsageError(`--from ${from} is after --to ${to}`);
      return { name: 'calendar-export', ics: values.ics, ...(from ? { from } : {}), ...(to ? { to } : {}), ...libraryOption(values.library) };
    }
    case undefined:
    case '--help':
    case '-h':
      return { name: 'help', topic: 'calendar' };
    default:
      throw new CliUsageError(`unknown calendar command "${sub}": use "calendar export" (see "affiche help calendar")`);
  }
}


/** `bundle <post-id...> | --from DAY --to DAY --out FILE.zip|DIR [--csv buffer,publer,...] [--media-base-url URL] [--date-order dmy|mdy]`. */
export function parseBundleCommand(args: string[]): Command {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') return { name: 'help', topic: 'bundle' };
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string', short: 'o' },
    csv: { type: 'string' },
    'media-base-url': { type: 'string' },
    'date-order': { type: 'string' },
    json: { type: 'boolean' },
    library: { type: 'string' },
  });
  const ranged = values.from !== undefined || values.to !== undefined;
  if (positionals.length > 0 && ranged) throw new CliUsageError('bundle takes post ids or --from/--to, not both (see "affiche help bundle")');
  if (positionals.length === 0 && !ranged) throw new CliUsageError('bundle needs post ids or --from DAY --to DAY (see "affiche help bundle")');
  for (const [flag, day] of [['--from', values.from], ['--to', values.to]] as const) {
    if (ranged && (typeof day !== 'string' || !isCalendarDay(day))) throw new CliUsageError(`bundle needs ${flag} YYYY-MM-DD (got "${String(day ?? '')}")`);
  }
  if (typeof values.out !== 'string' || values.out === '') throw new CliUsageError('bundle needs --out FILE.zip or --out DIR (a new or empty folder)');
  const csv: Scheduler[] = [];
  for (const name of typeof values.csv === 'string' ? values.csv.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean) : []) {
    const known = SCHEDULERS.find((scheduler) => scheduler === name);
    if (!known) throw new CliUsageError(`--csv takes ${SCHEDULERS.join(', ')} (got "${name}")`);
    if (!csv.includes(known)) csv.push(known);
  }
  const order = values['date-order'];
  if (order !== undefined && order !== 'dmy' && order !== 'mdy') throw new CliUsageError(`--date-order is dmy (day before month) or mdy (got "${String(order)}")`);
  return {
    name: 'bundle',
    postIds: positionals,
    ...(ranged ? { from: values.from as string, to: values.to as string } : {}),
    out: values.out,
    csv,
    ...(typeof values['media-base-url'] === 'string' ? { mediaBaseUrl: values['media-base-url'] } : {}),
    ...(order ? { dateOrder: order } : {}),
    json: Boolean(values.json),
    ...libraryOption(values.library),
  };
}

/** `--network instagram,linkedin,x` (repeatable): networks of the catalog, each once, in the order given. */
function parseNetworks(values: string[]): Network[] {
  const networks: Network[] = [];
  for (const name of values.flatMap((value) => value.split(',')).map((name) => name.trim().toLowerCase())) {
    if (name === '') continue;
    if (!(NETWORKS as readonly string[]).includes(name)) throw new CliUsageError(`unknown network "${name}": the networks are ${NETWORKS.join(', ')}`);
    if (!networks.includes(name as Network)) networks.push(name as Network);
  }
  if (networks.length === 0) throw new CliUsageError(`--network needs networks separated by commas, e.g. --network instagram,linkedin,x (the networks are ${NETWORKS.join(', ')})`);
  return networks;
}

/** `--at 2026-12-10T09:00`: a local date and time as typed (a space instead of the T is taken). */
function parseLocalTime(value: string): string {
  const text = value.trim().replace(' ', 'T');
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match || !isCalendarDay(match[1])) throw new CliUsageError(`--at must be a local date and time YYYY-MM-DDTHH:mm, e.g. --at 2026-12-10T09:00 (got "${value}")`);
  return text;
}

function parseDay(option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const day = String(value).trim();
  if (!isCalendarDay(day)) throw new CliUsageError(`${option} must be a day YYYY-MM-DD, e.g. ${option} 2026-12-01 (got "${String(value)}")`);
  return day;
}

function parseStatus(value: string): PostStatus {
  const status = value.trim().toLowerCase();
  if (!(POST_STATUSES as readonly string[]).includes(status)) throw new CliUsageError(`unknown status "${value}": the statuses are ${POST_STATUSES.join(', ')}`);
  return status as PostStatus;
}

/** `--hashtags '#a #b'` (spaces or commas between them; the # may be left out). */
function parseHashtags(values: string[]): string[] {
  const tags: string[] = [];
  for (const word of values.flatMap((value) => value.split(/[\s,]+/u))) {
    if (word === '') continue;
    const tag = word.startsWith('#') ? word : `#${word}`;
    if (!/^#[^\s#]+$/u.test(tag)) throw new CliUsageError(`"${word}" is not a hashtag: a hashtag is # followed by a word, e.g. --hashtags "#soldes #hiver"`);
    if (!tags.some((seen) => seen.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}

/**
 * `affiche posts add --design <file|id> --network a,b --caption TEXT [...]` and
 * `affiche posts list [--from DAY] [--to DAY] [--status s] [--json]`.
 */
export function parsePostsCommand(args: string[]): Command {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'add': {
      const { values, positionals } = parse(rest, {
        design: { type: 'string', short: 'd' },
        network: { type: 'string', short: 'n', multiple: true },
        caption: { type: 'string', short: 'c' },
        title: { type: 'string' },
        at: { type: 'string' },
        tz: { type: 'string' },
        alt: { type: 'string', multiple: true },
        hashtags: { type: 'string', multiple: true },
        'first-comment': { type: 'string' },
        link: { type: 'string' },
        status: { type: 'string' },
        json: { type: 'boolean' },
        library: { type: 'string' },
      });
      if (positionals.length > 0) throw new CliUsageError(`posts add takes its design with --design (got "${positionals[0]}")`);
      if (typeof values.design !== 'string' || values.design === '') throw new CliUsageError('posts add needs --design FILE.affiche or a design id');
      if (!Array.isArray(values.network)) throw new CliUsageError(`posts add needs --network, e.g. --network instagram,linkedin,x (the networks are ${NETWORKS.join(', ')})`);
      if (typeof values.caption !== 'string') throw new CliUsageError('posts add needs --caption TEXT (the caption every network starts from)');
      if (values.tz !== undefined && values.at === undefined) throw new CliUsageError('--tz goes with --at (the zone of the planned time)');
      const tz = typeof values.tz === 'string' ? values.tz.trim() : undefined;
      if (tz !== undefined && !isKnownTimeZone(tz)) throw new CliUsageError(`unknown time zone "${values.tz}": use an IANA name such as Europe/Paris or America/New_York`);
      const status = values.status !== undefined ? parseStatus(String(values.status)) : 'draft';
      return {
        name: 'posts-add',
        design: values.design,
        networks: parseNetworks(values.network as string[]),
        caption: values.caption,
        ...(typeof values.title === 'string' ? { title: values.title } : {}),
        ...(typeof values.at === 'string' ? { at: parseLocalTime(values.at) } : {}),
        ...(tz !== undefined ? { tz } : {}),
        altTexts: Array.isArray(values.alt) ? (values.alt as string[]) : [],
        hashtags: parseHashtags(Array.isArray(values.hashtags) ? (values.hashtags as string[]) : []),
        ...(typeof values['first-comment'] === 'string' ? { firstComment: values['first-comment'] } : {}),
        ...(typeof values.link === 'string' ? { link: values.link.trim() } : {}),
        status,
        json: Boolean(values.json),
        ...libraryOption(values.library),
      };
    }
    case 'list': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, status: { type: 'string', multiple: true }, library: { type: 'string' } });
      if (positionals.length > 0) throw new CliUsageError(`posts list takes no argument (got "${positionals[0]}")`);
      const from = parseDay('--from', values.from);
      const to = parseDay('--to', values.to);
      if (from !== undefined && to !== undefined && from > to) throw new CliUsageError(`--from ${from} comes after --to ${to}`);
      const statuses = Array.isArray(values.status) ? [...new Set((values.status as string[]).flatMap((value) => value.split(',')).filter((s) => s.trim() !== '').map(parseStatus))] : undefined;
      return {
        name: 'posts-list',
        json: Boolean(values.json),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(statuses && statuses.length > 0 ? { status: statuses } : {}),
        ...libraryOption(values.library),
      };
    }
    case undefined:
    case '--help':
    case '-h':
      return { name: 'help', topic: 'posts' };
    default:
      throw new CliUsageError(`unknown posts command "${sub}": use "posts add" or "posts list" (see "affiche help posts")`);
  }
}
