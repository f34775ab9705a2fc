/**
 * The `posts.bundle` job (docs/architecture.md, Posts; EXP-08, EXP-09): posts as a ready-to-post
 * bundle, one zip or a folder.
 *
 *   README.txt, post.json, <scheduler>.csv...
 *   <network>/01.jpg 02.jpg... caption.txt alt.txt [first-comment.txt]     (one post)
 *   <day>-<title>/<network>/...                                            (several posts)
 *
 * Each network's media is the design in that network's format (the target's, else
 * `formatForNetwork`), made by the export's own pieces (./bundleMedia.ts), each checked and fixed
 * for its format. Deterministic: entries sorted, one fixed time (the newest post's last change),
 * no random names inside; the same posts give the same bytes. Refusals come before anything is
 * drawn; a cancel or a failure leaves nothing at the destination.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { slideCap } from '../../../core/carousel/limits';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { NETWORKS } from '../../../core/formats/constants';
import { safeFileStem } from '../../../core/files/names';
import { dayMessage, msg, type Message } from '../../../core/messages';
import { postedText, resolveTargets } from '../../../core/posts/resolve';
import { formatForNetwork } from '../../../core/posts/targetFormat';
import type { Design } from '../../../core/schema';
import type { Post } from '../../../core/schema/posts';
import { UserError } from '../errors';
import { loadSource } from '../export/exportImages';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobContext, JobDefinition } from '../jobs/runner';
import { renderCacheOf } from '../video/renderCache';
import { formatOf, mediaCount, MediaMemo, targetMedia, type MediaContext, type TargetMedia } from './bundleMedia';
import { bundleCsvFiles, scheduleRows } from './bundleRows';
import { placePosts, selectPosts } from './bundleSelect';
import { altTextLines, altTextsOf, postJson, readme, sha256, utf8, type BundledFile, type BundledPost } from './bundleTexts';
import { writeFolder, writeZip, type BundleEntry } from './bundleWriter';

type Args = JobParsedArgsOf<'posts.bundle'>;
type Result = JobResultOf<'posts.bundle'>;

/** Share of the bar the media take; writing the bundle takes the rest. */
const MEDIA_SHARE = 0.9;

export function bundleJob(deps: JobDeps, args: Args): JobDefinition<Result> {
  // The tray shows the range's days in the UI's language (the title is a message, shown when read).
  const title = args.postIds ? msg('bundle.title', { count: new Set(args.postIds).size }) : msg('bundle.titleRange', { from: dayMessage(args.from ?? ''), to: dayMessage(args.to ?? '') });
  return { type: 'posts.bundle', title, run: (ctx) => runBundle(deps, args, ctx) };
}

interface PlannedTarget {
  network: Post['targets'][number]['network'];
  folder: string;
  resolved: ReturnType<typeof resolveTargets>[number];
  design: Design;
  formatId: string;
}

/** Every post's targets in the catalog's network order, each with its design and format (refusals first). */
async function planTargets(deps: JobDeps, posts: ReturnType<typeof placePosts>): Promise<{ post: Post; folder: string; targets: PlannedTarget[] }[]> {
  const designs = new Map<string, Design>();
  const userFormats = deps.library.listFormats();
  const planned = [];
  for (const { post, folder } of posts) {
    if (post.targets.length === 0) throw new UserError('invalid-args', msg('bundle.noTargets', { title: post.title }));
    const targets: PlannedTarget[] = [];
    const resolvedTargets = resolveTargets(post).sort((a, b) => NETWORKS.indexOf(a.network) - NETWORKS.indexOf(b.network));
    for (const resolved of resolvedTargets) {
      if (!resolved.designId) throw new UserError('invalid-args', msg('bundle.noDesign', { title: post.title, network: NETWORK_LABELS[resolved.network] }));
      let design = designs.get(resolved.designId);
      if (!design) designs.set(resolved.designId, (design = (await deps.library.getDesign(resolved.designId)).design));
      const formatId = resolved.formatId ?? formatForNetwork(design, resolved.network).formatId;
      formatOf(formatId, userFormats);
      targets.push({ network: resolved.network, folder: folder ? `${folder}/${resolved.network}` : resolved.network, resolved, design, formatId });
    }
    planned.push({ post, folder, targets });
  }
  return planned;
}

/** A folder bundle's final path: the target, or the desktop app's save dialog; absent or empty. */
async function folderPath(deps: JobDeps, ctx: JobContext, args: Args, suggestedName: string): Promise<string> {
  let chosen: string | null;
  if (args.target) chosen = deps.staging.targetOf(args.target).path;
  else if (deps.host.chooseSavePath) {
    chosen = await deps.host.chooseSavePath({ suggestedName, filters: [] });
    if (!chosen) ctx.cancel();
  } else throw new UserError('invalid-args', msg('bundle.folderNeedsDesktop'));
  const final = path.resolve(chosen);
  const existing = await stat(final).catch(() => null);
  if (existing && (!existing.isDirectory() || (await readdir(final)).length > 0)) throw new UserError('invalid-args', msg('bundle.folderNotEmpty', { name: final }));
  return final;
}

async function runBundle(deps: JobDeps, args: Args, ctx: JobContext): Promise<Result> {
  const posts = placePosts(await selectPosts(deps.library.posts, args));
  const planned = await planTargets(deps, posts);
  const editorial = await deps.library.posts.editorial();
  const language = args.language ?? 'en';
  const mediaBaseUrl = args.mediaBaseUrl ?? editorial.settings.mediaBaseUrl;
  const userFormats = deps.library.listFormats();

  // The bundle's one time: the newest post's last change (never the clock: same posts, same bytes).
  const date = new Date(Math.max(...posts.map(({ post }) => Date.parse(post.updatedAt))));
  const stem = posts.length === 1 ? safeFileStem(posts[0].post.title) || 'post' : `posts ${args.from ?? ''} ${args.to ?? ''}`.trim();
  const suggestedName = args.zip ? `${safeFileStem(stem)}.zip` : safeFileStem(stem);

  // Where it goes, before anything is drawn.
  const zipDestination = args.zip
    ? await chooseDestination(deps, ctx, { target: args.target, suggestedName, filters: [{ name: msg('bundle.zipFileType'), extensions: ['zip'] }] })
    : null;
  const folder = args.zip ? null : await folderPath(deps, ctx, args, suggestedName);

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'affiche-bundle-'));
  ctx.onFinish(() => rm(workDir, { recursive: true, force: true }));

  // 1. The media, each design and format made once.
  const memo = new MediaMemo();
  const seen = new Set<string>();
  let total = 0;
  for (const target of planned.flatMap((p) => p.targets)) {
    const key = `${target.design.id}\u0000${target.formatId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total += mediaCount(target.design, formatOf(target.formatId, userFormats));
  }
  let done = 0;
  const drawn = new Map<string, Promise<Buffer>>();
  const source = await loadSource(deps, { design: { id: planned[0].targets[0].design.id } }, ctx);
  const mediaContext = (folderName: string): MediaContext => ({
    deps,
    render: source.render,
    userFormats,
    cache: renderCacheOf(deps.library),
    drawn,
    workDir,
    date,
    signal: ctx.signal,
    throwIfCancelled: () => ctx.throwIfCancelled(),
    step: (name) => {
      ctx.progress({ fraction: (MEDIA_SHARE * done) / Math.max(1, total), stage: msg('bundle.stage', { done: Math.min(total, done + 1), total, name: `${folderName}/${name}` }) });
      done++;
    },
    partial: (fraction) => ctx.progress({ fraction: (MEDIA_SHARE * (done - 1 + Math.min(1, Math.max(0, fraction)))) / Math.max(1, total) }),
  });

  const notes: Message[] = [];
  const entries: BundleEntry[] = [];
  const bundled: BundledPost[] = [];
  for (const { post, folder: postFolder, targets } of planned) {
    const pillar = editorial.pillars.find((p) => p.id === post.pillarId)?.name ?? '';
    const item: BundledPost = { post, folder: postFolder, pillar, targets: [] };
    for (const target of targets) {
      ctx.throwIfCancelled();
      const media: TargetMedia = await memo.get(target.design, target.formatId, () => targetMedia(target.design, target.formatId, mediaContext(target.folder)));
      const altTexts = altTextsOf(target.resolved, media.files);
      const text = postedText(target.resolved);
      for (const file of media.files) {
        entries.push({ path: `${target.folder}/${file.name}`, data: file.data });
        for (const problem of file.problems) notes.push(msg('bundle.mediaProblem', { file: `${target.folder}/${file.name}`, problem }));
      }
      const cap = slideCap(formatOf(target.formatId, userFormats));
      if (cap && cap.unit === 'slides' && media.files.length > cap.max) {
        notes.push(msg('bundle.overCap', { network: NETWORK_LABELS[target.network], max: cap.max, folder: `${target.folder}/`, count: media.files.length }));
      }
      entries.push({ path: `${target.folder}/caption.txt`, data: utf8(text) });
      const pictures = media.files.map((file, i) => ({ name: file.name, altText: altTexts[i] }));
      if (media.files.some((file) => file.kind === 'image') || altTexts.some((alt) => alt !== '')) entries.push({ path: `${target.folder}/alt.txt`, data: utf8(altTextLines(pictures)) });
      if (target.resolved.firstComment.trim() !== '') entries.push({ path: `${target.folder}/first-comment.txt`, data: utf8(target.resolved.firstComment) });
      item.targets.push({
        network: target.network,
        folder: target.folder,
        formatId: target.formatId,
        resolved: target.resolved,
        text,
        media: media.files.map((file, i) => ({ file: `${target.folder}/${file.name}`, kind: file.kind, width: file.width, height: file.height, altText: altTexts[i] })),
      });
    }
    bundled.push(item);
  }

  // 2. The schedulers' CSVs, the README and post.json (which lists every other file).
  const csv = bundleCsvFiles(args.csv, scheduleRows(bundled), { mediaBaseUrl, dateOrder: args.dateOrder ?? 'dmy' });
  notes.push(...csv.notes);
  for (const file of csv.files) entries.push({ path: safeFileStem(file.fileName), data: file.bytes });
  const networks = NETWORKS.filter((network) => bundled.some((b) => b.targets.some((t) => t.network === network)));
  entries.push({ path: 'README.txt', data: readme(language, networks, posts.length > 1, csv.files.map((file) => file.fileName)) });
  const files: BundledFile[] = [];
  for (const entry of entries) {
    const bytes = entry.data instanceof Uint8Array ? entry.data.byteLength : entry.data.bytes;
    files.push({ path: entry.path, bytes, sha256: entry.data instanceof Uint8Array ? sha256(entry.data) : await fileSha256(entry.data.file) });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest = postJson(bundled, files);
  entries.push({ path: 'post.json', data: manifest });

  // 3. Written all or nothing.
  ctx.throwIfCancelled();
  const writing = (index: number) => ctx.progress({ fraction: MEDIA_SHARE + ((1 - MEDIA_SHARE) * index) / entries.length, stage: msg('bundle.writing') });
  let bytes: number;
  const listed = [...files, { path: 'post.json', bytes: manifest.byteLength, sha256: '' }]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path: p, bytes: b }) => ({ path: p, bytes: b }));
  if (zipDestination) {
    bytes = await writeZip(await outputPath(ctx, zipDestination), entries, date, writing, () => ctx.throwIfCancelled());
    if (zipDestination.kind === 'download') deps.staging.renameDownload(zipDestination.id, suggestedName);
    return { ...written(zipDestination, suggestedName, bytes), posts: posts.length, files: listed, notes };
  }
  const temp = await ctx.outputs.createFolder(folder!);
  bytes = await writeFolder(temp, entries, writing, () => ctx.throwIfCancelled());
  return { fileName: path.basename(folder!), bytes, posts: posts.length, files: listed, folder: folder!, notes };
}

async function fileSha256(file: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const { createReadStream } = await import('node:fs');
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
