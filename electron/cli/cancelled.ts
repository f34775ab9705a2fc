/**
 * Ctrl+C as cancel, what main() needs of it without loading a backend (the command starts fast
 * for `--help` and `formats`: session.ts, which creates the backend, loads only for commands
 * that use the library).
 */

/** The exit code of a command the user stopped with Ctrl+C (128 + SIGINT), as shells expect. */
export const EXIT_CANCELLED = 130;

/** Thrown when the user pressed Ctrl+C: main() turns it into exit code 130. */
export class CliCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CliCancelled';
  }
}
