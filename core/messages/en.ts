/**
 * Every sentence the backend can send, in English (the CLI prints these), gathered from the areas
 * in ./areas (each holds its English and French texts side by side). Keys are stable: a client in
 * another language looks them up in its own catalogue. `{{name}}` is a parameter; `x_one` /
 * `x_other` are the plural forms of `x`, chosen by its `count`. A new area is one file in ./areas
 * and one line here and in ./fr.ts.
 */
import { call } from './areas/call';
import { units } from './areas/units';
import { schema } from './areas/schema';
import { library } from './areas/library';
import { design } from './areas/design';
import { designFile } from './areas/designFile';
import { asset } from './areas/asset';
import { brandKit } from './areas/brandKit';
import { template } from './areas/template';
import { carouselText } from './areas/carouselText';
import { format } from './areas/format';
import { archive } from './areas/archive';
import { preflight } from './areas/preflight';
import { staging } from './areas/staging';
import { exportArea } from './areas/export';
import { carouselExport } from './areas/carouselExport';
import { cliArea } from './areas/cli';
import { media } from './areas/media';
import { parse } from './areas/parse';
import { panorama } from './areas/panorama';
import { videoExport } from './areas/videoExport';
import { soundtrack } from './areas/soundtrack';
import { captions } from './areas/captions';
import { videoFile } from './areas/videoFile';
import { posts } from './areas/posts';
import { postChecks } from './areas/postChecks';
import { bundle } from './areas/bundle';
import { schedulers } from './areas/schedulers';
import { calendarExport } from './areas/calendarExport';
import { editorial } from './areas/editorial';

export const en = {
  ...call.en,
  ...units.en,
  ...schema.en,
  ...library.en,
  ...design.en,
  ...designFile.en,
  ...asset.en,
  ...brandKit.en,
  ...template.en,
  ...carouselText.en,
  ...format.en,
  ...archive.en,
  ...preflight.en,
  ...staging.en,
  ...exportArea.en,
  ...carouselExport.en,
  ...cliArea.en,
  ...media.en,
  ...parse.en,
  ...panorama.en,
  ...videoExport.en,
  ...soundtrack.en,
  ...captions.en,
  ...videoFile.en,
  ...posts.en,
  ...postChecks.en,
  ...bundle.en,
  ...schedulers.en,
  ...calendarExport.en,
  ...editorial.en,
} as const;
