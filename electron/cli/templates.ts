/**
 * `affiche templates list|fill` and `affiche meme`: the template bank from a terminal, through the
 * same dispatcher and handlers as the app (docs/architecture.md, "Transports"). A fill imports its
 * pictures into the library first (read where they lie, like `library import`), then runs the
 * `templates.fill` job: the same export, checks and fixes as the app, the file whole or absent.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { exportVideoArgsSchema, type AssetSummary, type JobArgsOf, type SlotInput, type TemplateSummary } from '../../core/api';
import { safeFileStem } from '../../core/files/names';
import { msg } from '../../core/messages';
import { sameSlotName } from '../../core/templates/slots';
import { listSlots } from '../../core/templates/slots';
import { openPortable } from '../services/portable';
import { UserError } from '../services/errors';
import type { Command, SlotSetting } from './command';
import type { CliIO } from './main';
import { runCliJob, text, withLibrary, type Session } from './session';

type Slots = TemplateSummary['slots'];

export async function runTemplatesList(command: Extract<Command, { name: 'templates-list' }>, io: CliIO): Promise<void> {
  // Read-only: listing never writes the library (it runs while the app has it open).
  await withLibrary({ library: command.library, readOnly: true }, io, async ({ bridge }) => {
    const { templates } = await bridge.api['templates.list']({ language: 'en', ...(command.query ? { query: command.query } : {}), ...(command.tags.length ? { tags: command.tags } : {}) });
    if (command.json) {
      io.out(JSON.stringify(templates.map((t) => ({ id: t.id, name: t.name, boxes: t.slots.map((s) => s.name), slots: t.slots, tags: t.tags, source: t.source, category: t.category, formats: t.formats, favourite: t.favourite })), null, 2));
      return;
    }
    for (const t of templates) io.out([t.id, t.name, t.slots.map((s) => s.name).join(','), t.tags.join(',')].join('\t'));
    if (templates.length === 0) io.err('affiche: no template matches');
  });
}

const looksLikeFile = (source: string) => existsSync(source) || /[./\\]/.test(source.replace(/^bank:/, ''));

/** The template's slots: from the library (an id), or read from the .affiche file (checked whole). */
async function slotsOf(session: Session, template: string): Promise<{ source: { id: string } | { file: string }; slots: Slots }> {
  if (!looksLikeFile(template)) {
    const { templates } = await session.bridge.api['templates.list']({ language: 'en' });
    const found = templates.find((t) => t.id === template);
    if (!found) throw new UserError('not-found', msg('template.notFound', { id: template }));
    return { source: { id: template }, slots: found.slots };
  }
  if (!existsSync(template)) throw new UserError('not-found', msg('cli.noSuchFile', { name: template }));
  if (!statSync(template).isFile()) throw new UserError('bad-file', msg('cli.notAffiche', { name: template }));
  const portable = await openPortable(template, path.basename(template));
  try {
    return { source: { file: template }, slots: listSlots(portable.design).map(({ slot }) => ({ name: slot.name, kind: slot.kind })) };
  } finally {
    await portable.close();
  }
}

/** Each --set as a slot value; pictures are imported into the library (read where they lie). */
async function valuesOf(session: Session, slots: Slots, sets: readonly SlotSetting[], io: CliIO): Promise<Record<string, SlotInput>> {
  // Every name is checked before any picture is imported: a typo changes nothing.
  const named = sets.map(({ name, value }) => {
    const slot = slots.find((s) => sameSlotName(s.name, name));
    if (!slot) throw new UserError('invalid-args', msg('template.unknownSlot', { name, known: slots.map((s) => s.name).join(', ') }));
    return { slot, value };
  });
  const values: Record<string, SlotInput> = {};
  for (const { slot, value } of named) {
    if (slot.kind === 'text') values[slot.name] = { kind: 'text', text: value };
    else if (slot.kind === 'color') values[slot.name] = { kind: 'color', color: value.trim() };
    else values[slot.name] = { kind: 'image', assetId: await importPicture(session, slot.name, value, io) };
  }
  return values;
}

async function importPicture(session: Session, slot: string, file: string, io: CliIO): Promise<string> {
  const asset = await importMedium(session, file, io);
  if (asset.kind !== 'image') throw new UserError('invalid-args', msg('template.pictureNotImage', { name: slot, file }));
  return asset.id;
}

/** A picture or a clip (an MP4, a GIF or an animated WebP becomes a video asset) joins the library. */
async function importMedium(session: Session, file: string, io: CliIO): Promise<AssetSummary> {
  if (!existsSync(file)) throw new UserError('not-found', msg('cli.noSuchFile', { name: file }));
  if (!statSync(file).isFile()) throw new UserError('bad-file', msg('cli.notAFile', { name: file }));
  const source = session.backend.staging.adopt(file).id;
  const { asset, duplicate } = await session.bridge.api['assets.import']({ fileName: path.basename(file), source });
  const what = asset.kind === 'video' ? 'clip' : 'picture';
  io.err(`affiche: ${duplicate ? `${what} already in the library` : `${what} imported into the library`}: ${file} (${asset.id})`);
  return asset;
}

/** Fills and writes one picture; prints its path. Exit code: 0, or 1 when it fails its format unfixed. */
async function fill(session: Session, io: CliIO, template: string, values: (slots: Slots) => Promise<Record<string, SlotInput>>, options: { out: string; type: Extract<Command, { name: 'templates-fill' }>['type']; format?: string }): Promise<number> {
  const { source, slots } = await slotsOf(session, template);
  const filled = await values(slots);
  const templateArg = 'id' in source ? { id: source.id } : { portable: session.backend.staging.adopt(source.file).id };
  const target = session.backend.staging.target(options.out).id;
  const { result } = await runCliJob(session, io, 'templates.fill', {
    template: templateArg,
    values: filled,
    type: options.type,
    ...(options.format ? { formatId: options.format } : {}),
    target,
  });
  for (const note of result.notes) io.err(`affiche: note: ${text(note)}`);
  for (const image of result.images) {
    for (const change of image.changes) io.err(`affiche: ${path.basename(options.out)}: fixed: ${text(change)}`);
    for (const problem of image.problems) io.err(`affiche: ${path.basename(options.out)}: fails ${image.format ?? `${image.width}x${image.height}`}: ${text(problem)}`);
  }
  io.out(path.resolve(options.out));
  return result.ok ? 0 : 1;
}

export async function runTemplatesFill(command: Extract<Command, { name: 'templates-fill' }>, io: CliIO): Promise<number> {
  // Writable: the pictures given join the library, as the app's fill form would import them.
  return withLibrary({ library: command.library, readOnly: false }, io, (session) =>
    fill(session, io, command.template, (slots) => valuesOf(session, slots, command.sets, io), command),
  );
}

/** `affiche meme <picture|clip> --top ... --bottom ...`: the layout's `top` and `bottom` text slots and its first picture slot (a clip: a video meme). */
export async function runMeme(command: MemeCommand, io: CliIO): Promise<number> {
  return withLibrary({ library: command.library, readOnly: false }, io, async (session) => {
    const { source, slots } = await slotsOf(session, command.layout);
    const picture = slots.find((slot) => slot.kind === 'image');
    if (!picture) throw new UserError('invalid-args', msg('template.needsPictureSlot', { id: command.layout }));
    const words: SlotSetting[] = [];
    if (command.top !== undefined) words.push({ name: 'top', value: command.top });
    if (command.bottom !== undefined) words.push({ name: 'bottom', value: command.bottom });
    // Every name is checked before the picture is imported: a typo changes nothing.
    const texts = await valuesOf(session, slots, words, io);
    const medium = await importMedium(session, command.picture, io);
    if (medium.kind === 'video') return memeOverClip(session, io, command, source, { ...texts, [picture.name]: { kind: 'image', assetId: medium.id } });
    if (medium.kind !== 'image') throw new UserError('invalid-args', msg('template.pictureNotImage', { name: picture.name, file: command.picture }));
    return fill(session, io, command.layout, async () => ({ ...texts, [picture.name]: { kind: 'image', assetId: medium.id } }), command);
  });
}

type MemeCommand = Extract<Command, { name: 'meme' }>;

/**
 * A meme over a clip (issue 13, animated memes): the layout filled as the app's meme maker fills it
 * (`templates.use`: a video design in the library, one scene the clip long), then written by the
 * video export (`designs.exportVideo`). `--out` is the file, or a folder for `<first line>.mp4`.
 */
async function memeOverClip(session: Session, io: CliIO, command: MemeCommand, source: { id: string } | { file: string }, values: Record<string, SlotInput>): Promise<number> {
  if (!('id' in source)) throw new UserError('invalid-args', msg('cli.memeClipLayoutFile'));
  // GIF and WebP come with the video export's `type` (MP4 when absent); an export without it writes MP4 only.
  const typed = 'type' in exportVideoArgsSchema.shape;
  if (command.videoType !== 'mp4' && !typed) throw new UserError('invalid-args', msg('cli.memeVideoType', { type: command.videoType.toUpperCase() }));
  const firstLine = [command.top, command.bottom].find((line) => line !== undefined && line.trim() !== '')?.trim();
  const { design, notes } = await session.bridge.api['templates.use']({ id: source.id, language: 'en', values, ...(command.format ? { formatId: command.format } : {}), ...(firstLine ? { name: firstLine.slice(0, 200) } : {}) });
  for (const note of notes) io.err(`affiche: note: ${text(note)}`);
  const extension = `.${command.videoType}`;
  const file = path.extname(command.out).toLowerCase() === extension ? command.out : path.join(command.out, `${safeFileStem(design.name)}${extension}`);
  const target = session.backend.staging.target(file).id;
  // A meme is one file: no cover pictures beside its MP4 (those are for a reel's profile grid).
  const args = { design: { id: design.id }, target, ...(command.videoType !== 'mp4' ? { type: command.videoType } : { cover: false }) } as JobArgsOf<'designs.exportVideo'>;
  const { result } = await runCliJob(session, io, 'designs.exportVideo', args);
  for (const note of result.notes) io.err(`affiche: note: ${text(note)}`);
  io.out(path.resolve(file));
  return 0;
}
