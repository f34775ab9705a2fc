import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrate, parseJsonText, SchemaError, type Migration } from '../../../core/schema/migrate';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';
import { defaultIo, type DurableIo } from './durableFile';
import { openJsonStore, type OpenJsonStoreOptions } from './jsonStore';
import { findTemps, makeTempDir, removeDir } from './testing/helpers';

// A toy versioned file: v1 {schemaVersion, count}, v2 {schemaVersion, total}.
const v2 = z.object({ schemaVersion: z.literal(2), total: z.number() });
type Toy = z.infer<typeof v2>;
const migrations: Migration[] = [{ from: 1, name: 'count-to-total', up: (doc) => ({ schemaVersion: 1, total: doc.count }) }];
function parseToy(text: string) {
  const { doc, fromVersion } = migrate(parseJsonText(text, 'toy.json'), migrations, 2, 'toy.json');
  const result = v2.safeParse(doc);
  if (!result.success) throw new SchemaError('invalid', msg('schema.invalidLibrary', { what: 'toy.json', detail: 'invalid' }));
  return fromVersion === 2 ? { data: result.data } : { data: result.data, migratedFrom: fromVersion };
}

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

function options(extra: Partial<OpenJsonStoreOptions<Toy>> = {}): OpenJsonStoreOptions<Toy> {
  return {
    file: path.join(dir, 'toy.json'),
    backups: [1, 2, 3].map((n) => path.join(dir, 'backups', `toy.json.${n}`)),
    parse: parseToy,
    defaults: () => ({ schemaVersion: 2, total: 0 }),
    migrationBackup: (from) => path.join(dir, 'backups', `toy.v${from}.json`),
    readOnly: false,
    now: () => new Date('2025-05-05T05:05:05.000Z'),
    ...extra,
  };
}

const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8')) as unknown;

describe('openJsonStore', () => {
  it('creates the file with defaults and writes through an explicit adapter (not in memory under NODE_ENV=test)', async () => {
    const store = await openJsonStore(options());
    store.db.data.total = 7;
    await store.save();
    expect(await readJson(path.join(dir, 'toy.json'))).toEqual({ schemaVersion: 2, total: 7 });
  });

  it('coalesces: writes requested during a write become exactly one more write, with the latest data', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holdNext = false; // the open's own first write goes through
    const slowIo: DurableIo = {
      async writeAll(handle, data) {
        if (holdNext) {
          holdNext = false;
          await gate;
        }
        await defaultIo.writeAll(handle, data);
      },
    };
    const store = await openJsonStore(options({ io: slowIo }));
    const writesAtOpen = store.adapter.writes;
    holdNext = true;
    const pending: Promise<void>[] = [];
    for (let i = 1; i <= 20; i++) {
      store.db.data.total = i;
      pending.push(store.save());
    }
    release();
    await Promise.all(pending);
    expect(store.adapter.writes - writesAtOpen).toBe(2);
    expect(await readJson(path.join(dir, 'toy.json'))).toEqual({ schemaVersion: 2, total: 20 });
  });

  it('migrates an old file, keeping the original as a backup before the first write (REL-09)', async () => {
    const original = '{"schemaVersion":1,"count":3}';
    await fs.writeFile(path.join(dir, 'toy.json'), original);
    const store = await openJsonStore(options());
    expect(store.db.data).toEqual({ schemaVersion: 2, total: 3 });
    expect(await fs.readFile(path.join(dir, 'backups', 'toy.v1.json'), 'utf8')).toBe(original);
    expect(await readJson(path.join(dir, 'toy.json'))).toEqual({ schemaVersion: 2, total: 3 });
    // Migrating again changes nothing.
    const again = await openJsonStore(options());
    expect(again.db.data).toEqual({ schemaVersion: 2, total: 3 });
  });

  it('opens a future version read-only and never writes it', async () => {
    const future = '{"schemaVersion":9,"total":1,"newThing":true}';
    await fs.writeFile(path.join(dir, 'toy.json'), future);
    const store = await openJsonStore(options());
    expect(store.readOnly).toBe(true);
    expect(store.notices[0].message).toMatch(/newer version of Affiche/);
    const error = await store.save().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('read-only');
    expect(await fs.readFile(path.join(dir, 'toy.json'), 'utf8')).toBe(future);
  });

  it('restores the newest valid backup and keeps the damaged file aside', async () => {
    const store = await openJsonStore(options());
    for (const total of [1, 2, 3]) {
      store.db.data.total = total;
      await store.save();
    }
    await fs.writeFile(path.join(dir, 'toy.json'), '{"schemaVersion":2,"tot');
    const reopened = await openJsonStore(options());
    expect(reopened.db.data.total).toBe(2);
    const kept = (await fs.readdir(dir)).filter((n) => n.startsWith('toy.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, kept[0]), 'utf8')).toBe('{"schemaVersion":2,"tot');
    expect(reopened.notices[0].message).toBe(
      `toy.json was damaged; restored the copy from ${reopened.notices[0].message.match(/from (.+ UTC)/)?.[1]}. The damaged file was kept as ${kept[0]}.`,
    );
    expect(await findTemps(dir)).toEqual([]);
  });

  it('read-only open of a damaged file shows the backup and changes nothing', async () => {
    const store = await openJsonStore(options());
    store.db.data.total = 5;
    await store.save();
    store.db.data.total = 6;
    await store.save();
    await fs.writeFile(path.join(dir, 'toy.json'), '\u0000\u0000\u0000');
    const before = (await fs.readdir(dir)).sort();
    const viewer = await openJsonStore(options({ readOnly: true }));
    expect(viewer.db.data.total).toBe(5);
    expect(viewer.notices[0].message).toMatch(/read-only, nothing was changed/);
    expect((await fs.readdir(dir)).sort()).toEqual(before);
  });
});
