#!/usr/bin/env node
// The `affiche` command. Runs the prebuilt bundle (out/cli, `npm run build:cli`, built by
// `npm install` and `npm test`) while every source file it was built from is unchanged; otherwise,
// or without a bundle, the TypeScript sources through tsx (slower to start: they are compiled).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'cli');

/** True when out/cli exists and none of the files it was built from changed since. */
function bundleIsFresh() {
  try {
    const { inputs } = JSON.parse(readFileSync(path.join(bundle, 'stamp.json'), 'utf8'));
    return (
      inputs.length > 0 &&
      inputs.every(({ file, size, mtimeMs }) => {
        const stat = statSync(path.join(root, file), { throwIfNoEntry: false });
        return stat !== undefined && stat.size === size && stat.mtimeMs === mtimeMs;
      })
    );
  } catch {
    return false;
  }
}

let main;
if (bundleIsFresh()) ({ main } = await import(pathToFileURL(path.join(bundle, 'affiche.js')).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../electron/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
