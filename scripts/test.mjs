#!/usr/bin/env node
// `npm test`: type-check, unit + integration tests (Vitest), then the browser-mode end-to-end suite
// (Playwright on Chromium). Ends with one line "N passed, N failed, N skipped" over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwrightSummary, vitestSummary } from './testReports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (label, cmd, args, env = {}) => {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const add = (summary) => {
  totals.passed += summary.passed;
  totals.failed += summary.failed;
  totals.skipped += summary.skipped;
  failures.push(...summary.failures);
};
const only = process.argv[2]; // optional: "unit" or "e2e"

if (!only) {
  // Each layer against its own tsconfig (scripts/typecheck.mjs); fails if any layer does.
  const status = run('type-check', process.execPath, [path.join(root, 'scripts', 'typecheck.mjs')]);
  add(status === 0 ? { passed: 1, failed: 0, skipped: 0, failures: [] } : { passed: 0, failed: 1, skipped: 0, failures: ['type-check'] });
}

// The affiche command's bundle (scripts/build-cli.mjs), so that the tests that run bin/affiche.mjs
// run what an install runs; not counted as a suite.
run('build the affiche command', process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')]);

if (!only || only === 'unit') {
  const file = path.join(reports, 'vitest.json');
  const status = run('unit and integration (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  if (existsSync(file)) add(vitestSummary(JSON.parse(readFileSync(file, 'utf8')), root, status));
  else if (status !== 0) add({ passed: 0, failed: 1, skipped: 0, failures: [`vitest exited with ${status}, no report`] });
}

if (!only || only === 'e2e') {
  const build = run('build renderer', bin('vite'), ['build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn']);
  if (build !== 0) add({ passed: 0, failed: 1, skipped: 0, failures: ['build renderer'] });
  else {
    const file = path.join(reports, 'playwright.json');
    const status = run('end-to-end (playwright, browser mode)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: file });
    if (existsSync(file)) add(playwrightSummary(JSON.parse(readFileSync(file, 'utf8')), status));
    else if (status !== 0) add({ passed: 0, failed: 1, skipped: 0, failures: [`playwright exited with ${status}, no report`] });
  }
}

if (failures.length > 0) {
  console.log('\nFailed:');
  for (const failure of failures) console.log(`  ${failure}`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
