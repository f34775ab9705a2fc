/**
 * Each network's mark: our own letters on a colour (never the network's artwork), one table for
 * every screen that shows one (the calendar's glyphs, the editorial line's badges), so a network
 * looks the same everywhere.
 */
import type { Network } from '../../../core/formats/constants';

export const NETWORK_MARKS: Record<Network, { letters: string; colour: string }> = {
  instagram: { letters: 'IG', colour: '#d6246e' },
  facebook: { letters: 'f', colour: '#1877f2' },
  linkedin: { letters: 'in', colour: '#0a66c2' },
  x: { letters: 'X', colour: '#111111' },
  tiktok: { letters: 'TT', colour: '#25202a' },
  youtube: { letters: 'YT', colour: '#e62117' },
  pinterest: { letters: 'P', colour: '#bd081c' },
  threads: { letters: '@', colour: '#333333' },
  bluesky: { letters: 'bs', colour: '#1185fe' },
};
