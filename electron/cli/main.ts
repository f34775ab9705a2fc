/**
 * The `affiche` command. Exit codes: 0 ok, 1 user error (one clear line on stderr), 2 internal error.
 * `preflight` is the exception, like diff: 0 pass, 1 fail, 2 could not check (usage or file
 * problems included), so a script can tell "the file fails" from "the check did not run".
 * `render --format` with an unknown format id exits 2 too, as `preflight --format` does; render
 * exits 1 when a written file fails its format's preflight and no fix could make it pass.
 * Results go to stdout, messages to stderr, so the output can be piped.
 */
import { CliUsageError } from './argParsing';
import { parseCommandLine } from './args';
import { HELP, COMMAND_HELP } from './help';
import { runFormats } from './formats';
import { isUserError } from '../services/errors';
import { appVersion } from '../services/version';
import { SchemaError } from '../../core/schema/migrate';
import { AfficheCallError } from '../../core/api/names';
import { CliCancelled, EXIT_CANCELLED } from './cancelled';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** stderr when it is a terminal: progress is drawn as a bar there, as lines otherwise. */
  errTerminal?: { write(text: string): void; columns?: number };
  /** The text piped in (`carousel from-text -`); process.stdin when absent. */
  stdin?: () => Promise<string>;
}

const defaultIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  ...(process.stderr.isTTY ? { errTerminal: { write: (text: string) => process.stderr.write(text), get columns() { return process.stderr.columns; } } } : {}),
};

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.name) {
      case 'help':
        io.out(command.topic ? COMMAND_HELP[command.topic] : HELP);
        return 0;
      case 'version':
        io.out(appVersion());
        return 0;
      case 'formats':
        await runFormats(command, io);
        return 0;
      case 'render': {
        // Loaded on demand: rendering needs native modules (node-canvas, sharp) that --help does not.
        const { runRender } = await import('./render');
        return await runRender(command, io);
      }
      case 'preflight': {
        const { runPreflight } = await import('./preflight');
        return await runPreflight(command, io);
      }
      case 'library-import': {
        // Loaded on demand: importing needs sharp and the library code, --help does not.
        const { runLibraryImport } = await import('./library');
        return await runLibraryImport(command, io);
      }
      case 'library-list': {
        const { runLibraryList } = await import('./library');
        await runLibraryList(command, io);
        return 0;
      }
      case 'library-export': {
        const { runLibraryExport } = await import('./library');
        return await runLibraryExport(command, io);
      }
      case 'library-import-archive': {
        const { runLibraryImportArchive } = await import('./library');
        return await runLibraryImportArchive(command, io);
      }
      case 'templates-list': {
        const { runTemplatesList } = await import('./templates');
        await runTemplatesList(command, io);
        return 0;
      }
      case 'templates-fill': {
        const { runTemplatesFill } = await import('./templates');
        return await runTemplatesFill(command, io);
      }
      case 'meme': {
        const { runMeme } = await import('./templates');
        return await runMeme(command, io);
      }
      case 'templates-import': {
        const { runTemplatesImport } = await import('./templateFiles');
        return await runTemplatesImport(command, io);
      }
      case 'templates-export': {
        const { runTemplatesExport } = await import('./templateFiles');
        return await runTemplatesExport(command, io);
      }
      case 'carousel-split': {
        const { runCarouselSplit } = await import('./carousel');
        return await runCarouselSplit(command, io);
      }
      case 'carousel-from-text': {
        const { runCarouselFromText } = await import('./carousel');
        return await runCarouselFromText(command, io);
      }
      case 'captions-import': {
        const { runCaptionsImport } = await import('./captions');
        return await runCaptionsImport(command, io);
      }
      case 'captions-export': {
        const { runCaptionsExport } = await import('./captions');
        return await runCaptionsExport(command, io);
      }
      case 'calendar-export': {
        const { runCalendarExport } = await import('./calendar');
        return await runCalendarExport(command, io);
      }
      case 'posts-add': {
        const { runPostsAdd } = await import('./posts');
        return await runPostsAdd(command, io);
      }
      case 'posts-list': {
        const { runPostsList } = await import('./posts');
        return await runPostsList(command, io);
      }
      case 'bundle': {
        const { runBundle } = await import('./bundle');
        return await runBundle(command, io);
      }
    }
  } catch (error) {
    if (error instanceof CliCancelled) {
      io.err('affiche: cancelled; nothing was written at the destination');
      return EXIT_CANCELLED;
    }
    const userCode = argv[0] === 'preflight' ? 2 : 1;
    // A call refused by the backend: the user's error (exit 1), unless the backend failed itself.
    if (error instanceof AfficheCallError && error.code !== 'internal') {
      io.err(`affiche: ${error.message}`);
      return error.code === 'cancelled' ? EXIT_CANCELLED : userCode;
    }
    if (error instanceof CliUsageError || isUserError(error) || error instanceof SchemaError) {
      io.err(`affiche: ${error.message}`);
      return (error instanceof CliUsageError && error.exitCode) || userCode;
    }
    const fileProblem = describeFileError(error);
    if (fileProblem) {
      io.err(`affiche: ${fileProblem}`);
      return userCode;
    }
    io.err(`affiche: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.AFFICHE_DEBUG) io.err(error instanceof Error ? (error.stack ?? '') : '');
    return 2;
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder, not a file',
  EEXIST: 'already exists',
};

/** Errors of the user's files and folders (a read-only --out, a full disk) are user errors: exit 1. */
function describeFileError(error: unknown): string | null {
  const { code, path: file } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !(code in FILE_ERRORS)) return null;
  return file ? `${file}: ${FILE_ERRORS[code]}` : FILE_ERRORS[code];
}
