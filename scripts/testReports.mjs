/**
 * Counts and failures from the suites' JSON reports (Vitest, Playwright), for scripts/test.mjs. The
 * failures are named again just above its last line, so that a log cut to its end still says which
 * test failed and why, in a line each.
 */
import path from 'node:path';

/** The first non-empty line of an error message, without terminal colours, at most 300 characters. */
export function firstLine(text) {
  // eslint-disable-next-line no-control-regex
  const plain = String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? '';
}

/**
 * Vitest's JSON report: counts, and "file › test: first line of the error" per failure. A run that
 * exited in error with no failing test (an error thrown outside any test) counts once.
 */
export function vitestSummary(report, root, exitStatus = 0) {
  const failures = [];
  let brokenFiles = 0;
  for (const result of report.testResults ?? []) {
    const where = path.relative(root, result.name);
    const failed = (result.assertionResults ?? []).filter((test) => test.status === 'failed');
    // A file that fails to load has no failing test of its own: it counts once.
    if (result.status === 'failed' && failed.length === 0) {
      brokenFiles += 1;
      failures.push(`${where}: ${firstLine(result.message)}`);
    }
    for (const test of failed) failures.push(`${where} › ${test.fullName ?? test.title}: ${firstLine(test.failureMessages?.[0])}`);
  }
  let failed = (report.numFailedTests ?? 0) + brokenFiles;
  if (exitStatus !== 0 && failed === 0) {
    failed = 1;
    failures.push(`vitest exited with ${exitStatus}: an error outside any test (its output above says which)`);
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures,
  };
}

/**
 * Playwright's JSON report: counts (a test that passed on a retry counts as passed), and
 * "file:line › describe › test: first line of the error" per failure. A run that failed with no
 * failing test (a global setup, a worker that crashed) counts once, with its errors.
 */
export function playwrightSummary(report, exitStatus) {
  const failures = [];
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        failures.push(`${spec.file}:${spec.line} › ${[...trail, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
  };
  // The top suites are the files, already named by each spec's file.
  for (const suite of report.suites ?? []) walk(suite, []);
  const stats = report.stats ?? {};
  let failed = stats.unexpected ?? 0;
  if (exitStatus !== 0 && failed === 0) {
    failed = 1;
    const errors = (report.errors ?? []).map((error) => `playwright: ${firstLine(error.message)}`);
    failures.push(...(errors.length > 0 ? errors : [`playwright exited with ${exitStatus}`]));
  }
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed, skipped: stats.skipped ?? 0, failures };
}
