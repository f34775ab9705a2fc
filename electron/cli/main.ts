/**
 * The `affiche` command. Exit codes: 0 ok, 1 user error (one clear line on stderr), 2 internal error.
 * Results go to stdout, messages to stderr, so the output can be piped.
 */
import { CliUsageError, parseCommandLine } from './args';
import { HELP, COMMAND_HELP } from './help';
import { runFormats } from './formats';
import { runRender } from './render';
import { isUserError } from '../services/errors';
import { appVersion } from '../services/backend';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
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
        runFormats(command, io);
        return 0;
      case 'render':
        await runRender(command, io);
        return 0;
    }
  } catch (error) {
    if (error instanceof CliUsageError || isUserError(error)) {
      io.err(`affiche: ${error.message}`);
      return 1;
    }
    io.err(`affiche: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.AFFICHE_DEBUG) io.err(error instanceof Error ? (error.stack ?? '') : '');
    return 2;
  }
}
