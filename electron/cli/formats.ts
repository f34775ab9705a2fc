import { FORMATS, NETWORK_LABELS, ratioLabel } from '../../core/formats';
import type { Command } from './args';
import type { CliIO } from './main';

export function runFormats(command: Extract<Command, { name: 'formats' }>, io: CliIO): void {
  if (command.json) {
    io.out(JSON.stringify(FORMATS.map((format) => ({ ...format, ratio: ratioLabel(format.width, format.height) })), null, 2));
    return;
  }
  const rows = FORMATS.map((format) => [
    NETWORK_LABELS[format.network],
    format.id,
    format.name.en,
    `${format.width}x${format.height}`,
    ratioLabel(format.width, format.height),
    format.kind,
  ]);
  const header = ['NETWORK', 'ID', 'NAME', 'SIZE', 'RATIO', 'KIND'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  io.out(line(header));
  for (const row of rows) io.out(line(row));
}
