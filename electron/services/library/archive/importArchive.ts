/**
 * Importing a library archive: openArchive (readArchive.ts) checks it all first; only then is
 * anything written, through the library's normal calls (../types.ts), so every medium goes
 * through the normal import (type from the content, per-kind limits, SVG sanitised, sha256
 * dedupe) and every write is the usual durable one.
 *
 * Merge rules (README "Library archives"):
 * - media already here (same sha256) are not duplicated; their tags and collections are added,
 *   and name, notes, credit, licence and favourite fill only what the library's copy lacks;
 * - collections match by name (case ignored, accents not);
 * - your formats match by name and size; a same-named format of another size comes in as
 *   "<name> (imported)"; designs made from it are pointed at the one kept;
 * - a design whose id is new keeps it; one whose id is taken is skipped when identical, else
 *   imported as a copy with a new id; one the archive's index marks as a template (with slots)
 *   comes back as one of your templates, its tags and favourite kept;
 * - the bank templates marked favourite in the archive become favourites here (one this
 *   Affiche's bank does not hold is skipped, and said);
 * - the brand kit: `replace` takes the archive's palettes, styles and logos; `merge` (default)
 *   adds palettes (a same-named palette gains the missing colours), takes a text style only where
 *   yours is still the default, and adds logos.
 * Order: collections, formats, media, designs and templates, bank favourites, brand kit; each step is durable on its own, so a
 * failure midway (full disk) leaves what was imported consistent and the rest not started.
 */
import type { ArchiveItem, ArchiveItemKind, ArchiveItemStatus, ArchiveReport, BrandKitMode } from '../../../../core/api/archiveArgs';
import { BRAND_KIT_LIMITS, DEFAULT_TEXT_PRESETS, TEXT_ROLES, type BrandKitPatch, type TextPreset } from '../../../../core/schema/brandKit';
import { ASSET_ORGANISATION_LIMITS } from '../../../../core/schema/assetOrganisation';
import type { Design } from '../../../../core/schema/design';
import { newId } from '../../../../core/schema/factory';
import { isTemplate } from '../../../../core/templates/slots';
import { msg, type Message } from '../../../../core/messages';
import { isUserError, UserError } from '../../errors';
import type { LibraryStore } from '../types';
import type { ArchiveProgress } from './progress';
import { openArchive, type CheckedArchive } from './readArchive';

export interface ImportArchiveOptions {
  mode?: BrandKitMode;
  onProgress?: (progress: ArchiveProgress) => void;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
const samePreset = (a: TextPreset, b: TextPreset) => JSON.stringify(a) === JSON.stringify(b);
const cleanName = (name: string) => name.replace(/\s+/g, ' ').trim();
const importedName = (base: string) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(imported( \\d+)?\\)$`, 'i');

/** A refusal the user can act on (bad file, limit reached) is an item of the report; anything else stops the import. */
function reasonOf(error: unknown): Message {
  if (isUserError(error) && (error.code === 'bad-file' || error.code === 'invalid-args' || error.code === 'not-found')) return error.detail;
  throw error;
}

/** Asset ids and `user:` format presets, rewritten wherever they appear in a design. */
function remapDesign(design: Design, assets: ReadonlyMap<string, string>, formats: ReadonlyMap<string, string>): Design {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === 'assetId' && typeof child === 'string') out[key] = assets.get(child) ?? child;
      else if (key === 'preset' && typeof child === 'string' && child.startsWith('user:')) {
        const mapped = formats.get(child.slice(5));
        out[key] = mapped ? `user:${mapped}` : child;
      } else out[key] = visit(child);
    }
    return out;
  };
  return visit(design) as Design;
}

class Report {
  readonly items: ArchiveItem[] = [];
  add(kind: ArchiveItemKind, name: string, status: ArchiveItemStatus, extra: { reason?: Message; id?: string } = {}): void {
    this.items.push({ kind, name, status, ...(extra.reason ? { reason: extra.reason } : {}), ...(extra.id ? { id: extra.id } : {}) });
  }
}

export async function importArchive(library: LibraryStore, file: string, options: ImportArchiveOptions = {}): Promise<ArchiveReport> {
  const mode = options.mode ?? 'merge';
  const progress = options.onProgress ?? (() => undefined);
  if (library.readOnly) throw new UserError('read-only', msg('archive.readOnly'));
  const archive = await openArchive(file, progress);
  const report = new Report();
  try {
    const full = archive.manifest.scope === 'library';
    const collections = full ? await importCollections(library, archive, report) : new Map<string, string>();
    const formats = full ? await importFormats(library, archive, report) : new Map<string, string>();
    const assets = await importAssets(library, archive, report, collections, progress);
    if (full) await importDesigns(library, archive, report, assets, formats, progress);
    if (full) await importBankFavourites(library, archive, report);
    await importBrandKit(library, archive, report, assets, mode);
  } finally {
    await archive.close();
  }
  progress({ phase: 'done', done: 1, total: 1 });
  const totals = { imported: 0, merged: 0, skipped: 0, refused: 0 };
  for (const item of report.items) totals[item.status]++;
  return { scope: archive.manifest.scope, mode, counts: archive.manifest.counts, totals, items: report.items };
}

async function importCollections(library: LibraryStore, archive: CheckedArchive, report: Report): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const existing = library.listCollections();
  for (const collection of archive.index.collections) {
    const match = existing.find((other) => sameName(other.name, collection.name));
    if (match) {
      map.set(collection.id, match.id);
      report.add('collection', collection.name, 'merged', { id: match.id, reason: msg('archive.item.collectionHere') });
      continue;
    }
    try {
      const created = await library.createCollection(collection.name);
      existing.push({ ...created, count: 0 });
      map.set(collection.id, created.id);
      report.add('collection', collection.name, 'imported', { id: created.id });
    } catch (error) {
      report.add('collection', collection.name, 'refused', { reason: reasonOf(error) });
    }
  }
  return map;
}

async function importFormats(library: LibraryStore, archive: CheckedArchive, report: Report): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const format of Object.values(archive.index.formats)) {
    const existing = library.listFormats();
    // "<name>" or a copy an earlier import made ("<name> (imported)"), at the same size.
    const base = cleanName(format.name);
    const same = existing.find(
      (other) => other.width === format.width && other.height === format.height && (sameName(other.name, base) || importedName(base).test(other.name)),
    );
    if (same) {
      map.set(format.id, same.id);
      report.add('format', format.name, 'skipped', { id: same.id, reason: msg('archive.item.formatHere') });
      continue;
    }
    let name = cleanName(format.name);
    let reason: Message | undefined;
    for (let n = 1; existing.some((other) => sameName(other.name, name)); n++) {
      name = `${cleanName(format.name)} (imported${n > 1 ? ` ${n}` : ''})`.slice(0, 80);
      reason = msg('archive.item.formatRenamed', { name: format.name, newName: name });
    }
    try {
      const saved = await library.saveFormat({ name, width: format.width, height: format.height, ...(format.limits ? { limits: format.limits } : {}) });
      map.set(format.id, saved.id);
      report.add('format', format.name, 'imported', { id: saved.id, reason });
    } catch (error) {
      report.add('format', format.name, 'refused', { reason: reasonOf(error) });
    }
  }
  return map;
}

async function importAssets(
  library: LibraryStore,
  archive: CheckedArchive,
  report: Report,
  collections: ReadonlyMap<string, string>,
  progress: (progress: ArchiveProgress) => void,
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const records = Object.values(archive.index.assets);
  const tagged = new Map<string, string[]>();
  const collected = new Map<string, string[]>();
  for (const [i, record] of records.entries()) {
    const label = record.name ?? record.fileName;
    progress({ phase: 'importing', done: i, total: records.length, name: label });
    const bad = archive.badBlobs.get(record.id);
    if (bad) {
      report.add('asset', label, 'refused', { reason: bad });
      continue;
    }
    let imported;
    try {
      imported = await library.importAsset(record.fileName, await archive.readBlob(record.id));
    } catch (error) {
      report.add('asset', label, 'refused', { reason: reasonOf(error) });
      continue;
    }
    const { asset, duplicate } = imported;
    map.set(record.id, asset.id);
    // Organisation: added to, never taken away.
    for (const tag of record.tags ?? []) if (!(asset.tags ?? []).includes(tag)) tagged.set(tag, [...(tagged.get(tag) ?? []), asset.id]);
    const room = ASSET_ORGANISATION_LIMITS.maxCollectionsPerAsset - (asset.collections ?? []).length;
    for (const archived of (record.collections ?? []).slice(0, Math.max(0, room))) {
      const id = collections.get(archived);
      if (id && !(asset.collections ?? []).includes(id)) collected.set(id, [...(collected.get(id) ?? []), asset.id]);
    }
    const fill: { name?: string; notes?: string; credit?: string; licence?: string; favourite?: boolean } = {};
    if (record.name && !asset.name) fill.name = record.name;
    if (record.notes && !asset.notes) fill.notes = record.notes;
    if (record.credit && !asset.credit) fill.credit = record.credit;
    if (record.licence && !asset.licence) fill.licence = record.licence;
    if (record.favourite && !asset.favourite) fill.favourite = true;
    let organised = false;
    if (Object.keys(fill).length > 0) {
      await library.updateAsset({ id: asset.id, ...fill }).catch(reasonOf);
      organised = true;
    }
    const sanitised = asset.id !== record.id ? msg('archive.item.sanitised') : undefined;
    const merged = organised || (record.tags ?? []).length > 0;
    report.add('asset', label, duplicate ? 'merged' : 'imported', {
      id: asset.id,
      reason: duplicate ? msg(merged ? 'archive.item.inLibraryMerged' : 'archive.item.inLibrary') : sanitised,
    });
  }
  // One write per tag and per collection, not per medium.
  for (const [tag, ids] of tagged) {
    const room = ids.filter((id) => (library.getAsset(id)?.tags ?? []).length < ASSET_ORGANISATION_LIMITS.maxTags);
    if (room.length > 0) await library.tagAssets(room, [tag]).catch(reasonOf);
  }
  for (const [collection, ids] of collected) await library.setAssetCollections(ids, [collection]).catch(reasonOf);
  return map;
}

async function importDesigns(
  library: LibraryStore,
  archive: CheckedArchive,
  report: Report,
  assets: ReadonlyMap<string, string>,
  formats: ReadonlyMap<string, string>,
  progress: (progress: ArchiveProgress) => void,
): Promise<void> {
  const known = new Set(
    [
      ...library.listDesigns({ trash: false }),
      ...library.listDesigns({ trash: true }),
      ...library.listTemplates({ language: 'en', source: 'user' }),
      ...library.listTemplates({ language: 'en', source: 'user', trash: true }),
    ].map((design) => design.id),
  );
  // Designs here by content without their id (made on the first id clash): a copy an earlier
  // import made is recognised, so importing the same archive twice adds nothing.
  const found: { contents: Set<string> | null } = { contents: null };
  const withoutId = (design: Design) => JSON.stringify({ ...design, id: '' });
  const knownContents = async (): Promise<Set<string>> => {
    if (found.contents) return found.contents;
    const contents = new Set<string>();
    found.contents = contents;
    for (const id of known) {
      const loaded = await library.getDesign(id).then(
        (result) => result.design,
        () => null,
      );
      if (loaded) contents.add(withoutId(loaded));
    }
    return contents;
  };
  for (const [i, id] of archive.designIds.entries()) {
    const design = remapDesign(await archive.readDesign(id), assets, formats);
    progress({ phase: 'designs', done: i, total: archive.designIds.length, name: design.name });
    // A template comes back as one (its design has slots: the mark alone makes none).
    const mark = archive.index.designs[id]?.template;
    const template = mark && isTemplate(design) ? { tags: mark.tags, ...(mark.favourite ? { favourite: true } : {}) } : undefined;
    const kind: ArchiveItemKind = template ? 'template' : 'design';
    const missing = design.pages.length > 0 ? missingMedia(library, design) : 0;
    const note = missing > 0 ? msg('archive.item.missingMedia', { count: missing }) : undefined;
    let copy = false;
    if (known.has(id)) {
      const existing = await library.getDesign(id).then(
        (loaded) => loaded.design,
        () => null,
      );
      if (existing && JSON.stringify(existing) === JSON.stringify(design)) {
        report.add(kind, design.name, 'skipped', { id, reason: msg('archive.item.identical') });
        continue;
      }
      if ((await knownContents()).has(withoutId(design))) {
        report.add(kind, design.name, 'skipped', { reason: msg('archive.item.earlierCopy') });
        continue;
      }
      copy = true;
    }
    const toCreate: Design = copy ? { ...design, id: newId(template ? 't' : 'd') } : design;
    try {
      await library.createDesign(toCreate, template ? { template } : {});
      known.add(toCreate.id);
      found.contents?.add(withoutId(toCreate));
      const asCopy = copy ? msg('archive.item.asCopy') : undefined;
      const reason = asCopy && note ? msg('archive.item.both', { first: asCopy, second: note }) : (asCopy ?? note);
      report.add(kind, design.name, 'imported', { id: toCreate.id, reason });
    } catch (error) {
      report.add(kind, design.name, 'refused', { reason: reasonOf(error) });
    }
  }
}

/** The bank's favourites of the archive, added to this library's (never taken away). */
async function importBankFavourites(library: LibraryStore, archive: CheckedArchive, report: Report): Promise<void> {
  const here = new Set(library.listTemplates({ language: 'en', source: 'bank', favourite: true }).map((template) => template.id));
  for (const id of archive.index.bankFavourites) {
    let name: string;
    try {
      name = library.templateSummary(id, 'en').name;
    } catch (error) {
      report.add('template', id, 'skipped', { reason: isUserError(error) && error.code === 'not-found' ? msg('archive.item.notInBank') : reasonOf(error) });
      continue;
    }
    if (here.has(id)) {
      report.add('template', name, 'skipped', { id, reason: msg('archive.item.favouriteHere') });
      continue;
    }
    try {
      await library.updateTemplate(id, { favourite: true }, 'en');
      report.add('template', name, 'imported', { id });
    } catch (error) {
      report.add('template', name, 'refused', { reason: reasonOf(error) });
    }
  }
}

function missingMedia(library: LibraryStore, design: Design): number {
  let missing = 0;
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'assetId' && typeof child === 'string') {
        if (!seen.has(child) && !library.getAsset(child)) missing++;
        seen.add(child);
      } else visit(child);
    }
  };
  visit(design);
  return missing;
}

async function importBrandKit(library: LibraryStore, archive: CheckedArchive, report: Report, assets: ReadonlyMap<string, string>, mode: BrandKitMode): Promise<void> {
  const incoming = archive.index.brandKit;
  const current = library.getBrandKit();
  const logos = incoming.logos.map((id) => assets.get(id)).filter((id): id is string => id !== undefined && library.getAsset(id)?.kind === 'image');
  const patch: BrandKitPatch = {};
  let changed = false;

  if (mode === 'replace') {
    patch.palettes = incoming.palettes.map(({ name, colors }) => ({ name, colors }));
    for (const palette of incoming.palettes) report.add('palette', palette.name, 'imported');
    patch.presets = { ...incoming.presets };
    for (const role of TEXT_ROLES) report.add('preset', role, 'imported');
    patch.logos = [...new Set(logos)].slice(0, BRAND_KIT_LIMITS.maxLogos);
    changed = true;
  } else {
    const palettes: NonNullable<BrandKitPatch['palettes']> = current.palettes.map((palette) => ({ ...palette, colors: [...palette.colors] }));
    for (const palette of incoming.palettes) {
      const match = palettes.find((other) => sameName(other.name, palette.name));
      if (match) {
        const added = palette.colors.filter((colour) => !match.colors.some((c) => c.hex === colour.hex));
        const room = BRAND_KIT_LIMITS.maxColorsPerPalette - match.colors.length;
        match.colors.push(...added.slice(0, Math.max(0, room)));
        if (added.length > 0) changed = true;
        report.add('palette', palette.name, added.length > 0 ? 'merged' : 'skipped', {
          reason:
            added.length === 0
              ? msg('archive.item.inBrandKit')
              : added.length > room
                ? msg('archive.item.coloursLeftOut', { count: added.length - room, max: BRAND_KIT_LIMITS.maxColorsPerPalette })
                : undefined,
        });
      } else if (palettes.length >= BRAND_KIT_LIMITS.maxPalettes) {
        report.add('palette', palette.name, 'refused', { reason: msg('archive.item.tooManyPalettes', { max: BRAND_KIT_LIMITS.maxPalettes }) });
      } else {
        palettes.push({ name: palette.name, colors: [...palette.colors] });
        report.add('palette', palette.name, 'imported');
        changed = true;
      }
    }
    patch.palettes = palettes;
    const presets: NonNullable<BrandKitPatch['presets']> = {};
    for (const role of TEXT_ROLES) {
      const theirs = incoming.presets[role];
      if (samePreset(theirs, current.presets[role])) report.add('preset', role, 'skipped', { reason: msg('archive.item.sameStyle') });
      else if (samePreset(current.presets[role], DEFAULT_TEXT_PRESETS[role])) {
        presets[role] = theirs;
        report.add('preset', role, 'imported');
        changed = true;
      } else report.add('preset', role, 'skipped', { reason: msg('archive.item.ownStyleKept') });
    }
    patch.presets = presets;
    const merged = [...current.logos];
    for (const id of logos) {
      if (merged.includes(id)) continue;
      if (merged.length >= BRAND_KIT_LIMITS.maxLogos) break;
      merged.push(id);
      changed = true;
    }
    patch.logos = merged;
  }
  for (const id of incoming.logos) {
    const mapped = assets.get(id);
    const name = archive.index.assets[id]?.name ?? archive.index.assets[id]?.fileName ?? id.slice(0, 12);
    if (!mapped || !logos.includes(mapped)) report.add('logo', name, 'refused', { reason: msg('archive.item.logoNotImported') });
    else if (mode === 'merge' && current.logos.includes(mapped)) report.add('logo', name, 'skipped', { id: mapped, reason: msg('archive.item.inBrandKit') });
    else report.add('logo', name, 'imported', { id: mapped });
  }
  if (changed) await library.updateBrandKit(patch);
}
