/**
 * The backend's sentences in French, from the same areas as ./en.ts (so the same keys; the
 * parameters are checked by messages.test.ts). French typography: a no-break space before ":" and
 * a narrow one before "; ! ?", curly apostrophes, « guillemets ».
 */
import type { en } from './en';
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

export const fr: { readonly [K in keyof typeof en]: string } = {
  ...call.fr,
  ...units.fr,
  ...schema.fr,
  ...library.fr,
  ...design.fr,
  ...designFile.fr,
  ...asset.fr,
  ...brandKit.fr,
  ...template.fr,
  ...carouselText.fr,
  ...format.fr,
  ...archive.fr,
  ...preflight.fr,
  ...staging.fr,
  ...exportArea.fr,
  ...carouselExport.fr,
  ...cliArea.fr,
  ...media.fr,
  ...parse.fr,
  ...panorama.fr,
  ...videoExport.fr,
  ...soundtrack.fr,
  ...captions.fr,
  ...videoFile.fr,
  ...posts.fr,
  ...postChecks.fr,
  ...bundle.fr,
  ...schedulers.fr,
  ...calendarExport.fr,
  ...editorial.fr,
};
