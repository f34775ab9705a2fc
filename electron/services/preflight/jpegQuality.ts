/**
 * The quality a JPEG was saved at, read back from its luminance quantisation table, so the auto-fix
 * can say "quality 92 -> 71" and never re-encodes above the quality the file already had (that only
 * adds bytes, not detail). Exact for files written with the IJG/libjpeg tables (sharp, most cameras
 * and editors); other encoders (mozjpeg's default tables) get the nearest IJG quality, marked approximate.
 */

/** JPEG spec Annex K, table K.1 (luminance). Order does not matter here: tables are compared sorted. */
const STANDARD_LUMINANCE = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** libjpeg's jpeg_set_quality with force_baseline: the table for quality q. */
function ijgTable(quality: number): number[] {
  const scale = quality < 50 ? Math.floor(5000 / quality) : 200 - quality * 2;
  return STANDARD_LUMINANCE.map((v) => Math.min(255, Math.max(1, Math.floor((v * scale + 50) / 100))));
}

/** The first quantisation table with id 0 (luminance), or null. */
function luminanceTable(bytes: Uint8Array): number[] | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // start of scan: no table before it
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    if (marker === 0xdb) {
      let p = at + 4;
      const end = at + 2 + length;
      while (p < end && p < bytes.length) {
        const precision = bytes[p] >> 4;
        const id = bytes[p] & 0x0f;
        const size = precision ? 128 : 64;
        if (p + 1 + size > bytes.length) return null;
        if (id === 0) {
          const table: number[] = [];
          for (let i = 0; i < 64; i++) table.push(precision ? (bytes[p + 1 + 2 * i] << 8) | bytes[p + 2 + 2 * i] : bytes[p + 1 + i]);
          return table;
        }
        p += 1 + size;
      }
    }
    at += 2 + length;
  }
  return null;
}

export interface JpegQuality {
  quality: number;
  /** True when the file's table is exactly libjpeg's table for that quality. */
  exact: boolean;
}

export function estimateJpegQuality(bytes: Uint8Array): JpegQuality | null {
  const table = luminanceTable(bytes);
  if (!table) return null;
  const sorted = [...table].sort((a, b) => a - b);
  let best: JpegQuality | null = null;
  let bestError = Infinity;
  for (let q = 1; q <= 100; q++) {
    const reference = ijgTable(q).sort((a, b) => a - b);
    let error = 0;
    for (let i = 0; i < 64; i++) error += Math.abs(reference[i] - sorted[i]);
    if (error < bestError) {
      bestError = error;
      best = { quality: q, exact: error === 0 };
    }
  }
  return best;
}
