/**
 * Elements on the clipboard. Copy and cut write our payload into the browser's clipboard event
 * (a custom type, plus the element names as plain text), so it survives a switch to another
 * design or window; the menu's Paste, which cannot read the system clipboard, uses the last copy.
 * Whatever is pasted is validated like a design read from disk.
 */
import { isClipboardPayload, type ClipboardPayload } from '../../../core/editor';

export const CLIPBOARD_MIME = 'application/x-affiche-elements+json';

let lastCopied: ClipboardPayload | null = null;

export function rememberCopy(payload: ClipboardPayload): void {
  lastCopied = payload;
}

export function lastCopy(): ClipboardPayload | null {
  return lastCopied;
}

/**
 * The payload in a clipboard's text, or null when it is not ours or does not validate. The
 * element schema loads on the first paste (zod stays out of the editor's start).
 */
export async function readClipboardPayload(text: string): Promise<ClipboardPayload | null> {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isClipboardPayload(value)) return null;
  const { elementSchema } = await import('../../../core/schema/design');
  const elements = [];
  for (const element of value.elements) {
    const parsed = elementSchema.safeParse(element);
    if (!parsed.success) return null;
    elements.push(parsed.data);
  }
  return { ...value, elements };
}
