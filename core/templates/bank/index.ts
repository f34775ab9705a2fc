/** The bank's templates, in the order the bank shows them (memes, then posts, then carousels): one module per family of layouts. */
import { CARDS } from './cards';
import { CAROUSELS } from './carousels';
import { CAPTIONS } from './captions';
import { CLASSIC } from './classic';
import { COMPARISONS } from './comparison';
import { PAIRS } from './pairs';
import { PANELS } from './panels';
import { POSTERS } from './poster';
import { POSTS_PICTURES } from './postsPictures';
import { POSTS_WORDS } from './postsWords';
import { REGIONS } from './regions';
import type { BankTemplate } from './types';

export type { BankCategory, BankTemplate } from './types';

export const BANK: readonly BankTemplate[] = [...CLASSIC, ...CAPTIONS, ...PANELS, ...COMPARISONS, ...PAIRS, ...REGIONS, ...POSTERS, ...CARDS, ...POSTS_WORDS, ...POSTS_PICTURES, ...CAROUSELS];

export function bankTemplate(id: string): BankTemplate | undefined {
  return BANK.find((template) => template.id === id);
}
