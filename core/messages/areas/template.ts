/** Filling a template's slots refused (core/templates/fill.ts): the slot is always named. */
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
  },
});
