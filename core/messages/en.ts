/**
 * Every sentence the backend can send, in English (the CLI prints these), gathered from the areas
 * in ./areas (each holds its English and French texts side by side). Keys are stable: a client in
 * another language looks them up in its own catalogue. `{{name}}` is a parameter; `x_one` /
 * `x_other` are the plural forms of `x`, chosen by its `count`. A new area is one file in ./areas
 * and one line here and in ./fr.ts.
 */
import { call } from './areas/call';
import { staging } from './areas/staging';
import { archive } from './areas/archive';
import { exportArea } from './areas/export';
import { preflightArea } from './areas/preflight';
import { cliArea } from './areas/cli';
import { media } from './areas/media';

export const en = {
  ...call.en,
  ...staging.en,
  ...archive.en,
  ...exportArea.en,
  ...preflightArea.en,
  ...cliArea.en,
  ...media.en,
} as const;
