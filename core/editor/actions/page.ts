/** Page-level edits: the background (a fill, an image on top of it, or removing the image). */
import type { Background } from '../../schema/design';
import type { Perform } from '../types';
import { withPage } from '../tree';

export interface BackgroundChange {
  fill?: Background['fill'];
  /** An image over the fill; null removes it. */
  image?: Background['image'] | null;
}

export const setBackground: Perform<BackgroundChange & { control?: string }> = (state, change) =>
  withPage(state, (page) => {
    const current = page.background;
    const next: Background = { ...current };
    if (change.fill !== undefined) next.fill = change.fill;
    if (change.image === null) delete next.image;
    else if (change.image !== undefined) next.image = change.image;
    // Comparing JSON keeps "same colour again" a no-op, hence no empty undo step.
    if (JSON.stringify(next) === JSON.stringify(current)) return page;
    return { ...page, background: next };
  });

/** The design's own name (top bar); an empty name is refused. Autosave stores it with the design. */
export const renameDesign: Perform<{ name: string }> = (state, { name }) => {
  const trimmed = name.trim().slice(0, 200);
  return trimmed === '' || trimmed === state.design.name ? state : { ...state, design: { ...state.design, name: trimmed } };
};
