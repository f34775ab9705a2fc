/**
 * How many slides a network takes in one post, from the format catalog (core/formats: `maxItems`
 * as the network's app takes them, `apiMaxItems` through the publishing API schedulers use,
 * `maxPages` for a LinkedIn document), and how a longer carousel splits into several posts.
 */
import { NETWORK_LABELS } from '../formats/catalog';
import type { FileLimits } from '../formats/schema';
import type { Network } from '../formats/constants';

export interface SlideCap {
  /** The most slides (or pages) one post takes. */
  max: number;
  /** Fewer through the publishing API, when the network says so (Instagram: 20 in the app, 10 by API). */
  apiMax?: number;
  /** 'pages' for a document (LinkedIn PDF), 'slides' otherwise. */
  unit: 'slides' | 'pages';
  /** "Instagram", for messages; absent for the user's own formats. */
  network?: string;
}

/** What slideCap needs of a format: catalog entries and user formats both have it. */
export interface CappedFormat {
  network: Network | 'custom';
  limits: Pick<FileLimits, 'maxItems' | 'apiMaxItems' | 'maxPages'>;
}

/** The cap of a format, or null when the catalog states none (a custom size, a network without a figure). */
export function slideCap(format: CappedFormat | undefined): SlideCap | null {
  if (!format) return null;
  const network = format.network === 'custom' ? undefined : NETWORK_LABELS[format.network];
  const { maxItems, apiMaxItems, maxPages } = format.limits;
  if (maxPages !== undefined) return { max: maxPages, unit: 'pages', network };
  if (maxItems === undefined) return null;
  return apiMaxItems !== undefined && apiMaxItems < maxItems ? { max: maxItems, apiMax: apiMaxItems, unit: 'slides', network } : { max: maxItems, unit: 'slides', network };
}

/**
 * Slide indexes split into posts of at most `max`, as even as possible and in order: 21 slides at
 * 20 give 11 + 10 (two posts of about the same weight), not 20 + 1.
 */
export function splitIntoPosts(count: number, max: number): number[][] {
  if (!Number.isInteger(count) || count < 1) return [];
  const size = Math.max(1, Math.floor(max));
  const posts = Math.ceil(count / size);
  const base = Math.floor(count / posts);
  const longer = count % posts;
  const out: number[][] = [];
  let next = 0;
  for (let p = 0; p < posts; p++) {
    const length = base + (p < longer ? 1 : 0);
    out.push(Array.from({ length }, (_, i) => next + i));
    next += length;
  }
  return out;
}
