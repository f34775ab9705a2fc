import type { HelpTopic } from './args';

export const HELP = `affiche — the offline studio for social media content

Usage:
  affiche <command> [options]

Commands:
  formats [--json]                 List the network formats (sizes, ratios, sources)
  render <design> --out DIR        Render a design to image files
  help [command]                   Show help for a command

Options:
  -h, --help                       Show this help
  -v, --version                    Show the version

Environment:
  AFFICHE_LIBRARY                  Library folder (default: the OS app-data folder)

Exit codes: 0 ok, 1 user error (one line on stderr), 2 internal error.
Run "affiche help render" for the render options.`;

export const COMMAND_HELP: Record<HelpTopic, string> = {
  formats: `affiche formats [--json]

List every format of the catalog, grouped by network: id, name, pixel size, ratio, kind.
  --json      Print the catalog as JSON (one array; sizes in pixels, with source and date checked)`,
  render: `affiche render <file.affiche | design-id> --out DIR [--type png|jpg|webp] [--page N] [--library DIR]

Render a design at its exact pixel size with the same renderer as the app.
  <design>        A portable .affiche file, or the id of a design in the library
  -o, --out DIR   Folder to write into (created if missing); files are <name>.<type>,
                  or <name>-<page>.<type> when the design has several pages
  -t, --type T    png (default), jpg or webp
  -p, --page N    Only page N (1 = first page); default: every page
  --library DIR   Library to read design ids from (default: AFFICHE_LIBRARY or the app-data folder)

Prints the path of each file written.`,
};
