/** The app's version, from the package.json this code ships in. No native modules: the CLI's --version needs none. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function appVersion(): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'affiche' && pkg.version) return pkg.version;
      } catch {
        /* keep walking up */
      }
      dir = path.dirname(dir);
    }
  } catch {
    /* bundled without a package.json nearby */
  }
  return '0.0.0';
}
