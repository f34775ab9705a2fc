/**
 * HTTP range requests (video seeking) for the app's media, the same in Electron's asset:// and
 * browser mode's /media routes.
 */

/**
 * One `Range: bytes=...` header against a file of `size` bytes: the inclusive range to send,
 * 'unsatisfiable' (answer 416), or null (no usable range: send the whole file, as RFC 9110
 * allows for multiple ranges or an unparseable header).
 */
export function parseRange(header: string | null | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first, last] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  // last < first makes the header invalid, and an invalid Range header is ignored (RFC 9110 §14.2).
  if (last !== '' && Number(last) < start) return null;
  if (!Number.isSafeInteger(start) || start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return { start, end };
}
