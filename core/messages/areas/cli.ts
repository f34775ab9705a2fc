/** The command line's own sentences. */
import { defineArea } from '../area';

export const cliArea = defineArea({
  en: {
    'cli.noLibrary': 'no library at {{dir}}',
  },
  fr: {
    'cli.noLibrary': 'pas de bibliothèque dans {{dir}}',
  },
});
