#!/usr/bin/env node
// `npm run typecheck`: each layer against its own tsconfig, so the build refuses what a layer must
// not use (DOM types in core or electron, Node types in core or the renderer). Runs them one after
// the other and exits 1 if any failed, naming which.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAYER_CONFIGS = ['tsconfig.core.json', 'tsconfig.electron.json', 'tsconfig.renderer.json', 'tsconfig.tools.json'];

const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
const failed = [];
for (const config of LAYER_CONFIGS) {
  console.log(`tsc -p ${config}`);
  const result = spawnSync(tsc, ['-p', config, '--noEmit'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed.push(config);
}
if (failed.length > 0) {
  console.error(`type errors in ${failed.join(', ')}`);
  process.exit(1);
}
