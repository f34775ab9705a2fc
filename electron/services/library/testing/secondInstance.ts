/**
 * Child process for REL-07 (lock.test.ts): a second Affiche (the CLI, another window) that tries
 * to import a file into a library. Prints one JSON line: {"ok":true,"id":...} or {"code","message"}.
 *
 * Run: node --import tsx secondInstance.ts <libraryDir> <file>
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { isUserError } from '../../errors';
import { openLibrary } from '../library';

const [dir, file] = process.argv.slice(2);
if (!dir || !file) throw new Error('usage: secondInstance.ts <libraryDir> <file>');
try {
  const library = await openLibrary({ dir });
  try {
    const { asset } = await library.importAsset(path.basename(file), new Uint8Array(await fs.readFile(file)));
    process.stdout.write(`${JSON.stringify({ ok: true, id: asset.id })}\n`);
  } finally {
    await library.close();
  }
} catch (error) {
  if (!isUserError(error)) throw error;
  process.stdout.write(`${JSON.stringify({ code: error.code, message: error.message })}\n`);
}
