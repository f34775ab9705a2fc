/**
 * Templates: filling a template's slots refused (core/templates/fill.ts: the slot is always named),
 * the template bank in the library (electron/services/library/templateStore.ts), template files.
 */
import { defineArea } from '../area';

export const template = defineArea({
  en: {
    'template.unknownSlot': 'This template has no slot "{{name}}" (its slots: {{known}}).',
    'template.noSlots': 'This design has no slots to fill: mark elements as slots to make it a template.',
    'template.needsText': 'Slot "{{name}}" takes words.',
    'template.needsPicture': 'Slot "{{name}}" takes a picture.',
    'template.needsColor': 'Slot "{{name}}" takes a colour.',
    'template.missingText': 'Slot "{{name}}" needs words.',
    'template.missingPicture': 'Slot "{{name}}" needs a picture.',
    'template.badColor': 'Slot "{{name}}": "{{value}}" is not a colour (write it #rrggbb).',
    'template.badPicture': 'Slot "{{name}}": the picture has no usable size.',
    'template.textTooLong': 'Slot "{{name}}": the text is longer than {{max}} characters.',
    'template.notFound': 'There is no template "{{id}}" (it may have been deleted; "affiche templates list" lists them).',
    'template.bankReadOnly': 'Template "{{id}}" comes with Affiche and cannot be changed: duplicate it to make it yours.',
    'template.pictureNotFound': 'Slot "{{name}}": the picture is not in the library.',
    'template.pictureNotImage': 'Slot "{{name}}": "{{file}}" is not a picture.',
    'template.needsPictureSlot': 'Template "{{id}}" has no picture slot: choose a meme layout with one.',
  },
  fr: {
    'template.unknownSlot': 'Ce modèle n’a pas d’emplacement «\u00a0{{name}}\u00a0» (ses emplacements\u00a0: {{known}}).',
    'template.noSlots': 'Ce design n’a aucun emplacement à remplir\u00a0: marquez des éléments comme emplacements pour en faire un modèle.',
    'template.needsText': 'L’emplacement «\u00a0{{name}}\u00a0» attend du texte.',
    'template.needsPicture': 'L’emplacement «\u00a0{{name}}\u00a0» attend une image.',
    'template.needsColor': 'L’emplacement «\u00a0{{name}}\u00a0» attend une couleur.',
    'template.missingText': 'L’emplacement «\u00a0{{name}}\u00a0» doit recevoir du texte.',
    'template.missingPicture': 'L’emplacement «\u00a0{{name}}\u00a0» doit recevoir une image.',
    'template.badColor': 'Emplacement «\u00a0{{name}}\u00a0»\u00a0: «\u00a0{{value}}\u00a0» n’est pas une couleur (écrivez-la #rrggbb).',
    'template.badPicture': 'Emplacement «\u00a0{{name}}\u00a0»\u00a0: l’image n’a pas de dimensions utilisables.',
    'template.textTooLong': 'Emplacement «\u00a0{{name}}\u00a0»\u00a0: le texte dépasse {{max}}\u00a0caractères.',
    'template.notFound': 'Il n’y a pas de modèle «\u00a0{{id}}\u00a0» (il a peut-être été supprimé\u00a0; «\u00a0affiche templates list\u00a0» les liste).',
    'template.bankReadOnly': 'Le modèle «\u00a0{{id}}\u00a0» est fourni avec Affiche et ne peut pas être modifié\u00a0: dupliquez-le pour en faire le vôtre.',
    'template.pictureNotFound': 'Emplacement «\u00a0{{name}}\u00a0»\u00a0: l’image n’est pas dans la bibliothèque.',
    'template.pictureNotImage': 'Emplacement «\u00a0{{name}}\u00a0»\u00a0: «\u00a0{{file}}\u00a0» n’est pas une image.',
    'template.needsPictureSlot': 'Le modèle «\u00a0{{id}}\u00a0» n’a pas d’emplacement d’image\u00a0: choisissez une mise en page de mème qui en a un.',
  },
});
