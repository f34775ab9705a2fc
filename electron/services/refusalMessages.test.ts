/**
 * Errors in the user's language (issue 10): each refusal the issue names, triggered for real
 * through the library and the dispatcher, carries a stable message key and parameters, renders as
 * natural French, and keeps its English text for the CLI. Import refusals, preflight and auto-fix,
 * archive refusals, a full disk, a locked library, a library from a newer Affiche.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, CallOutcome, MethodName, ResultOf } from '../../core/api';
import { formatMessage, type Message } from '../../core/messages';
import { LIBRARY_SCHEMA_VERSION, emptyLibrary } from '../../core/schema/library';
import { resolveFormat } from '../../core/formats/userFormats';
import { createBackend, type Backend } from './backend';
import { createDispatcher, type Dispatch } from './dispatcher';
import { UserError } from './errors';
import { createHandlers } from './handlers';
import { importArchive } from './library/archive';
import { ArchiveRefused } from './library/archive/readArchive';
import { assetRecord, buildArchive, sha256 } from './library/archive/testing';
import { openLibrary } from './library/library';
import { makeTempDir, pngBytes, removeDir, sampleDesign, switchableFullDisk } from './library/testing/helpers';
import type { LibraryStore } from './library/types';
import { autoFix } from './preflight/autoFix';
import { JobRunner } from './jobs/runner';
import { Journal } from './staging/journal';
import { StagingArea } from './staging/staging';
import { runJobOn, stageBytes, stageTarget, staged } from './testing/backendTesting';

const fr = (message: Message) => formatMessage(message, 'fr');
const en = (message: Message) => formatMessage(message, 'en');

function failure(outcome: CallOutcome<MethodName>): ApiError {
  expect(outcome.ok).toBe(false);
  return (outcome as { ok: false; error: ApiError }).error;
}

function success<M extends MethodName>(outcome: CallOutcome<MethodName>): ResultOf<M> {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as ResultOf<M>;
}

/** The wire error as a message: what the renderer hands to formatMessage. */
const asMessage = (error: ApiError): Message => ({ key: error.key, params: error.params });

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('affiche-refusals-');
});
afterEach(async () => {
  await removeDir(dir);
});

describe('import refusals', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
  });
  afterEach(async () => {
    await backend.close();
  });

  it('a PDF given as a picture: key, parameters, French, English', async () => {
    const error = failure(await backend.dispatch('assets.import', await staged(backend, 'flyer.png', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'))));
    expect(error.code).toBe('bad-file');
    expect(error.key).toBe('asset.notImportable');
    expect(error.params).toEqual({ name: 'flyer.png', why: { key: 'asset.why.looksLike', params: { what: { key: 'asset.looksLike.pdf' } } } });
    expect(error.message).toBe('"flyer.png" is not a file Affiche can import (it looks like a PDF document)');
    expect(fr(asMessage(error))).toBe('«\u00a0flyer.png\u00a0» n’est pas un fichier qu’Affiche sait importer (on dirait un document PDF)');
  });

  it('a picture cut short, and a font without its tables', async () => {
    const png = await pngBytes(64, 64, '#336699');
    const cut = failure(await backend.dispatch('assets.import', await staged(backend, 'photo.png', new Uint8Array(png.subarray(0, png.length - 30)))));
    expect(cut.key).toBe('asset.undecodable');
    expect(fr(asMessage(cut))).toBe('«\u00a0photo.png\u00a0» est tronqué ou endommagé et ne peut pas être décodé');

    // A TrueType header announcing one table that runs past the end of the file.
    const font = new Uint8Array(28);
    font.set([0x00, 0x01, 0x00, 0x00, 0x00, 0x01]);
    font.set([...'name'].map((c) => c.charCodeAt(0)), 12);
    font.set([0x00, 0x00, 0x10, 0x00], 20);
    const bad = failure(await backend.dispatch('assets.import', await staged(backend, 'Marque.ttf', font)));
    expect(bad.key).toBe('asset.fontUnusable');
    expect(bad.message).toBe('"Marque.ttf" is not a usable font (its table directory is damaged (table \'name\' points past the end of the file))');
    expect(fr(asMessage(bad))).toBe(
      '«\u00a0Marque.ttf\u00a0» n’est pas une police utilisable (son répertoire de tables est endommagé (la table «\u00a0name\u00a0» pointe au-delà de la fin du fichier))',
    );
  });
});

describe('preflight and auto-fix', () => {
  it('an export through the job: what the fix changed carries its key; a file that is not an image is refused with one', async () => {
    const backend = await createBackend({ libraryDir: dir, transport: 'inprocess' });
    try {
      const design = success<'designs.create'>(await backend.dispatch('designs.create', { name: 'Rouge', format: { preset: 'tiktok-photo', width: 1080, height: 1920 } })).design;
      const target = stageTarget(backend, 'rouge.png');
      const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', target: target.id });
      const typeChange = result.images[0].changes.find((change) => change.key === 'preflight.change.type')!;
      expect(en(typeChange)).toBe('PNG -> JPEG: tiktok-photo takes image/jpeg, image/webp');
      expect(fr(typeChange)).toBe('PNG -> JPEG\u00a0: tiktok-photo accepte image/jpeg, image/webp');

      const refused = failure(await backend.dispatch('preflight.check', { formatId: 'tiktok-photo', source: await stageBytes(backend, 'notes.png', new TextEncoder().encode('GIF? no: plain text')) }));
      expect(refused.code).toBe('bad-file');
      expect(refused.key).toBe('preflight.notImage');
    } finally {
      await backend.close();
    }
  });

  it('a problem auto-fix cannot solve, and a file it cannot read, in French', async () => {
    const format = resolveFormat('instagram-portrait', [])!;
    const small = await sharp({ create: { width: 200, height: 250, channels: 3, background: '#2d3436' } }).jpeg().toBuffer();
    // Below Instagram's 320 px minimum width: said, never upscaled.
    const result = await autoFix(small, format);
    expect(result.ok).toBe(false);
    expect(result.problemNotes).toEqual([
      {
        key: 'preflight.problem.tooSmall',
        params: { size: { key: 'unit.size', params: { width: '200', height: '250' } }, minimum: { key: 'preflight.min.width', params: { width: 320 } } },
        message: '200x250 is under the minimum (320 px wide); Affiche does not upscale (it blurs): export the design at the format’s size',
      },
    ]);
    expect(result.problems).toEqual([result.problemNotes[0].message]);
    expect(fr(result.problemNotes[0])).toBe(
      '200\u00a0×\u00a0250 est sous le minimum (320\u00a0px de large)\u202f; Affiche n’agrandit pas les images (elles deviendraient floues)\u00a0: exportez le design à la taille du format',
    );

    // An animated GIF TikTok photo posts refuse: converting it would lose the animation.
    const frames = await Promise.all(['#e17055', '#0984e3'].map((background) => sharp({ create: { width: 120, height: 150, channels: 3, background } }).png().toBuffer()));
    const twoFrames = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(twoFrames).metadata()).pages).toBe(2);
    const stuck = await autoFix(twoFrames, resolveFormat('tiktok-photo', [])!);
    expect(stuck.ok).toBe(false);
    expect(stuck.problemNotes.map((note) => note.key)).toEqual(['preflight.problem.animated']);
    expect(stuck.problems).toEqual(['an animated image cannot be converted, resized or shrunk without losing its animation; export it as a video']);
    expect(fr(stuck.problemNotes[0])).toBe('une image animée ne peut pas être convertie, redimensionnée ou allégée sans perdre son animation\u202f; exportez-la en vidéo');

    const error = await autoFix(new Uint8Array([1, 2, 3, 4]), format).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).detail.key).toBe('preflight.notImage');
    expect(fr((error as UserError).detail)).toBe('le fichier n’est pas une image qu’Affiche sait vérifier (son format n’est pas reconnu)');
  });
});

describe('archive refusals', () => {
  let library: LibraryStore;
  beforeEach(async () => {
    library = await openLibrary({ dir: path.join(dir, 'library') });
  });
  afterEach(async () => {
    await library.close();
  });

  it('a whole archive refused: the reason has a key and reads as French', async () => {
    const file = path.join(dir, 'notes.zip');
    await fs.writeFile(file, buildArchive({ 'notes.txt': new Uint8Array([1]) }));
    const error = await importArchive(library, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveRefused);
    const detail = (error as ArchiveRefused).detail;
    expect(detail).toEqual({ key: 'archive.name.unknown', params: { name: 'notes.txt' } });
    expect(en(detail)).toBe('"notes.txt" is not part of an Affiche archive');
    expect(fr(detail)).toBe('«\u00a0notes.txt\u00a0» ne fait pas partie d’une archive Affiche');
    // The whole sentence a client shows (archive/service.ts wraps the reason this way).
    expect(fr({ key: 'archive.refusedWhole', params: { file: 'notes.zip', reason: detail } })).toBe(
      'Impossible d’importer «\u00a0notes.zip\u00a0»\u00a0: «\u00a0notes.txt\u00a0» ne fait pas partie d’une archive Affiche. Rien n’a été modifié.',
    );
  });

  it('items refused one by one come back through the dispatcher with a message each', async () => {
    await library.close();
    const backend = await createBackend({ libraryDir: path.join(dir, 'library'), transport: 'inprocess', validateResults: true });
    try {
      const fake = new TextEncoder().encode('%PDF-1.4 not a picture');
      const zip = buildArchive({ [`blobs/${sha256(fake)}`]: fake }, { index: { assets: { [sha256(fake)]: assetRecord(sha256(fake), fake, { fileName: 'affiche.png' }) } } });
      const { result: report } = await runJobOn(backend, 'library.importArchive', { source: await stageBytes(backend, 'mix.zip', zip) });
      const item = report.items.find((i) => i.name === 'affiche.png')!;
      expect(item.status).toBe('refused');
      expect(item.reason?.key).toBe('asset.notImportable');
      expect(fr(item.reason!)).toBe('«\u00a0affiche.png\u00a0» n’est pas un fichier qu’Affiche sait importer (on dirait un document PDF)');
    } finally {
      await backend.close();
      library = await openLibrary({ dir: path.join(dir, 'library') });
    }
  });
});

describe('disk full', () => {
  it('a save on a full disk, through the dispatcher: disk-full, with the file named in French', async () => {
    const disk = switchableFullDisk();
    const library = await openLibrary({ dir, io: disk });
    const dispatch: Dispatch = createDispatcher(
      createHandlers({
        library,
        thumbnails: { schedule: () => undefined, idle: async () => undefined, close: async () => undefined },
        version: 'test',
        ffmpegStatus: async () => ({ ok: false }),
        emit: () => undefined,
        staging: await StagingArea.open({ libraryDir: dir, readOnly: true }),
        jobs: new JobRunner({ journal: new Journal(path.join(dir, 'journal')), emit: () => undefined }),
        host: {},
      }),
      { validateResults: true },
    );
    try {
      const design = sampleDesign({ id: 'dsoldes', name: 'Soldes d’été' });
      await library.createDesign(design);
      disk.full = true;
      const error = failure(await dispatch('designs.save', { design: { ...design, name: 'Soldes d’été' } }));
      expect(error.code).toBe('disk-full');
      expect(error.key).toBe('library.diskFull');
      expect(error.message).toBe('The disk is full: design "Soldes d’été" was not saved; the previous version is intact.');
      expect(fr(asMessage(error))).toBe('Le disque est plein\u00a0: impossible d’enregistrer le design «\u00a0Soldes d’été\u00a0»\u202f; la version précédente est intacte.');
    } finally {
      disk.full = false;
      await library.close();
    }
  });
});

describe('locked library', () => {
  it('a second Affiche on the same library is refused, in both languages', async () => {
    const first = await openLibrary({ dir });
    try {
      const error = await openLibrary({ dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe('locked');
      expect((error as UserError).detail).toEqual({ key: 'library.lockedHere', params: { pid: String(process.pid) } });
      expect((error as UserError).message).toBe(
        `This library is already open in another Affiche window or process (pid ${process.pid}). Close it first, or use --library to pick another folder.`,
      );
      expect(fr((error as UserError).detail)).toBe(
        `Cette bibliothèque est déjà ouverte dans une autre fenêtre ou un autre processus Affiche (pid ${process.pid}). Fermez-la d’abord, ou choisissez un autre dossier avec --library.`,
      );
    } finally {
      await first.close();
    }
  });
});

describe('a library from a newer Affiche', () => {
  it('opens read-only: the notice and the refusal of a change carry keys and read as French', async () => {
    await fs.writeFile(path.join(dir, 'library.json'), JSON.stringify({ ...emptyLibrary(), schemaVersion: LIBRARY_SCHEMA_VERSION + 5 }));
    const backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
    try {
      const info = success<'app.info'>(await backend.dispatch('app.info', {}));
      expect(info.readOnly).toBe(true);
      expect(info.notices).toHaveLength(1);
      const notice = info.notices[0];
      expect(notice).toMatchObject({ level: 'warning', key: 'library.notice.newerReadOnly', params: { file: 'library.json' } });
      expect(notice.message).toBe('library.json was made by a newer version of Affiche; the library is open read-only. Update Affiche to edit it.');
      expect(fr(notice)).toBe(
        'library.json vient d’une version plus récente d’Affiche\u00a0: la bibliothèque est ouverte en lecture seule. Mettez Affiche à jour pour la modifier.',
      );

      const refused = failure(await backend.dispatch('designs.create', { name: 'Rentrée', format: { preset: null, width: 1080, height: 1080 } }));
      expect(refused.code).toBe('read-only');
      expect(refused.key).toBe('library.readOnly');
      expect(refused.message).toBe('Nothing can be changed: library.json was made by a newer version of Affiche.');
      expect(fr(asMessage(refused))).toBe('Impossible de modifier quoi que ce soit\u00a0: library.json vient d’une version plus récente d’Affiche.');
    } finally {
      await backend.close();
    }
  });

  it('a design file from a newer Affiche opens read-only and refuses a save, with keys', async () => {
    const library = await openLibrary({ dir });
    const design = sampleDesign({ id: 'dfutur', name: 'Futur' });
    await library.createDesign(design);
    await library.close();
    const file = path.join(dir, 'designs', 'dfutur.json');
    await fs.writeFile(file, JSON.stringify({ ...JSON.parse(await fs.readFile(file, 'utf8')), schemaVersion: 99 }));
    const backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
    try {
      const opened = success<'designs.get'>(await backend.dispatch('designs.get', { id: 'dfutur' }));
      expect(opened.readOnly).toBe(true);
      expect(opened.notice).toBe('Design "Futur" was made by a newer version of Affiche; it opens read-only.');
      const refused = failure(await backend.dispatch('designs.save', { design: opened.design }));
      expect(refused).toMatchObject({ code: 'read-only', key: 'design.newerReadOnly', params: { name: 'Futur' } });
      expect(fr(asMessage(refused))).toBe('Le design «\u00a0Futur\u00a0» vient d’une version plus récente d’Affiche\u00a0: il ne peut pas être modifié ici.');
    } finally {
      await backend.close();
    }
  });
});
