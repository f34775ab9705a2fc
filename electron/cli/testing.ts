/**
 * Test helper: runs the `affiche` command in process and gathers what it prints. Progress lines
 * ("[ 40 %] ...") are kept apart from the other stderr lines, so tests read messages only.
 */
import { main, type CliIO } from './main';

const PROGRESS_LINE = /^\[\s*\d+ %\] /;

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
  progress: string[];
}

export async function runCli(argv: string[], options: { stdin?: string } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: CliIO = {
    out: (line) => out.push(line),
    err: (line) => (PROGRESS_LINE.test(line) ? progress : err).push(line),
    ...(options.stdin !== undefined ? { stdin: async () => options.stdin! } : {}),
  };
  const code = await main(argv, io);
  return { code, out, err, progress };
}
