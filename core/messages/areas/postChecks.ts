/** A post's checks per network (core/posts/checks.ts). */
import { defineArea } from '../area';

export const postChecks = defineArea({
  en: {
    'postChecks.captionTooLong': '{{count}} characters: the limit is {{max}}.',
    'postChecks.tooManyHashtags': '{{count}} hashtags: the limit is {{max}}.',
    'postChecks.altTextMissing_one': 'The picture needs its alt text.',
    'postChecks.altTextMissing_other': 'Each of the {{count}} pictures needs its alt text.',
  },
  fr: {
    'postChecks.captionTooLong': '{{count}} caractères\u00a0: la limite est de {{max}}.',
    'postChecks.tooManyHashtags': '{{count}} hashtags\u00a0: la limite est de {{max}}.',
    'postChecks.altTextMissing_one': 'L’image a besoin de son texte alternatif.',
    'postChecks.altTextMissing_other': 'Chacune des {{count}} images a besoin de son texte alternatif.',
  },
});
