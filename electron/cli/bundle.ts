/**
 * `affiche bundle <post-id...> | --from DAY --to DAY --out FILE.zip|DIR`: posts as a ready-to-post
 * bundle (the `posts.bundle` job, the same as the app's). `--out` ending in `.zip` writes one zip,
 * anything else a folder (absent or empty). Prints the zip's or the folder's path; the notes (a
 * medium that still fails a rule, a row a scheduler's CSV left out) go to stderr. A bundle takes
 * posts of any status: before it runs, stderr says how many are drafts or ideas, in the words of
 * the app's bundle dialog (core/posts/bundleContents.ts).
 */
import path from 'node:path';
import { bundleContents, bundleSummary, notReadyWarning, type BundleSelection } from '../../core/posts/bundleContents';
import type { Command } from './command';
import type { CliIO } from './main';
import { runCliJob, text, withLibrary, type Session } from './session';

export async function runBundle(command: Extract<Command, { name: 'bundle' }>, io: CliIO): Promise<number> {
  const out = path.resolve(command.out);
  const zip = /\.zip$/i.test(out);
  return withLibrary({ library: command.library, readOnly: true, mustExist: true }, io, async (session) => {
    const target = session.backend.staging.target(out, zip ? 'file' : 'folder').id;
    const selection: BundleSelection = command.postIds.length > 0 ? { postIds: command.postIds } : { from: command.from ?? '', to: command.to ?? '' };
    await warnNotReady(session, io, selection);
    const { result } = await runCliJob(session, io, 'posts.bundle', {
      ...(command.postIds.length > 0 ? { postIds: command.postIds } : { from: command.from, to: command.to }),
      zip,
      csv: command.csv,
      ...(command.mediaBaseUrl !== undefined ? { mediaBaseUrl: command.mediaBaseUrl } : {}),
      ...(command.dateOrder ? { dateOrder: command.dateOrder } : {}),
      language: 'en',
      target,
    });
    for (const note of result.notes) io.err(`affiche: note: ${text(note)}`);
    if (command.json) io.out(JSON.stringify({ path: out, ...result, notes: result.notes.map((note) => text(note)) }, null, 2));
    else io.out(out);
    return 0;
  });
}

/** "affiche: warning: 5 posts planned from 2026-12-07 to 2026-12-13 · 2 are not ready (1 draft, 1 idea)"; nothing when all are ready. */
async function warnNotReady(session: Session, io: CliIO, selection: BundleSelection): Promise<void> {
  const { posts } = await session.bridge.api['posts.list']('postIds' in selection ? {} : { from: selection.from, to: selection.to });
  const contents = bundleContents(posts, selection);
  if (notReadyWarning(contents)) io.err(`affiche: warning: ${text(bundleSummary(contents, selection))}`);
}
