/**
 * Designs in the library (electron/services/library/design*): refusals, and what opening a damaged,
 * missing or newer design file did (`design.notice.*`, shown above the editor). Portable
 * `.affiche` files are in `designFile.*`.
 */
import { defineArea } from '../area';

export const design = defineArea({
  en: {
    'design.notFound': 'This design does not exist (it may have been deleted).',
    'design.nameLength': 'A design name is 1 to {{max}} characters.',
    'design.idTaken': 'A design with the id "{{id}}" already exists.',
    'design.newerReadOnly': 'Design "{{name}}" was made by a newer version of Affiche; it cannot be changed here.',
    'design.newerCannotOpen': 'Design "{{name}}" was made by a newer version of Affiche and cannot be opened here; update Affiche.',
    'design.missing': 'Design "{{name}}" is missing from the library folder.',
    'design.damagedLost': 'Design "{{name}}" is damaged and no earlier copy could be read; the damaged file was kept as {{keptAs}}.',
    'design.previewNotImage': 'The design preview is not an image',
    'design.previewDamaged': 'The design preview is truncated or damaged and cannot be decoded',
    'design.notice.newerReadOnly': 'Design "{{name}}" was made by a newer version of Affiche; it opens read-only.',
    'design.notice.missingRestored': 'Design "{{name}}" was missing; restored the copy from {{date}}.',
    'design.notice.missingShowing': 'Design "{{name}}" was missing; showing the copy from {{date}}.',
    'design.notice.damagedShowing': 'Design "{{name}}" is damaged; showing the copy from {{date}} (read-only, nothing was changed).',
    'design.notice.damagedRestored': 'Design "{{name}}" was damaged; restored the copy from {{date}}. The damaged file was kept as {{keptAs}}.',
    'design.notice.notAdded': '{{file}} could not be added to the library: {{reason}}',
  },
  fr: {
    'design.notFound': 'Ce design n’existe pas (il a peut-être été supprimé).',
    'design.nameLength': 'Le nom d’un design compte de 1 à {{max}}\u00a0caractères.',
    'design.idTaken': 'Un design porte déjà l’identifiant «\u00a0{{id}}\u00a0».',
    'design.newerReadOnly': 'Le design «\u00a0{{name}}\u00a0» vient d’une version plus récente d’Affiche\u00a0: il ne peut pas être modifié ici.',
    'design.newerCannotOpen': 'Le design «\u00a0{{name}}\u00a0» vient d’une version plus récente d’Affiche et ne peut pas être ouvert ici\u00a0: mettez Affiche à jour.',
    'design.missing': 'Le design «\u00a0{{name}}\u00a0» est introuvable dans le dossier de la bibliothèque.',
    'design.damagedLost':
      'Le design «\u00a0{{name}}\u00a0» est endommagé et aucune copie antérieure n’a pu être lue. Le fichier endommagé a été gardé sous le nom {{keptAs}}.',
    'design.previewNotImage': 'L’aperçu du design n’est pas une image',
    'design.previewDamaged': 'L’aperçu du design est tronqué ou endommagé et ne peut pas être décodé',
    'design.notice.newerReadOnly': 'Le design «\u00a0{{name}}\u00a0» vient d’une version plus récente d’Affiche\u00a0: il s’ouvre en lecture seule.',
    'design.notice.missingRestored': 'Le design «\u00a0{{name}}\u00a0» était introuvable\u00a0: la copie du {{date}} a été restaurée.',
    'design.notice.missingShowing': 'Le design «\u00a0{{name}}\u00a0» était introuvable\u00a0: voici la copie du {{date}}.',
    'design.notice.damagedShowing': 'Le design «\u00a0{{name}}\u00a0» est endommagé\u00a0: voici la copie du {{date}} (lecture seule, rien n’a été modifié).',
    'design.notice.damagedRestored':
      'Le design «\u00a0{{name}}\u00a0» était endommagé\u00a0: la copie du {{date}} a été restaurée. Le fichier endommagé a été gardé sous le nom {{keptAs}}.',
    'design.notice.notAdded': '{{file}} n’a pas pu être ajouté à la bibliothèque\u00a0: {{reason}}',
  },
});
