/**
 * Staged files (docs/architecture.md, "Staging"): big files never travel inside a call. A file
 * the user gives (an upload in browser mode, a file picked in Electron's dialog, a path on the
 * command line) or a place to write to (a save dialog's choice, `--out`) is registered with the
 * backend's staging service and named in calls by a random id. A path never crosses the contract.
 */
import { z } from 'zod';

/** Random hex, never a path. */
export const stagingIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'not a staged file id');
