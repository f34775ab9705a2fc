#!/usr/bin/env node
// `npm run web [-- --port N --library DIR --no-build]`: builds the renderer, then serves the whole
// app (renderer + real backend) on 127.0.0.1. --no-build reuses an existing out/renderer.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const passThrough = args.filter((arg) => arg !== '--no-build');

if (!noBuild) {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', path.join(root, 'vite.renderer.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('Affiche: building the renderer failed (see above).');
    process.exit(1);
  }
}

process.argv = [process.argv[0], process.argv[1], ...passThrough];
register();
await import('../electron/web/main.ts');
