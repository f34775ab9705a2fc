#!/usr/bin/env node
// `npm test`: type-check, unit + integration tests (Vitest), then the browser-mode end-to-end suite
// (Playwright on Chromium). Ends with one line "N passed, N failed, N skipped" over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
const only = process.argv[2]; // optional: "unit" or "e2e"

if (!only) {
  // Each layer against its own tsconfig (scripts/typecheck.mjs); fails if any layer does.
  const status = run('type-check', process.execPath, [path.join(root, 'scripts', 'typecheck.mjs')]);
  totals[status === 0 ? 'passed' : 'failed'] += 1;
}

// The affiche command's bundle (scripts/build-cli.mjs), so that the tests that run bin/affiche.mjs
// run what an install runs; not counted as a suite.
run('build the affiche command', process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')]);

if (!only || only === 'unit') {
  const file = path.join(reports, 'vitest.json');
  const status = run('unit and integration (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests;
    // A file that fails to load has no failing test of its own: count it once.
    const brokenFiles = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    ).length;
    totals.failed += report.numFailedTests + brokenFiles;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } else if (status !== 0) totals.failed += 1;
}

if (!only || only === 'e2e') {
  const build = run('build renderer', bin('vite'), ['build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn']);
  if (build !== 0) totals.failed += 1;
  else {
    const file = path.join(reports, 'playwright.json');
    const status = run('end-to-end (playwright, browser mode)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: file });
    if (existsSync(file)) {
      const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
      totals.passed += stats.expected + (stats.flaky ?? 0);
      totals.failed += stats.unexpected;
      totals.skipped += stats.skipped;
      if (status !== 0 && stats.unexpected === 0) totals.failed += 1;
    } else if (status !== 0) totals.failed += 1;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
