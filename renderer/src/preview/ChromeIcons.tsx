/**
 * The phone frames' small pictograms, drawn here from plain shapes (a heart, a speech bubble, an
 * arrow, a bookmark...): they suggest a network's buttons without any of its artwork or logos.
 */
import type { ReactElement } from 'react';
import { StrokeSvg } from '../shared/Icon';

const SHAPES = {
  heart: <path d="M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.4 4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z" />,
  bubble: <path d="M20 11.5a8 8 0 0 1-11.6 7.1L4 20l1.4-4.1A8 8 0 1 1 20 11.5z" />,
  arrow: <path d="M21 4 3 11l7 2.5L12.5 21zM10 13.5 21 4" />,
  bookmark: <path d="M6.5 4h11v16L12 15.5 6.5 20z" />,
  repost: <path d="M4 10V8a2 2 0 0 1 2-2h12l-3-3M20 14v2a2 2 0 0 1-2 2H6l3 3" />,
  thumb: <path d="M7 11v9H4v-9zM7 11l4-7a2 2 0 0 1 2.5 2.5L12.5 10H19a2 2 0 0 1 2 2.3l-1.2 6A2 2 0 0 1 17.8 20H7" />,
  music: <path d="M9 18V6l11-2v12M9 18a3 3 0 1 1-3-3 3 3 0 0 1 3 3zM20 16a3 3 0 1 1-3-3 3 3 0 0 1 3 3z" />,
  home: <path d="M4 11 12 4l8 7v9h-5v-6H9v6H4z" />,
  search: <path d="M10.5 17a6.5 6.5 0 1 1 0-13 6.5 6.5 0 0 1 0 13zM15.5 15.5 20 20" />,
  person: <path d="M12 12a4 4 0 1 1 0-8 4 4 0 0 1 0 8zM4.5 20a7.5 7.5 0 0 1 15 0" />,
  plus: <path d="M12 6v12M6 12h12" />,
  tiles: <path d="M4 4h16v16H4zM9.3 4v16M14.7 4v16M4 9.3h16M4 14.7h16" />,
  stack: <path d="M8 8V5h11v11h-3M5 8h11v11H5z" />,
  menu: <path d="M4 7h16M4 12h16M4 17h16" />,
} satisfies Record<string, ReactElement>;

export type ChromeIconName = keyof typeof SHAPES;

export function ChromeIcon({ name, size = 22, filled = false }: { name: ChromeIconName; size?: number; filled?: boolean }) {
  return (
    <StrokeSvg size={size} filled={filled}>
      {SHAPES[name]}
    </StrokeSvg>
  );
}
