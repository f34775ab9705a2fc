/**
 * `affiche posts add` and `affiche posts list` (issue 14, Posts): plan a post from the command line
 * and read the calendar. `add` imports a .affiche file into the library first (a design id is used
 * as it is), picks each network's format as the app does (core/posts/targetFormat.ts), checks the
 * post as the caption editor does (core/posts/checks.ts, with the library's design facts) and saves
 * it through `posts.save`. A post asked `--status ready` that fails a check is saved as a draft,
 * each failing rule printed: the command succeeds (exit 0) and says so.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { NETWORK_LABELS } from '../../core/formats/catalog';
import { msg } from '../../core/messages';
import { blocksReady, checkPost, type PostCheck } from '../../core/posts/checks';
import { formatForNetwork } from '../../core/posts/targetFormat';
import { newId } from '../../core/schema/factory';
import type { Post, PostInput, PostTarget } from '../../core/schema/posts';
import { POSTS_LIMITS } from '../../core/schema/posts';
import { UserError } from '../services/errors';
import { checkContextFor } from '../services/posts/checkContext';
import type { Command } from './command';
import type { CliIO } from './main';
import { text, withLibrary, type Session } from './session';

type PostsAdd = Extract<Command, { name: 'posts-add' }>;
type PostsList = Extract<Command, { name: 'posts-list' }>;

/** The design's id in the library: a .affiche file is imported first (a new design each time). */
async function designIdOf(session: Session, source: string, looksLikeFile: boolean): Promise<string> {
  if (looksLikeFile) {
    const summary = await session.bridge.api['designs.importPortable']({ fileName: path.basename(source), source: session.backend.staging.adopt(source).id });
    return summary.id;
  }
  if (!session.backend.library.listDesigns({}).some((design) => design.id === source)) {
    throw new UserError('not-found', msg('cli.notADesign', { name: source, dir: session.dir }));
  }
  return source;
}

/** One line per check: "instagram: fails: 6 hashtags: the limit is 5." (warnings and notes likewise). */
function checkLine(check: PostCheck): string {
  const level = check.level === 'error' ? 'fails' : check.level === 'warning' ? 'warning' : 'note';
  return `affiche: ${check.network ?? 'post'}: ${level}: ${text(check.message)}`;
}

function checkJson(check: PostCheck) {
  return { network: check.network, field: check.field, level: check.level, message: text(check.message), key: check.message.key };
}

export async function runPostsAdd(command: PostsAdd, io: CliIO): Promise<number> {
  const source = command.design;
  const looksLikeFile = existsSync(source) || /[./\\]/.test(source);
  if (looksLikeFile && !existsSync(source)) throw new UserError('not-found', msg('cli.noSuchFile', { name: source }));
  if (looksLikeFile && !statSync(source).isFile()) throw new UserError('bad-file', msg('cli.notAffiche', { name: source }));
  return withLibrary({ library: command.library, readOnly: false, mustExist: !looksLikeFile }, io, async (session) => {
    const designId = await designIdOf(session, source, looksLikeFile);
    const { design } = await session.bridge.api['designs.get']({ id: designId });
    const { editorial } = await session.bridge.api['editorial.get']({});
    const altTexts = command.altTexts.map((alt) => alt.trim());
    const targets: PostTarget[] = command.networks.map((network) => ({
      network,
      formatId: formatForNetwork(design, network).formatId,
      ...(altTexts.length > 0 ? { altTexts } : {}),
    }));
    const input: PostInput = {
      id: newId('post'),
      title: (command.title ?? design.name).slice(0, POSTS_LIMITS.title),
      status: command.status,
      notes: '',
      at: command.at ? { local: command.at, zone: command.tz ?? editorial.settings.timeZone } : null,
      designIds: [designId],
      master: { caption: command.caption, hashtags: command.hashtags, firstComment: command.firstComment ?? '', link: command.link ?? '' },
      targets,
    };
    const checks = checkPost(input, await checkContextFor(session.backend.library, input));
    const keptDraft = command.status === 'ready' && blocksReady(checks);
    if (keptDraft) input.status = 'draft';
    const { post } = await session.bridge.api['posts.save'](input);
    for (const check of checks) io.err(checkLine(check));
    if (keptDraft) io.err(`affiche: the post is saved as a draft, not ready: ${checks.filter((check) => check.level === 'error').length} check(s) fail (fix them, then mark it ready)`);
    if (command.json) {
      io.out(JSON.stringify({ id: post.id, status: post.status, keptDraft, post, checks: checks.map(checkJson) }, null, 2));
    } else {
      io.out(post.id);
    }
    return 0;
  });
}

/** "Thu 2026-12-10", "09:00", "Europe/Paris": the post's own clock and zone, never converted. */
function row(post: Post): string[] {
  const networks = post.targets.map((target) => NETWORK_LABELS[target.network]).join(', ');
  if (!post.at) return ['-', '-', '-', networks, post.status, post.title];
  const [day, time] = post.at.local.split('T');
  return [day, time, post.at.zone, networks, post.status, post.title];
}

export async function runPostsList(command: PostsList, io: CliIO): Promise<number> {
  return withLibrary({ library: command.library, readOnly: true, mustExist: true }, io, async ({ bridge }) => {
    const { posts } = await bridge.api['posts.list']({
      ...(command.from !== undefined ? { from: command.from } : {}),
      ...(command.to !== undefined ? { to: command.to } : {}),
      ...(command.status ? { status: command.status } : {}),
    });
    if (command.json) {
      io.out(JSON.stringify(posts, null, 2));
      return 0;
    }
    const header = ['DAY', 'TIME', 'ZONE', 'NETWORKS', 'STATUS', 'TITLE'];
    const rows = posts.map(row);
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((cells) => cells[i].length)));
    const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
    io.out(line(header));
    for (const cells of rows) io.out(line(cells));
    io.err(`${posts.length} post${posts.length === 1 ? '' : 's'}`);
    return 0;
  });
}
