/**
 * The last lines of `npm test` (scripts/testReports.mjs): counts from each suite's JSON report, and
 * each failure named with its file, its test and the first line of its error, so a log cut to its
 * end still says what failed.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLine, playwrightSummary, vitestSummary } from './testReports.mjs';

const root = path.resolve('/repo');

describe('vitestSummary', () => {
  const report = {
    numPassedTests: 3,
    numFailedTests: 1,
    numPendingTests: 1,
    numTodoTests: 1,
    testResults: [
      {
        name: path.join(root, 'core/a.test.ts'),
        status: 'failed',
        assertionResults: [
          { title: 'adds', fullName: 'sum adds', status: 'passed', failureMessages: [] },
          { title: 'carries', fullName: 'sum carries', status: 'failed', failureMessages: ['\u001b[31mAssertionError: expected 3 to be 4\u001b[39m\n    at a.test.ts:9'] },
        ],
      },
      { name: path.join(root, 'core/b.test.ts'), status: 'failed', message: '\nFailed to load ./missing', assertionResults: [] },
      { name: path.join(root, 'core/c.test.ts'), status: 'passed', assertionResults: [{ title: 'x', fullName: 'x', status: 'passed' }] },
    ],
  };

  it('counts a file that did not load once, skips and todos as skipped', () => {
    const summary = vitestSummary(report, root);
    expect({ passed: summary.passed, failed: summary.failed, skipped: summary.skipped }).toEqual({ passed: 3, failed: 2, skipped: 2 });
  });

  it('names each failure by its file and test, with the first line of its error', () => {
    expect(vitestSummary(report, root).failures).toEqual([
      'core/a.test.ts › sum carries: AssertionError: expected 3 to be 4',
      'core/b.test.ts: Failed to load ./missing',
    ]);
  });

  it('counts a run that exited in error with every test passed as one failure', () => {
    const clean = { numPassedTests: 2, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] };
    expect(vitestSummary(clean, root, 0)).toMatchObject({ failed: 0, failures: [] });
    const summary = vitestSummary(clean, root, 1);
    expect(summary.failed).toBe(1);
    expect(summary.failures[0]).toMatch(/^vitest exited with 1/);
  });
});

describe('playwrightSummary', () => {
  const test = (status: string, message?: string) => ({ status, results: [{ error: message ? { message } : undefined }] });
  const report = {
    stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 2 },
    errors: [],
    suites: [
      {
        title: 'browser/calendar.spec.ts',
        specs: [{ title: 'month view', file: 'browser/calendar.spec.ts', line: 12, tests: [test('expected')] }],
        suites: [
          {
            title: 'in French',
            specs: [
              { title: 'drag a post', file: 'browser/calendar.spec.ts', line: 40, tests: [test('unexpected', 'Error: \u001b[2mexpect(\u001b[22mlocator).toBeVisible()\nCall log:')] },
              { title: 'undo', file: 'browser/calendar.spec.ts', line: 60, tests: [test('flaky', 'Error: once')] },
            ],
          },
        ],
      },
    ],
  };

  it('counts a test passed on a retry as passed', () => {
    expect(playwrightSummary(report, 1)).toMatchObject({ passed: 5, failed: 1, skipped: 2 });
  });

  it('names a failure by file, line, describe and title, with the first line of its error', () => {
    expect(playwrightSummary(report, 1).failures).toEqual(['browser/calendar.spec.ts:40 › in French › drag a post: Error: expect(locator).toBeVisible()']);
  });

  it('counts a run that failed outside any test once, with its errors', () => {
    const broken = { stats: { expected: 0, unexpected: 0, skipped: 0 }, errors: [{ message: 'Error: Timed out waiting 120000ms from config.webServer.\nmore' }], suites: [] };
    expect(playwrightSummary(broken, 1)).toEqual({ passed: 0, failed: 1, skipped: 0, failures: ['playwright: Error: Timed out waiting 120000ms from config.webServer.'] });
    expect(playwrightSummary({ ...broken, errors: [] }, 1).failures).toEqual(['playwright exited with 1']);
    expect(playwrightSummary({ ...broken, errors: [] }, 0).failed).toBe(0);
  });
});

describe('firstLine', () => {
  it('skips blank lines, drops colours and cuts at 300 characters', () => {
    expect(firstLine('\n  \n\u001b[31mboom\u001b[39m\nnext')).toBe('boom');
    expect(firstLine(undefined)).toBe('');
    expect(firstLine('x'.repeat(400))).toHaveLength(300);
  });
});
