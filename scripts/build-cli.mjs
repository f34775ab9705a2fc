#!/usr/bin/env node
// `npm run build:cli` (also run by `npm install` through `prepare`, and by `npm test`): the `affiche`
// command prebuilt, so that it starts without compiling its TypeScript sources at each run
// (docs/architecture.md, "Video"; tsx took about 2 CPU seconds of every command).
//
//   out/cli/affiche.js      the command's code (electron/cli/main.ts), ESM, split at its lazy imports
//   out/cli/parseWorker.js  the parse worker thread, found next to the code that starts it
//   out/cli/stamp.json      the source files it was built from, each with its size and mtime
//
// Packages stay external (node-canvas and sharp are native; fabric, jsdom and the rest load from
// node_modules as they do from the sources); a subpath import of a package without an `exports`
// map (`hyphen/fr`) is written as the file Node's resolver needs. Paths the code finds at run time
// (assets/, package.json) are found by walking up from out/cli, as from the sources.
// bin/affiche.mjs runs the bundle only while every file in the stamp is unchanged, else tsx.
// Usage: node scripts/build-cli.mjs [outDir]   (default out/cli)
import { createRequire } from 'node:module';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The package a bare import names: `@scope/name` or `name`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every package external; a subpath Node's ESM resolver cannot find alone rewritten to its file. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = packageOf(args.path);
      if (args.path === name) return { path: args.path, external: true };
      const require = createRequire(args.importer || path.join(root, 'package.json'));
      let manifest;
      try {
        manifest = require.resolve(`${name}/package.json`);
      } catch {
        return { path: args.path, external: true };
      }
      if (JSON.parse(readFileSync(manifest, 'utf8')).exports) return { path: args.path, external: true };
      const file = path.relative(path.dirname(manifest), require.resolve(args.path)).split(path.sep).join('/');
      return { path: `${name}/${file}`, external: true };
    });
  },
};

/** Builds the command into `outDir` (replaced whole once the new build is complete). */
export async function buildCli(outDir = path.join(root, 'out', 'cli')) {
  const { build } = await import('esbuild');
  const staging = `${outDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { affiche: 'electron/cli/main.ts', parseWorker: 'electron/services/parse/worker.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    plugins: [externalPackages],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .sort()
    .map((file) => {
      const stat = statSync(path.join(root, file));
      return { file, size: stat.size, mtimeMs: stat.mtimeMs };
    });
  writeFileSync(path.join(staging, 'stamp.json'), JSON.stringify({ inputs }, null, 1));
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
  return { outDir, inputs: inputs.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  try {
    const built = await buildCli(outDir);
    console.log(`affiche command built into ${path.relative(root, built.outDir) || '.'} from ${built.inputs} source files`);
  } catch (error) {
    // Without esbuild (an install without dev tools), the command runs from its sources through tsx.
    if (!existsSync(path.join(root, 'node_modules', 'esbuild'))) console.log('esbuild is missing: the affiche command will run from its sources');
    else throw error;
  }
}
