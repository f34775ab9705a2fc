/**
 * Arguments every ffmpeg run gets, and the loggable form of a command line (STYLE.md: log the
 * full command of every run, shell-escaped, so a user can reproduce a failure).
 */

/**
 * `-protocol_whitelist file,pipe` (DESIGN.md §3): a hostile playlist, concat list or media file
 * can't make ffmpeg open http, tcp, udp, rtmp... URLs.
 *
 * Careful: like every ffmpeg *input* option, it applies only to the next `-i`. Checked against
 * ffmpeg 5.1: with the whitelist before the first input only, a second `-i http://...` still
 * connects. Put it before every input (use `ffmpegInputArgs`, or with fluent-ffmpeg
 * `.input(file).inputOptions(ffmpegArgsPrefix())` for each input).
 */
export function ffmpegArgsPrefix(): string[] {
  return ['-protocol_whitelist', 'file,pipe'];
}

/** `-protocol_whitelist file,pipe [...inputOptions] -i <file>` for one input. */
export function ffmpegInputArgs(file: string, inputOptions: readonly string[] = []): string[] {
  return [...ffmpegArgsPrefix(), ...inputOptions, '-i', file];
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
