/**
 * Finds the highest encoder quality whose output fits a byte cap.
 *
 * Plain bisection over 1..92 costs about 7 full encodes: 7 x ~60 ms for a 2000x2000 JPEG, too slow
 * for the 500 ms budget (docs/architecture.md, Budgets, see bench/run.ts). So the search is guided by a
 * cheap estimate: the same encoder on a sample of the picture (a few full-width bands, see
 * `bandSample`) scaled up. Each full encode recalibrates the estimate (actual / estimated), so the
 * next guess lands closer; the usual run is 2 full encodes: the predicted quality fits, one above it
 * does not. The answer is always a verified full encode, never an estimate. After a few guided
 * probes it falls back to bisection, so a bad estimate can cost time but never correctness.
 *
 * Assumes size grows with quality, which holds for JPEG and WebP up to small wobbles; a wobble can
 * only make the answer a step lower than the true best, never over the cap.
 */

export interface QualitySearchOptions {
  cap: number;
  /** Highest quality to consider (inclusive), 1..100. */
  maxQuality: number;
  encode: (quality: number) => Promise<Buffer>;
  /** A cheap guess of encode(quality).length (optional: without it, bisection). */
  estimate?: (quality: number) => Promise<number>;
}

export type QualitySearchResult =
  | { fits: true; quality: number; bytes: Buffer; encodes: number }
  /** Even quality 1 is over the cap; `smallest` is its size. */
  | { fits: false; smallest: number; encodes: number };

const GUIDED_PROBES = 4;

export async function searchQuality({ cap, maxQuality, encode, estimate }: QualitySearchOptions): Promise<QualitySearchResult> {
  const top = Math.max(1, Math.min(100, Math.floor(maxQuality)));
  const estimates = new Map<number, number>();
  const guess = async (q: number) => {
    let value = estimates.get(q);
    if (value === undefined) {
      value = await estimate!(q);
      estimates.set(q, value);
    }
    return value;
  };

  // Invariant: lo fits (0 = nothing known to fit), hi does not (top + 1 = nothing known too big).
  let lo = 0;
  let hi = top + 1;
  let best: Buffer | null = null;
  let smallest = Infinity;
  let calibration = 1;
  let encodes = 0;

  while (hi - lo > 1) {
    let q = Math.floor((lo + hi) / 2);
    if (estimate && encodes < GUIDED_PROBES) {
      // Highest quality in (lo, hi) the calibrated estimate says fits; lo + 1 when none does.
      let a = lo + 1;
      let b = hi - 1;
      while (a < b) {
        const mid = Math.ceil((a + b) / 2);
        if ((await guess(mid)) * calibration <= cap) a = mid;
        else b = mid - 1;
      }
      q = a;
    }
    const bytes = await encode(q);
    encodes++;
    if (q === 1) smallest = bytes.length;
    if (bytes.length <= cap) {
      lo = q;
      best = bytes;
    } else {
      hi = q;
    }
    if (estimate) calibration = bytes.length / Math.max(1, await guess(q));
  }
  if (best) return { fits: true, quality: lo, bytes: best, encodes };
  return { fits: false, smallest, encodes };
}

/**
 * Full-width bands of `bandRows` rows, one band every `every` bands, from raw interleaved pixels.
 * Bands of 16 rows keep JPEG's 16x16 chroma blocks whole, so the sample compresses like the picture.
 */
export function bandSample(raw: Buffer, width: number, height: number, channels: number, every: number, bandRows = 16): { data: Buffer; height: number } {
  const rowBytes = width * channels;
  const bands: Buffer[] = [];
  let rows = 0;
  for (let y = 0; y + bandRows <= height; y += bandRows * every) {
    bands.push(raw.subarray(y * rowBytes, (y + bandRows) * rowBytes));
    rows += bandRows;
  }
  return { data: Buffer.concat(bands), height: rows };
}
