/**
 * The Elements panel's sets, fetched from the files bundled next to index.html (assets/icons,
 * assets/emoji) the first time the panel opens, indexed once for search, and kept for the
 * session. Never part of the editor's first frame: this module is in the panel's own chunk.
 */
import { indexEmojiSet, type EmojiIndex } from '../../../../core/elementSets/emojiSearch';
import { indexIconSet, type IconIndex } from '../../../../core/elementSets/iconSearch';
import type { EmojiSetFile, IconSetFile } from '../../../../core/elementSets/types';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let icons: Promise<IconIndex> | null = null;
let emoji: Promise<EmojiIndex> | null = null;

export function loadIcons(): Promise<IconIndex> {
  icons ??= fetchJson<IconSetFile>('icons/tabler.json').then(indexIconSet);
  // A failed load may be retried by opening the panel again.
  icons.catch(() => (icons = null));
  return icons;
}

export function loadEmoji(): Promise<EmojiIndex> {
  emoji ??= fetchJson<EmojiSetFile>('emoji/emoji.json').then(indexEmojiSet);
  emoji.catch(() => (emoji = null));
  return emoji;
}
