import { FORMATS, NETWORK_LABELS } from '../../core/formats';
import type { Command } from './args';
import type { CliIO } from './main';

export function runFormats(command: Extract<Command, { name: 'formats' }>, io: CliIO): void {
  if (command.json) {
    // The whole catalog entry: size and ratio, file limits, text limits, safe zone, crops, sources.
    io.out(JSON.stringify(FORMATS, null, 2));
    return;
  }
  const rows = FORMATS.map((format) => [
    NETWORK_LABELS[format.network],
    format.id,
    format.name.en,
    `${format.width}x${format.height}`,
    format.ratio,
    format.kind,
  ]);
  const header = ['NETWORK', 'ID', 'NAME', 'SIZE', 'RATIO', 'KIND'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  io.out(line(header));
  for (const row of rows) io.out(line(row));
}
