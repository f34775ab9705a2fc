import { useEffect, useState } from 'react';
import type { ResultOf } from '../../../core/api';
import { fontFamiliesOf } from '../../../core/elements';
import type { Design } from '../../../core/schema/design';
import { walkElements } from '../../../core/schema/walk';
import { getBridge } from '../bridge';
import { loadFontFamilies } from '../fonts/loadFonts';
import { errorMessage } from '../shared/errors';
import { loadAssetImage } from './canvas/renderEnv';

export type LoadedDesign =
  | { status: 'loading' }
  | { status: 'error'; message: string; notFound: boolean }
  | { status: 'ready'; design: Design; readOnly: boolean; notice?: string };

type Fetched = ResultOf<'designs.get'>;

interface Prefetch {
  designId: string;
  result: Promise<Fetched>;
  /** Set once the call has answered, so the editor can open on it in its very first render. */
  settled?: LoadedDesign;
}

/** A `designs.get` started at boot (the app opened on #/design/<id>), taken by the first editor to ask. */
let prefetched: Prefetch | undefined;

function readyState(result: Fetched): LoadedDesign {
  return { status: 'ready', design: result.design, readOnly: result.readOnly, notice: result.notice };
}

function errorState(error: unknown): LoadedDesign {
  return { status: 'error', message: errorMessage(error), notFound: (error as { code?: string }).code === 'not-found' };
}

/**
 * What the canvas will ask for first, asked for as soon as the design is known rather than once
 * the editor is mounted and builds its objects: the pictures of the page it opens on (cached per
 * asset, see renderEnv) and the families of that page's texts. Other pages load when shown.
 */
function warmFirstPage(design: Design): void {
  const page = design.pages[0];
  if (!page) return;
  // The canvas draws pictures (videos show a frame box): those are what it will ask for.
  walkElements(page, (el) => void (el.type === 'image' && loadAssetImage(el.assetId)));
  if (page.background.image) void loadAssetImage(page.background.image.assetId);
  const families = fontFamiliesOf(page);
  if (families.size > 0) void loadFontFamilies(families);
}

function fetchDesign(designId: string): Promise<Fetched> {
  return getBridge()
    .api['designs.get']({ id: designId })
    .then((result) => {
      warmFirstPage(result.design);
      return result;
    });
}

/**
 * Starts loading a design before React has mounted its editor (main.tsx, when the app opens on an
 * editor route), so the call runs alongside the boot's settings and fonts instead of after them;
 * in browser mode it was usually sent even earlier, before the bundle ran (early.ts), and the
 * bridge takes that answer.
 * Used once: the first load of that design takes it, any later one (retry, reopening) asks again.
 */
export function prefetchDesign(designId: string): void {
  const entry: Prefetch = { designId, result: fetchDesign(designId) };
  entry.result.then(
    (result) => (entry.settled = readyState(result)),
    (error: unknown) => (entry.settled = errorState(error)),
  );
  prefetched = entry;
}

function takePrefetch(designId: string): Prefetch | undefined {
  const early = prefetched;
  prefetched = undefined;
  return early?.designId === designId ? early : undefined;
}

export function useLoadedDesign(designId: string, attempt = 0): LoadedDesign {
  // A prefetch that has already answered is shown at once: no 'loading' render in between.
  const [state, setState] = useState<LoadedDesign>(() => (prefetched?.designId === designId ? prefetched.settled : undefined) ?? { status: 'loading' });
  useEffect(() => {
    const early = takePrefetch(designId);
    if (early?.settled) {
      setState(early.settled); // the same object as the first state when that one came from it: no re-render
      return;
    }
    let cancelled = false;
    setState({ status: 'loading' });
    (early?.result ?? fetchDesign(designId))
      .then((result) => {
        if (!cancelled) setState(readyState(result));
      })
      .catch((error: unknown) => {
        if (!cancelled) setState(errorState(error));
      });
    return () => {
      cancelled = true;
    };
  }, [designId, attempt]);
  return state;
}
