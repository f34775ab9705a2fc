/**
 * Reading a memegen `config.yml` (a small YAML document) before core/templates/memegen.ts turns it
 * into a template. Untrusted text: bounded in size before reading, aliases bounded (no "billion
 * laughs"), duplicate keys refused; a refusal names the file and the line.
 */
import fs from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';

/** memegen's own configs are a few hundred bytes; this is generous and still small. */
export const MEMEGEN_CONFIG_MAX_BYTES = 64 * 1024;

/** Whether a staged file looks like a zip (a template file) rather than YAML text. */
export async function isZipFile(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6);
  } finally {
    await handle.close();
  }
}

/** Whether a file reads as text (UTF-8, no NUL byte): a picture or any binary file is not a config. */
export async function isTextFile(file: string): Promise<boolean> {
  const { size } = await fs.stat(file);
  if (size > MEMEGEN_CONFIG_MAX_BYTES) return true; // judged (and refused) by its size
  const bytes = await fs.readFile(file);
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The parsed document of a memegen config file (any value: the schema judges its shape). */
export async function readMemegenConfig(file: string, fileName: string): Promise<unknown> {
  const { size } = await fs.stat(file);
  if (size > MEMEGEN_CONFIG_MAX_BYTES) throw new UserError('bad-file', msg('template.memegenTooLarge', { file: fileName, kilobytes: MEMEGEN_CONFIG_MAX_BYTES / 1024 }));
  const text = await fs.readFile(file, 'utf8');
  try {
    return parse(text, { maxAliasCount: 50, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new UserError('bad-file', msg('template.memegenNotYaml', { file: fileName, line: line ?? 1 }));
    }
    throw new UserError('bad-file', msg('template.memegenNotYaml', { file: fileName, line: 1 }));
  }
}
