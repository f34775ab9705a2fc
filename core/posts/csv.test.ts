/** The schedulers' CSVs read back with an independent parser (csv-parse), as each tool's importer would read them (posts.md). */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, type Message } from '../messages';
import { AFFICHE_HEADER, LOCAL_MEDIA_COLUMN, neutralizeFormula, roundUpToFive, schedulerCsv, schedulerCsvWithNotes } from './csv';
import { SCHEDULERS, type CsvFile, type CsvOptions, type ScheduleRow } from './scheduleRows';

const BASE: CsvOptions = { mediaBaseUrl: 'https://cdn.example.com/bundle/', dateOrder: 'dmy' };
const NO_BASE: CsvOptions = { mediaBaseUrl: '', dateOrder: 'mdy' };

function row(overrides: Partial<ScheduleRow> = {}): ScheduleRow {
  return {
    postId: 'p1',
    network: 'instagram',
    status: 'ready',
    pillar: 'Tips',
    title: 'Winter sale',
    at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
    text: 'Our winter sale starts today #sale',
    caption: 'Our winter sale starts today',
    hashtags: ['#sale'],
    firstComment: 'More in bio',
    link: '',
    media: [{ file: 'instagram/01.jpg', kind: 'image', altText: 'A red coat' }],
    ...overrides,
  };
}

const TRICKY = '=HYPERLINK("http://x","click"), then; a "quote"\nsecond line 🎉👩‍👩‍👧 é';

function records(file: CsvFile): string[][] {
  return parse(Buffer.from(file.bytes), { bom: true, relax_column_count: false }) as string[][];
}

function text(file: CsvFile): string {
  return new TextDecoder().decode(file.bytes);
}

function only(files: CsvFile[], name: string): CsvFile {
  const file = files.find((f) => f.fileName === name);
  if (!file) throw new Error(`${name} not in ${files.map((f) => f.fileName).join(', ')}`);
  return file;
}

function rendered(notes: Message[]): string[] {
  return notes.flatMap((note) => [formatMessage(note, 'en'), formatMessage(note, 'fr')]);
}

describe('scheduler CSVs: the bytes', () => {
  it.each(SCHEDULERS)('%s: UTF-8 with BOM, CRLF line ends, every line the same number of cells', (scheduler) => {
    const files = schedulerCsv(scheduler, [row(), row({ postId: 'p2', network: 'linkedin', text: TRICKY })], BASE);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.fileName).toMatch(/^[a-z]+(-[a-z]+)?(-\d+)?\.csv$/);
      const body = text(file);
      expect(body.endsWith('\r\n')).toBe(true);
      // Outside quoted fields every line break is CRLF: strip the quoted fields and look.
      expect(body.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
      const lines = records(file);
      expect(new Set(lines.map((cells) => cells.length)).size).toBe(1);
    }
  });

  it('a caption with quotes, commas, a line break, emoji and a leading = comes back whole, made inert', () => {
    for (const scheduler of SCHEDULERS) {
      const files = schedulerCsv(scheduler, [row({ text: TRICKY })], BASE);
      const cells = files.flatMap(records).flat();
      expect(cells, scheduler).toContain(`'${TRICKY}`);
      expect(cells, scheduler).not.toContain(TRICKY);
    }
  });

  it('neutralises every formula sign, and only at the start', () => {
    for (const sign of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${sign}1+1`)).toBe(`'${sign}1+1`);
    expect(neutralizeFormula('1+1=2')).toBe('1+1=2');
    expect(neutralizeFormula('')).toBe('');
    const [file] = schedulerCsv('affiche', [row({ title: '@brand', link: '+33 1 23', firstComment: '-20 %' })], BASE);
    const [, cells] = records(file);
    expect(cells).toContain("'@brand");
    expect(cells).toContain("'+33 1 23");
    expect(cells).toContain("'-20 %");
  });

  it('property: any text round-trips through the writer and csv-parse (inert when it starts with a formula sign)', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('"', ',', '\n', '\r\n', '\r', '=', '+', '-', '@', '\t', ';', "'", '🎉', 'é'));
    const anyText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(anyText, fc.constantFrom(...SCHEDULERS), (caption, scheduler) => {
        const files = schedulerCsv(scheduler, [row({ text: caption, title: caption })], BASE);
        const cells = files.flatMap(records).flat();
        expect(cells).toContain(neutralizeFormula(caption));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Buffer', () => {
  it('one file per network with its exact header; Pinterest adds Board Name; local time YYYY-MM-DD HH:mm', () => {
    const rows = [row(), row({ network: 'pinterest', postId: 'p2', at: { local: '2026-12-11T18:45', zone: 'America/New_York' } })];
    const { files, notes } = schedulerCsvWithNotes('buffer', rows, BASE);
    expect(files.map((f) => f.fileName)).toEqual(['buffer-instagram.csv', 'buffer-pinterest.csv']);
    expect(records(only(files, 'buffer-instagram.csv'))).toEqual([
      ['Text', 'Image URL', 'Tags', 'Posting Time'],
      ['Our winter sale starts today #sale', 'https://cdn.example.com/bundle/instagram/01.jpg', 'Tips', '2026-12-10 09:00'],
    ]);
    expect(records(only(files, 'buffer-pinterest.csv'))).toEqual([
      ['Text', 'Image URL', 'Tags', 'Posting Time', 'Board Name'],
      ['Our winter sale starts today #sale', 'https://cdn.example.com/bundle/instagram/01.jpg', 'Tips', '2026-12-11 18:45', ''],
    ]);
    expect(notes.map((n) => n.key)).toEqual(['schedulers.boardName']);
  });

  it('percent-encodes each segment of a media path; without a base URL names the file in a side column', () => {
    const media = [{ file: 'instagram/été #1 & co.jpg', kind: 'image' as const, altText: '' }];
    const [withBase] = schedulerCsv('buffer', [row({ media })], { ...BASE, mediaBaseUrl: 'https://cdn.example.com/b' });
    expect(records(withBase)[1][1]).toBe('https://cdn.example.com/b/instagram/%C3%A9t%C3%A9%20%231%20%26%20co.jpg');
    const { files, notes } = schedulerCsvWithNotes('buffer', [row({ media })], NO_BASE);
    expect(records(files[0])).toEqual([
      ['Text', 'Image URL', 'Tags', 'Posting Time', LOCAL_MEDIA_COLUMN],
      ['Our winter sale starts today #sale', '', 'Tips', '2026-12-10 09:00', 'instagram/été #1 & co.jpg'],
    ]);
    expect(notes.map((n) => n.key)).toEqual(['schedulers.noMediaBase']);
  });

  it('leaves out an unplanned row and one with nothing to post, and says so in both languages', () => {
    const rows = [row({ at: null, title: 'Someday' }), row({ postId: 'p3', title: 'Empty', text: '', media: [] }), row({ postId: 'p4' })];
    const { files, notes } = schedulerCsvWithNotes('buffer', rows, BASE);
    expect(records(files[0])).toHaveLength(2);
    expect(notes.map((n) => n.key)).toEqual(['schedulers.unplanned', 'schedulers.empty']);
    const texts = rendered(notes);
    expect(texts[0]).toBe('“Someday” on Instagram has no planned time, which Buffer needs: it is not in buffer-instagram.csv.');
    expect(texts[1]).toBe('«\u00a0Someday\u00a0» sur Instagram n’a pas d’heure prévue, ce qu’exige Buffer\u00a0: elle n’est pas dans buffer-instagram.csv.');
    for (const t of texts) expect(t).not.toMatch(/{{|}}/);
  });

  it('takes one picture, puts the link after the text, says what was dropped', () => {
    const media = [1, 2, 3].map((i) => ({ file: `instagram/0${i}.jpg`, kind: 'image' as const, altText: '' }));
    const { files, notes } = schedulerCsvWithNotes('buffer', [row({ media, link: 'https://shop.example.com' })], BASE);
    expect(records(files[0])[1].slice(0, 2)).toEqual(['Our winter sale starts today #sale\n\nhttps://shop.example.com', 'https://cdn.example.com/bundle/instagram/01.jpg']);
    expect(notes).toEqual([{ key: 'schedulers.tooManyMedia', params: { tool: 'Buffer', title: 'Winter sale', network: 'Instagram', max: 1, dropped: 2, file: 'buffer-instagram.csv' } }]);
  });
});

describe('Publer', () => {
  it('exact header; an unplanned row stays with an empty date (auto-schedule); || between alt texts', () => {
    const media = [
      { file: 'instagram/01.jpg', kind: 'image' as const, altText: 'One' },
      { file: 'instagram/02.jpg', kind: 'image' as const, altText: 'Two' },
    ];
    const [file] = schedulerCsv('publer', [row({ media }), row({ postId: 'p2', at: null, media: [], link: 'https://example.com/a' })], BASE);
    expect(file.fileName).toBe('publer-instagram.csv');
    expect(records(file)).toEqual([
      ['Date', 'Text', 'Link(s)', 'Media URL(s)', 'Title', 'Label(s)', 'Alt text(s)', 'Comment(s)', 'Board/Album', 'Post subtype', 'CTA', 'Reminder'],
      ['2026-12-10 09:00', 'Our winter sale starts today #sale', '', 'https://cdn.example.com/bundle/instagram/01.jpg,https://cdn.example.com/bundle/instagram/02.jpg', 'Winter sale', 'Tips', 'One||Two', 'More in bio', '', '', '', ''],
      ['', 'Our winter sale starts today #sale', 'https://example.com/a', '', 'Winter sale', 'Tips', '', 'More in bio', '', '', '', ''],
    ]);
  });
});

describe('Metricool', () => {
  it('one file; its columns; the row ticks its network TRUE; date YYYY-MM-DD, time HH:MM:SS; drafts are drafts', () => {
    const { files, notes } = schedulerCsvWithNotes('metricool', [row(), row({ postId: 'p2', network: 'x', status: 'draft', media: [] }), row({ postId: 'p3', at: null })], BASE);
    expect(files.map((f) => f.fileName)).toEqual(['metricool.csv']);
    const [header, first, second] = records(files[0]);
    expect(header.slice(0, 14)).toEqual(['Text', 'Date', 'Time', 'Draft', 'Facebook', 'Twitter/X', 'LinkedIn', 'GBP', 'Instagram', 'Pinterest', 'TikTok', 'Youtube', 'Threads', 'Bluesky']);
    expect(header.slice(14, 24)).toEqual(Array.from({ length: 10 }, (_, i) => `Picture Url ${i + 1}`));
    expect(header.slice(24, 34)).toEqual(Array.from({ length: 10 }, (_, i) => `Alt text picture ${i + 1}`));
    expect(header.slice(34)).toEqual(['First Comment Text']);
    const cell = (cells: string[], column: string) => cells[header.indexOf(column)];
    expect([cell(first, 'Date'), cell(first, 'Time'), cell(first, 'Draft'), cell(first, 'Instagram'), cell(first, 'Twitter/X')]).toEqual(['2026-12-10', '09:00:00', 'FALSE', 'TRUE', 'FALSE']);
    expect([cell(first, 'Picture Url 1'), cell(first, 'Alt text picture 1'), cell(first, 'Picture Url 2'), cell(first, 'First Comment Text')]).toEqual([
      'https://cdn.example.com/bundle/instagram/01.jpg',
      'A red coat',
      '',
      'More in bio',
    ]);
    expect([cell(second, 'Draft'), cell(second, 'Instagram'), cell(second, 'Twitter/X')]).toEqual(['TRUE', 'FALSE', 'TRUE']);
    expect(notes.map((n) => n.key)).toEqual(['schedulers.unplanned']);
  });

  it('splits at 500 rows a file', () => {
    const rows = Array.from({ length: 501 }, (_, i) => row({ postId: `p${i}` }));
    const files = schedulerCsv('metricool', rows, BASE);
    expect(files.map((f) => [f.fileName, records(f).length])).toEqual([
      ['metricool-1.csv', 501],
      ['metricool-2.csv', 2],
    ]);
  });
});

describe('Hootsuite', () => {
  it('no header: date-time, message, URL by position, in the chosen date order; minutes divisible by 5', () => {
    const rows = [
      row({ link: 'https://example.com/x' }),
      row({ postId: 'p2', at: { local: '2026-12-10T09:03', zone: 'Europe/Paris' } }),
      row({ postId: 'p3', at: { local: '2026-12-31T23:58', zone: 'Europe/Paris' } }),
    ];
    const dmy = schedulerCsvWithNotes('hootsuite', rows, BASE);
    expect(dmy.files.map((f) => f.fileName)).toEqual(['hootsuite-instagram.csv']);
    expect(records(dmy.files[0])).toEqual([
      ['10/12/2026 09:00', 'Our winter sale starts today #sale', 'https://example.com/x'],
      ['10/12/2026 09:05', 'Our winter sale starts today #sale', ''],
      ['01/01/2027 00:00', 'Our winter sale starts today #sale', ''],
    ]);
    const mdy = schedulerCsv('hootsuite', rows, NO_BASE);
    expect(records(mdy[0]).map((cells) => cells[0])).toEqual(['12/10/2026 09:00', '12/10/2026 09:05', '01/01/2027 00:00']);
    for (const cells of records(mdy[0])) expect(Number(cells[0].slice(-2)) % 5).toBe(0);
    expect(dmy.notes.map((n) => n.key)).toEqual(['schedulers.rounded', 'schedulers.rounded', 'schedulers.noMediaColumn']);
    expect(formatMessage(dmy.notes[0], 'en')).toBe('Hootsuite takes times on the five minutes: “Winter sale” on Instagram is at 10/12/2026 09:05 in hootsuite-instagram.csv instead of 10/12/2026 09:03.');
    expect(formatMessage(dmy.notes[2], 'fr')).toBe('Le CSV de Hootsuite ne porte aucun média\u00a0: ajoutez ceux de 3 publications dans Hootsuite après l’import.');
  });

  it('rounds up, never down', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const local = `2026-06-30T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const slot = roundUpToFive(local);
        const minutes = (l: string) => (l.slice(0, 10) === '2026-06-30' ? 0 : 1440) + Number(l.slice(11, 13)) * 60 + Number(l.slice(14, 16));
        expect(minutes(slot) % 5).toBe(0);
        expect(minutes(slot) - minutes(local)).toBeGreaterThanOrEqual(0);
        expect(minutes(slot) - minutes(local)).toBeLessThan(5);
      }),
    );
  });

  it('at most 350 rows a file: 351 rows make two numbered files', () => {
    const rows = Array.from({ length: 351 }, (_, i) => row({ postId: `p${i}` }));
    const files = schedulerCsv('hootsuite', rows, BASE);
    expect(files.map((f) => [f.fileName, records(f).length])).toEqual([
      ['hootsuite-instagram-1.csv', 350],
      ['hootsuite-instagram-2.csv', 1],
    ]);
  });
});

describe('Sprout Social', () => {
  it('date, time_24hr, message_text, link and one image; day first or month first', () => {
    const files = schedulerCsv('sprout', [row({ network: 'facebook', link: 'https://example.com' })], { ...BASE, dateOrder: 'mdy' });
    expect(files.map((f) => f.fileName)).toEqual(['sprout-facebook.csv']);
    expect(records(files[0])).toEqual([
      ['date', 'time_24hr', 'message_text', 'link_url', 'image_url'],
      ['12/10/2026', '09:00', 'Our winter sale starts today #sale', 'https://example.com', 'https://cdn.example.com/bundle/instagram/01.jpg'],
    ]);
  });
});

describe('SocialBee', () => {
  it('its columns; one media column per row; an unplanned row goes to the queue with an empty time', () => {
    const video = { file: 'tiktok/clip.mp4', kind: 'video' as const, altText: '' };
    const picture = { file: 'tiktok/cover.jpg', kind: 'image' as const, altText: '' };
    const { files, notes } = schedulerCsvWithNotes('socialbee', [row({ network: 'tiktok', media: [video, picture] }), row({ network: 'tiktok', at: null, media: [], link: 'https://example.com' })], BASE);
    expect(records(files[0])).toEqual([
      ['text', 'link', 'imageUrls', 'gifUrls', 'videoUrls', 'postAtSpecificTime'],
      ['Our winter sale starts today #sale', '', '', '', 'https://cdn.example.com/bundle/tiktok/clip.mp4', '2026-12-10 09:00'],
      ['Our winter sale starts today #sale', 'https://example.com', '', '', '', ''],
    ]);
    expect(notes.map((n) => n.key)).toEqual(['schedulers.tooManyMedia']);
  });
});

describe('affiche.csv', () => {
  it('every row, planned or not, with its local time, zone and UTC', () => {
    const media = [
      { file: 'instagram/01.jpg', kind: 'image' as const, altText: 'One' },
      { file: 'instagram/02.jpg', kind: 'image' as const, altText: 'Two' },
    ];
    const [file] = schedulerCsv('affiche', [row({ at: { local: '2026-12-10T23:30', zone: 'Europe/Paris' }, media }), row({ postId: 'p2', at: null, status: 'idea', media: [] })], NO_BASE);
    expect(file.fileName).toBe('affiche.csv');
    expect(records(file)).toEqual([
      AFFICHE_HEADER,
      ['p1', 'instagram', 'ready', 'Tips', '2026-12-10', '23:30', 'Europe/Paris', '2026-12-10T22:30:00Z', 'Winter sale', 'Our winter sale starts today #sale', 'More in bio', '', 'instagram/01.jpg||instagram/02.jpg', '', 'One||Two'],
      ['p2', 'instagram', 'idea', 'Tips', '', '', '', '', 'Winter sale', 'Our winter sale starts today #sale', 'More in bio', '', '', '', ''],
    ]);
  });
});
