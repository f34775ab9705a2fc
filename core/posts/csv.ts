/**
 * The schedulers' bulk-import CSVs (docs/architecture.md, Posts): a bundle's rows (one per post and
 * network, core/posts/scheduleRows.ts) in each tool's exact columns and date format, plus
 * `affiche.csv`, a plain CSV of everything. Columns, formats and limits come from the tools' import
 * templates as gathered in the posts facts; the ones marked [unverified] there are marked here too.
 *
 * Every file: UTF-8 with a byte-order mark (spreadsheet apps then read accents and emoji as UTF-8),
 * CRLF line ends, RFC 4180 quoting, formula injection neutralised. Dates are each row's planned
 * local clock time: the channel's time zone, which is how every tool here reads an imported time.
 *
 * The tools that post to the accounts chosen at import time (all but Metricool, whose rows tick
 * their networks) get one file per network (`buffer-instagram.csv`), since a post's text differs
 * per network. A row the tool cannot take (no planned time where a date is required, nothing to
 * post) is left out and said in a note, like a time moved or media dropped; the caller shows them.
 */
import { NETWORKS, type Network } from '../formats/constants';
import { NETWORK_LABELS } from '../formats/catalog';
import { msg, type Message } from '../messages';
import { addDays, parseLocal, plannedInstant } from './time';
import type { CsvFile, CsvOptions, Scheduler, ScheduleMedia, ScheduleRow } from './scheduleRows';

/** The files of one tool and what the user should know about them. */
export interface CsvExport {
  files: CsvFile[];
  notes: Message[];
}

/** The side column naming each medium's file in the bundle when there is no media base URL. */
export const LOCAL_MEDIA_COLUMN = 'Local media files';

/** How several values share one cell where a tool wants them so (Publer's alt texts and comments). */
const MULTI = '||';

/** The tool's name as the user knows it (the same in every language). */
export const SCHEDULER_NAMES: Record<Scheduler, string> = {
  buffer: 'Buffer',
  publer: 'Publer',
  metricool: 'Metricool',
  hootsuite: 'Hootsuite',
  sprout: 'Sprout Social',
  socialbee: 'SocialBee',
  affiche: 'Affiche',
};

/** Rows a file may hold; longer tables are split into numbered files (`hootsuite-x-1.csv`, `-2`...). */
const MAX_ROWS: Partial<Record<Scheduler, number>> = { hootsuite: 350, sprout: 350, metricool: 500 };

/** The files a scheduler imports, for these rows. */
export function schedulerCsv(scheduler: Scheduler, rows: readonly ScheduleRow[], options: CsvOptions): CsvFile[] {
  return schedulerCsvWithNotes(scheduler, rows, options).files;
}

/** The same files, with the notes on rows left out, times moved and media dropped. */
export function schedulerCsvWithNotes(scheduler: Scheduler, rows: readonly ScheduleRow[], options: CsvOptions): CsvExport {
  const context = new Context(scheduler, options);
  const tables = WRITERS[scheduler](rows, context);
  const files: CsvFile[] = [];
  for (const table of tables) {
    const max = MAX_ROWS[scheduler] ?? Infinity;
    const chunks = chunk(table.rows, max);
    chunks.forEach((rowsOfFile, i) => {
      const fileName = chunks.length === 1 ? `${table.name}.csv` : `${table.name}-${i + 1}.csv`;
      files.push({ fileName, bytes: csvBytes(table.header, rowsOfFile) });
    });
  }
  return { files, notes: context.notes };
}

// ---------------------------------------------------------------------------------------------
// Cells and files

/**
 * A cell a spreadsheet would read as a formula (it starts with = + - @, or a tab or carriage return
 * that some apps skip before such a sign) gets a leading apostrophe. This is what OWASP's "CSV
 * Injection" advice and the spreadsheet vendors recommend: Excel, LibreOffice and Google Sheets
 * evaluate such a cell when the file is opened (`=HYPERLINK(...)`, DDE payloads), and an apostrophe
 * is the spreadsheet's own "this is text" mark, shown by none of them. The price: a caption that
 * really starts with one of these signs (`@partner`, `-20 %`) keeps the apostrophe in a tool that
 * imports the cell literally; the writers never drop text, so the user sees it and can remove it.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
function field(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table's bytes: BOM, the header (unless the tool takes none), one CRLF-ended line per row. */
function csvBytes(header: readonly string[] | null, rows: readonly (readonly string[])[]): Uint8Array {
  const lines = header ? [header, ...rows] : rows;
  const text = '\ufeff' + lines.map((cells) => cells.map(field).join(',') + '\r\n').join('');
  return new TextEncoder().encode(text);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length <= size) return [items.slice()];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

interface Table {
  /** File name without `.csv` (a numbered suffix is added when the table is split). */
  name: string;
  header: string[] | null;
  rows: string[][];
}

type Writer = (rows: readonly ScheduleRow[], context: Context) => Table[];

/** What every writer shares: the options, the notes, media links and the row's words. */
class Context {
  readonly notes: Message[] = [];
  readonly tool: string;
  readonly base: string;
  private baseNoted = false;

  constructor(
    readonly scheduler: Scheduler,
    readonly options: CsvOptions,
  ) {
    this.tool = SCHEDULER_NAMES[scheduler];
    this.base = options.mediaBaseUrl.trim().replace(/\/+$/, '');
  }

  get hasBase(): boolean {
    return this.base !== '';
  }

  /** The medium's public URL: the base URL, then the bundle path percent-encoded segment by segment. */
  url(media: ScheduleMedia): string {
    if (!this.hasBase) return '';
    return `${this.base}/${media.file.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** The header's extra column when files are named instead of linked. */
  localColumn(): string[] {
    return this.hasBase ? [] : [LOCAL_MEDIA_COLUMN];
  }

  /** That column's cell: the bundle paths of the media the row carries. */
  localCell(media: readonly ScheduleMedia[]): string[] {
    if (this.hasBase) return [];
    if (media.length > 0 && !this.baseNoted) {
      this.baseNoted = true;
      this.notes.push(msg('schedulers.noMediaBase', { column: LOCAL_MEDIA_COLUMN }));
    }
    return [media.map((m) => m.file).join(MULTI)];
  }

  unplanned(row: ScheduleRow, file: string): void {
    this.notes.push(msg('schedulers.unplanned', { ...this.about(row), file: `${file}.csv` }));
  }

  /** Keeps the first `max` media and says when some are dropped. */
  capMedia(row: ScheduleRow, media: readonly ScheduleMedia[], max: number, file: string): readonly ScheduleMedia[] {
    if (media.length <= max) return media;
    this.notes.push(msg('schedulers.tooManyMedia', { ...this.about(row), max, dropped: media.length - max, file: `${file}.csv` }));
    return media.slice(0, max);
  }

  about(row: ScheduleRow): { tool: string; title: string; network: string } {
    return { tool: this.tool, title: row.title.trim() || row.postId, network: NETWORK_LABELS[row.network] };
  }
}

/** The posted text with the link after it, for a tool whose link column would replace the media (or that has none). */
function textWithLink(row: ScheduleRow): string {
  if (!row.link || row.text.includes(row.link)) return row.text;
  return row.text ? `${row.text}\n\n${row.link}` : row.link;
}

/** `YYYY-MM-DD` and `HH:mm` of a row's planned local time. */
function localParts(row: ScheduleRow & { at: NonNullable<ScheduleRow['at']> }): { date: string; time: string } {
  return { date: row.at.local.slice(0, 10), time: row.at.local.slice(11, 16) };
}

function isPlanned(row: ScheduleRow): row is ScheduleRow & { at: NonNullable<ScheduleRow['at']> } {
  return row.at !== null;
}

/** Rows grouped by network, networks in the catalog's order. */
function byNetwork(rows: readonly ScheduleRow[]): [Network, ScheduleRow[]][] {
  return NETWORKS.map((network) => [network, rows.filter((row) => row.network === network)] as [Network, ScheduleRow[]]).filter(([, list]) => list.length > 0);
}

/** `dd/mm/yyyy` or `mm/dd/yyyy` of `YYYY-MM-DD`. */
function slashDate(day: string, order: CsvOptions['dateOrder']): string {
  const [y, m, d] = day.split('-');
  return order === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

// ---------------------------------------------------------------------------------------------
// The tools

/** Buffer: one file per channel; `Text,Image URL,Tags,Posting Time` (+ `Board Name` for Pinterest), one picture; the pillar as its tag. */
const buffer: Writer = (rows, context) =>
  byNetwork(rows).map(([network, list]) => {
    const name = `buffer-${network}`;
    const pinterest = network === 'pinterest';
    const header = ['Text', 'Image URL', 'Tags', 'Posting Time', ...(pinterest ? ['Board Name'] : []), ...context.localColumn()];
    const out: string[][] = [];
    for (const row of list) {
      if (!isPlanned(row)) {
        context.unplanned(row, name);
        continue;
      }
      const text = textWithLink(row);
      if (!text.trim() && row.media.length === 0) {
        context.notes.push(msg('schedulers.empty', { ...context.about(row), file: `${name}.csv` }));
        continue;
      }
      const media = context.capMedia(row, row.media, 1, name);
      const { date, time } = localParts(row);
      out.push([text, media[0] ? context.url(media[0]) : '', row.pillar, `${date} ${time}`, ...(pinterest ? [''] : []), ...context.localCell(media)]);
    }
    if (pinterest && out.length > 0) context.notes.push(msg('schedulers.boardName', { file: `${name}.csv` }));
    return { name, header, rows: out };
  });

/**
 * Publer: `Date` empty lets Publer place the post in its queue (auto-schedule), so unplanned rows
 * stay. A link in `Link(s)` replaces the media, so a row with media carries its link in the text.
 * Several media URLs share a cell separated by commas [unverified]; alt texts and comments by `||`.
 */
const PUBLER_HEADER = ['Date', 'Text', 'Link(s)', 'Media URL(s)', 'Title', 'Label(s)', 'Alt text(s)', 'Comment(s)', 'Board/Album', 'Post subtype', 'CTA', 'Reminder'];
const publer: Writer = (rows, context) =>
  byNetwork(rows).map(([network, list]) => ({
    name: `publer-${network}`,
    header: [...PUBLER_HEADER, ...context.localColumn()],
    rows: list.map((row) => {
      const hasMedia = row.media.length > 0;
      const date = isPlanned(row) ? `${localParts(row).date} ${localParts(row).time}` : '';
      return [
        date,
        hasMedia ? textWithLink(row) : row.text,
        hasMedia ? '' : row.link,
        context.hasBase ? row.media.map((m) => context.url(m)).join(',') : '',
        row.title,
        row.pillar,
        row.media.map((m) => m.altText).join(MULTI),
        row.firstComment,
        '',
        '',
        '',
        '',
        ...context.localCell(row.media),
      ];
    }),
  }));

/**
 * Metricool: one file for every network, a row ticks its network (`TRUE`/`FALSE`). The columns are
 * the ones the facts list (Metricool's template has ~93 that change between versions; the import
 * matches them by name): text, date `YYYY-MM-DD`, time `HH:MM:SS`, draft, one per network, ten
 * pictures with their alt texts, the first comment. A post still an idea or a draft goes in as a
 * Metricool draft. A date is required.
 */
const METRICOOL_NETWORKS: readonly [string, Network | null][] = [
  ['Facebook', 'facebook'],
  ['Twitter/X', 'x'],
  ['LinkedIn', 'linkedin'],
  ['GBP', null],
  ['Instagram', 'instagram'],
  ['Pinterest', 'pinterest'],
  ['TikTok', 'tiktok'],
  ['Youtube', 'youtube'],
  ['Threads', 'threads'],
  ['Bluesky', 'bluesky'],
];
const METRICOOL_PICTURES = 10;
const tenth = (label: string) => Array.from({ length: METRICOOL_PICTURES }, (_, i) => `${label} ${i + 1}`);
const METRICOOL_HEADER = ['Text', 'Date', 'Time', 'Draft', ...METRICOOL_NETWORKS.map(([column]) => column), ...tenth('Picture Url'), ...tenth('Alt text picture'), 'First Comment Text'];
const metricool: Writer = (rows, context) => {
  const name = 'metricool';
  const out: string[][] = [];
  for (const row of rows) {
    if (!isPlanned(row)) {
      context.unplanned(row, name);
      continue;
    }
    const { date, time } = localParts(row);
    const media = context.capMedia(row, row.media, METRICOOL_PICTURES, name);
    const pad = (cells: string[]) => [...cells, ...Array<string>(METRICOOL_PICTURES - cells.length).fill('')];
    out.push([
      textWithLink(row),
      date,
      `${time}:00`,
      row.status === 'idea' || row.status === 'draft' ? 'TRUE' : 'FALSE',
      ...METRICOOL_NETWORKS.map(([, network]) => (network === row.network ? 'TRUE' : 'FALSE')),
      ...pad(media.map((m) => context.url(m))),
      ...pad(media.map((m) => m.altText)),
      row.firstComment,
      ...context.localCell(media),
    ]);
  }
  return [{ name, header: [...METRICOOL_HEADER, ...context.localColumn()], rows: out }];
};

/**
 * Hootsuite's Bulk Composer: no header; by position the date-time, the message, a URL. It takes
 * minutes ending in 0 or 5 only: a time in between is rounded UP to the next five minutes (a post
 * goes out a little after its planned time, never before it: a post may not be allowed out before
 * an announcement, and being late keeps Hootsuite's "10 minutes ahead" rule true too), with a note.
 * Its CSV carries no media; one note counts the posts whose media must be added in Hootsuite.
 */
const hootsuite: Writer = (rows, context) => {
  let withMedia = 0;
  const tables = byNetwork(rows).map(([network, list]) => {
    const name = `hootsuite-${network}`;
    const out: string[][] = [];
    for (const row of list) {
      if (!isPlanned(row)) {
        context.unplanned(row, name);
        continue;
      }
      const planned = row.at.local;
      const slot = roundUpToFive(planned);
      if (slot !== planned) {
        const shown = (local: string) => `${slashDate(local.slice(0, 10), context.options.dateOrder)} ${local.slice(11, 16)}`;
        context.notes.push(msg('schedulers.rounded', { ...context.about(row), time: shown(slot), planned: shown(planned), file: `${name}.csv` }));
      }
      if (row.media.length > 0) withMedia += 1;
      out.push([`${slashDate(slot.slice(0, 10), context.options.dateOrder)} ${slot.slice(11, 16)}`, row.text, row.link]);
    }
    return { name, header: null, rows: out };
  });
  if (withMedia > 0) context.notes.push(msg('schedulers.noMediaColumn', { tool: context.tool, count: withMedia }));
  return tables;
};

/** A local `YYYY-MM-DDTHH:mm` moved up to the next minute divisible by 5 (the same time when it is one already). */
export function roundUpToFive(local: string): string {
  const f = parseLocal(local);
  const minutes = Math.ceil(f.minute / 5) * 5;
  if (minutes === f.minute) return local;
  let day = local.slice(0, 10);
  let hour = f.hour;
  let minute = minutes;
  if (minute === 60) {
    minute = 0;
    hour += 1;
    if (hour === 24) {
      hour = 0;
      day = addDays(day, 1);
    }
  }
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Sprout Social: `date` (`dd/mm/yyyy` or `mm/dd/yyyy`), `time_24hr`, `message_text`, then the link
 * and one picture (`link_url`, `image_url`: the optional columns' names are [unverified]). A date
 * is required.
 */
const sprout: Writer = (rows, context) =>
  byNetwork(rows).map(([network, list]) => {
    const name = `sprout-${network}`;
    const out: string[][] = [];
    for (const row of list) {
      if (!isPlanned(row)) {
        context.unplanned(row, name);
        continue;
      }
      const { date, time } = localParts(row);
      const media = context.capMedia(row, row.media, 1, name);
      out.push([slashDate(date, context.options.dateOrder), time, row.text, row.link, media[0] ? context.url(media[0]) : '', ...context.localCell(media)]);
    }
    return { name, header: ['date', 'time_24hr', 'message_text', 'link_url', 'image_url', ...context.localColumn()], rows: out };
  });

/**
 * SocialBee: `text,link,imageUrls,gifUrls,videoUrls,postAtSpecificTime`. One media column per row
 * (the first medium's kind; the others are dropped with a note), several URLs joined by ", "; a
 * link replaces the media, so a row with media carries its link in the text. An empty time leaves
 * the post to SocialBee's category queue, so unplanned rows stay. Time `YYYY-MM-DD HH:mm` [unverified].
 */
const socialbee: Writer = (rows, context) =>
  byNetwork(rows).map(([network, list]) => {
    const name = `socialbee-${network}`;
    const out = list.map((row) => {
      const kind = (m: ScheduleMedia) => (m.kind === 'video' ? 'video' : /\.gif$/i.test(m.file) ? 'gif' : 'image');
      const first = row.media[0];
      // One kind per row, one GIF at most.
      const same = first ? row.media.filter((m) => kind(m) === kind(first)) : [];
      const media = first && kind(first) === 'gif' ? same.slice(0, 1) : same;
      if (media.length < row.media.length) {
        context.notes.push(msg('schedulers.tooManyMedia', { ...context.about(row), max: media.length, dropped: row.media.length - media.length, file: `${name}.csv` }));
      }
      const urls = (k: string) => (first && kind(first) === k && context.hasBase ? media.map((m) => context.url(m)).join(', ') : '');
      const when = isPlanned(row) ? `${localParts(row).date} ${localParts(row).time}` : '';
      return [first ? textWithLink(row) : row.text, first ? '' : row.link, urls('image'), urls('gif'), urls('video'), when, ...context.localCell(media)];
    });
    return { name, header: ['text', 'link', 'imageUrls', 'gifUrls', 'videoUrls', 'postAtSpecificTime', ...context.localColumn()], rows: out };
  });

/** Affiche's own CSV: every row, planned or not, every field; UTC as ISO 8601 with Z. */
export const AFFICHE_HEADER = ['post_id', 'network', 'status', 'pillar', 'local_date', 'local_time', 'zone', 'utc', 'title', 'text', 'first_comment', 'link', 'media_files', 'media_urls', 'alt_texts'];
const affiche: Writer = (rows, context) => [
  {
    name: 'affiche',
    header: AFFICHE_HEADER,
    rows: rows.map((row) => {
      const at = row.at;
      const utc = at ? new Date(plannedInstant(at)).toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
      return [
        row.postId,
        row.network,
        row.status,
        row.pillar,
        at ? at.local.slice(0, 10) : '',
        at ? at.local.slice(11, 16) : '',
        at ? at.zone : '',
        utc,
        row.title,
        row.text,
        row.firstComment,
        row.link,
        row.media.map((m) => m.file).join(MULTI),
        context.hasBase ? row.media.map((m) => context.url(m)).join(MULTI) : '',
        row.media.map((m) => m.altText).join(MULTI),
      ];
    }),
  },
];

const WRITERS: Record<Scheduler, Writer> = { buffer, publer, metricool, hootsuite, sprout, socialbee, affiche };
