/**
 * Before an exported file leaves: checked against its format (core/preflight, the same rules as
 * `affiche preflight`), and when a network limit fails, fixed by the backend where a fix exists
 * (`export.fix`: type conversion, downscale, quality search to a byte cap). Custom sizes and
 * formats that are not still images have no file rules and pass as they are.
 */
import { extensionOfType } from '../../../core/files/names';
import { resolveFormat } from '../../../core/formats/userFormats';
import { userFormatsNow } from '../shared/userFormats';
import { passes, preflight } from '../../../core/preflight';
import type { FormatRef } from '../../../core/schema/design';
import { getBridge } from '../bridge';

export interface CheckedFile {
  blob: Blob;
  /** The extension the file must now have (a PNG converted to JPEG), without the dot. */
  extension: string | null;
  /** What the fix changed ("JPEG quality 92 -> 71 to fit 1,000,000 bytes"). */
  changes: string[];
  /** Network limits the file still fails after the fix, and why. */
  problems: string[];
}

export async function checkExportedFile(blob: Blob, format: FormatRef): Promise<CheckedFile> {
  const entry = resolveFormat(format.preset, userFormatsNow());
  const untouched: CheckedFile = { blob, extension: null, changes: [], problems: [] };
  if (!entry || entry.kind !== 'image') return untouched;
  const rules = preflight({ type: blob.type, bytes: blob.size, width: format.width, height: format.height }, entry);
  if (passes(rules.filter((rule) => rule.scope === 'network'))) return untouched;
  const fixed = await getBridge().api['export.fix']({ formatId: entry.id, data: new Uint8Array(await blob.arrayBuffer()) });
  const type = fixed.type;
  return {
    blob: new Blob([fixed.data as Uint8Array<ArrayBuffer>], { type }),
    extension: type === blob.type ? null : (extensionOfType(type) ?? null),
    changes: fixed.changes.map((change) => change.message),
    problems: fixed.problems,
  };
}

/** "name.png" -> "name.jpg" when the fix changed the type. */
export function withExtension(name: string, extension: string | null): string {
  return extension ? name.replace(/\.[a-z0-9]+$/i, `.${extension}`) : name;
}
