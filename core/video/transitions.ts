/**
 * Scene transitions are ffmpeg's xfade transitions, named as the installed ffmpeg names them
 * (5.1 has 46; later versions add more): the export reads the list from `ffmpeg -h filter=xfade`
 * and never assumes a version. `cut` is no transition. The common ones have words in both
 * languages (messages `video.transition.<name>`); the others show their ffmpeg name.
 */

/** Offered first, in this order, when the installed ffmpeg has them. */
export const COMMON_TRANSITIONS = ['fade', 'fadeblack', 'fadewhite', 'slideleft', 'slideright', 'slideup', 'slidedown', 'wipeleft', 'wiperight', 'wipeup', 'wipedown', 'zoomin', 'dissolve', 'circleopen', 'smoothleft'] as const;

/** The transition names in `ffmpeg -h filter=xfade` output (the `transition` option's constants), in its order, without `custom`. */
export function parseXfadeTransitions(helpText: string): string[] {
  const lines = helpText.split(/\r?\n/);
  const start = lines.findIndex((line) => /^\s*transition\s+<int>/.test(line));
  if (start < 0) return [];
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^\s{3,}([a-z]+)\s+-?\d+\s/.exec(line);
    if (!match) {
      if (/^\s*[a-z_]+\s+<\w+>/.test(line) || line.trim() === '') break;
      continue;
    }
    if (match[1] !== 'custom') names.push(match[1]);
  }
  return names;
}

/** Installed transitions with the common ones first. */
export function orderTransitions(installed: readonly string[]): string[] {
  const common = COMMON_TRANSITIONS.filter((name) => installed.includes(name));
  return [...common, ...installed.filter((name) => !(common as readonly string[]).includes(name))];
}
