/**
 * The alt text of a numbered set as a CSV beside its files ("Soldes-alt-text.csv"), for a
 * scheduler or a spreadsheet: RFC 4180 (comma separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so that
 * spreadsheet apps read accents and emoji as UTF-8 rather than as the system's code page.
 */

export interface AltTextRow {
  /** The file's name in the set. */
  file: string;
  /** Its slide's alt text; empty when the slide has none. */
  altText: string;
}

const BOM = '\ufeff';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text, BOM included: a header `file,alt_text`, then one line per file in set order. */
export function altTextCsv(rows: readonly AltTextRow[]): string {
  const lines = [['file', 'alt_text'], ...rows.map((row) => [row.file, row.altText])];
  return BOM + lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
