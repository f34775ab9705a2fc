import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { altTextCsv, type AltTextRow } from './altTextCsv';

/**
 * Python's csv module, an independent RFC 4180 reader, parses the files back, each from its UTF-8
 * bytes as a spreadsheet would (utf-8-sig: the BOM read as the encoding's mark). One run for all.
 */
function parsedByPython(files: string[]): string[][][] {
  const script = [
    'import base64,csv,io,json,sys',
    'files=[base64.b64decode(f).decode("utf-8-sig") for f in json.load(sys.stdin)]',
    'print(json.dumps([list(csv.reader(io.StringIO(f, newline=""))) for f in files]))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(files.map((f) => Buffer.from(f, 'utf8').toString('base64'))), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][][];
}

describe('alt text CSV', () => {
  it('starts with a UTF-8 byte-order mark and a header, lines end with CRLF', () => {
    const csv = altTextCsv([{ file: 'Soldes-01.png', altText: 'Une affiche « Soldes d’été » : -50 %' }]);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe('file,alt_text\r\nSoldes-01.png,Une affiche « Soldes d’été » : -50 %\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(altTextCsv([{ file: 'a.png', altText: 'Il a dit "oui", puis\nnon' }]).slice(1)).toBe('file,alt_text\r\na.png,"Il a dit ""oui"", puis\nnon"\r\n');
  });

  it('any alt text and file name reads back the same through an independent CSV parser', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r\n', ' ', '’', '😀', '«', '=', ';', '\t'), maxLength: 40 });
    const sets: AltTextRow[][] = fc.sample(fc.array(fc.record({ file: fc.string({ maxLength: 20 }).map((s) => `${s}-01.png`), altText: text }), { maxLength: 8 }), 300);
    const parsed = parsedByPython(sets.map(altTextCsv));
    sets.forEach((rows, i) => expect(parsed[i]).toEqual([['file', 'alt_text'], ...rows.map((row) => [row.file, row.altText])]));
  });
});
