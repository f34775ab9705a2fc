/**
 * `affiche calendar export --ics FILE [--from DAY] [--to DAY]`: the calendar's planned posts as an
 * iCalendar file, by the `calendar.exportIcs` job (whole or absent at the destination). Only reads
 * the library (no lock), so it runs while the app is open.
 */
import path from 'node:path';
import type { Command } from './command';
import type { CliIO } from './main';
import { runCliJob, withLibrary } from './session';

export async function runCalendarExport(command: Extract<Command, { name: 'calendar-export' }>, io: CliIO): Promise<number> {
  return withLibrary({ library: command.library, readOnly: true, mustExist: true }, io, async (session) => {
    const file = path.resolve(command.ics);
    const target = session.backend.staging.target(file).id;
    const { result } = await runCliJob(session, io, 'calendar.exportIcs', { from: command.from, to: command.to, target });
    io.out(`${file}\t${result.events} event${result.events === 1 ? '' : 's'}`);
    return 0;
  });
}
