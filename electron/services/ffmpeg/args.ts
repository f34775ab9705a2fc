/**
 * Arguments every ffmpeg run gets, and the loggable form of a command line (docs/architecture.md, Media and ffmpeg: log the
 * full command of every run, shell-escaped, so a user can reproduce a failure).
 */

/**
 * `-protocol_whitelist file,pipe` (docs/architecture.md, Media and ffmpeg): a hostile playlist, concat list or media file
 * can't make ffmpeg open http, tcp, udp, rtmp... URLs.
 *
 * Careful: like every ffmpeg *input* option, it applies only to the next `-i`. Checked against
 * ffmpeg 5.1: with the whitelist before the first input only, a second `-i http://...` still
 * connects. Put it before every input (use `ffmpegInputArgs`): the runner (./run.ts) refuses
 * arguments where an `-i` lacks it (`unguardedInput`).
 */
export function ffmpegArgsPrefix(): string[] {
  return ['-protocol_whitelist', 'file,pipe'];
}

/** `-protocol_whitelist file,pipe [...inputOptions] -i <file>` for one input. */
export function ffmpegInputArgs(file: string, inputOptions: readonly string[] = []): string[] {
  return [...ffmpegArgsPrefix(), ...inputOptions, '-i', file];
}

/**
 * The first `-i` value not preceded by `-protocol_whitelist file,pipe` since the previous input,
 * or null when every input has it. (A positional ffprobe input is not seen: pass it with `-i`.)
 */
export function unguardedInput(args: readonly string[]): string | null {
  let guarded = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-protocol_whitelist' && args[i + 1] === 'file,pipe') guarded = true;
    if (args[i] === '-i') {
      if (!guarded) return args[i + 1] ?? '';
      guarded = false;
      i++;
    }
  }
  return null;
}

/** POSIX-shell quoting for logs: `'it'\''s'`; plain words stay bare. */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command line as a user could paste it into a terminal. */
export function commandLine(file: string, args: readonly string[]): string {
  return [file, ...args].map(shellQuote).join(' ');
}
