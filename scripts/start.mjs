#!/usr/bin/env node
/**
 * `npm start [-- --library DIR]`: build with electron-vite, then run Electron on this folder.
 *
 * The Electron binary is downloaded by electron's install script from outside the npm registry,
 * so offline machines (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1) don't have it: say so in
 * one line and point to browser mode instead of printing a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

const MISSING =
  'Affiche: the Electron binary is not installed (it is downloaded by "npm install" when the machine is online). ' +
  'Run "npm run web" to use Affiche in your browser.';

/** The Electron executable, or null when the package or its downloaded binary is missing. */
function electronBinary() {
  try {
    // electron's index.js throws when path.txt is missing (binary never downloaded).
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (!electron) {
  console.error(MISSING);
  process.exit(1);
}

// Run electron-vite's own entry with this Node: no shell, no PATH lookup, same on every OS.
const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Affiche: the build failed (see above).');
  process.exit(build.status ?? 1);
}

// ELECTRON_RUN_AS_NODE in the environment would start Electron as plain Node, not the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
// npm runs scripts from the package folder; INIT_CWD is where the user typed the command, so a
// relative `--library ./mine` means what they expect.
const cwd = process.env.INIT_CWD && existsSync(process.env.INIT_CWD) ? process.env.INIT_CWD : process.cwd();
const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd, stdio: 'inherit', env });
const forward = (signal) => () => child.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('error', (error) => {
  console.error(`Affiche: Electron could not be started: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
