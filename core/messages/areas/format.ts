/** The user's own formats ("My formats", electron/services/library/formatStore.ts). */
import { defineArea } from '../area';

export const format = defineArea({
  en: {
    'format.notFound': 'This format does not exist (it may have been deleted).',
    'format.tooMany': 'You already have {{max}} formats of your own: delete one before saving another.',
    'format.nameTaken': 'There is already a format named "{{name}}": choose another name.',
    'format.invalid': 'This format is not valid: {{detail}}',
  },
  fr: {
    'format.notFound': 'Ce format n’existe pas (il a peut-être été supprimé).',
    'format.tooMany': 'Mes formats en compte déjà {{max}}\u00a0: supprimez-en un avant d’en enregistrer un autre.',
    'format.nameTaken': 'Un format s’appelle déjà «\u00a0{{name}}\u00a0»\u00a0: choisissez un autre nom.',
    'format.invalid': 'Ce format n’est pas valide\u00a0: {{detail}}',
  },
});
