/**
 * The backend's sentences in French, from the same areas as ./en.ts (so the same keys; the
 * parameters are checked by messages.test.ts). French typography: a no-break space before ":" and
 * a narrow one before "; ! ?", curly apostrophes, « guillemets ».
 */
import type { en } from './en';
import { call } from './areas/call';
import { staging } from './areas/staging';
import { archive } from './areas/archive';
import { exportArea } from './areas/export';
import { preflightArea } from './areas/preflight';
import { cliArea } from './areas/cli';
import { media } from './areas/media';

export const fr: { readonly [K in keyof typeof en]: string } = {
  ...call.fr,
  ...staging.fr,
  ...archive.fr,
  ...exportArea.fr,
  ...preflightArea.fr,
  ...cliArea.fr,
  ...media.fr,
};
