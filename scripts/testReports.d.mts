/** Types of ./testReports.mjs (plain JavaScript: scripts/test.mjs runs on node alone). */
export interface SuiteSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** One line per failure: where, which test, the first line of its error. */
  failures: string[];
}
export function firstLine(text: unknown): string;
export function vitestSummary(report: object, root: string, exitStatus?: number): SuiteSummary;
export function playwrightSummary(report: object, exitStatus: number): SuiteSummary;
