/** The brand kit's palettes and logos refused (electron/services/library/brandKitStore.ts). */
import { defineArea } from '../area';

export const brandKit = defineArea({
  en: {
    'brandKit.logoNotImage': 'A logo must be an image of the library: {{id}}… is not one.',
    'brandKit.logoTwice': 'This logo is already in the brand kit.',
    'brandKit.invalid': 'This brand kit is not valid: {{detail}}',
    'brandKit.paletteNeedsName': 'A palette needs a name.',
    'brandKit.paletteGone': 'The palette "{{name}}" no longer exists (it may have been deleted in another window).',
    'brandKit.paletteTwice': 'The palette "{{name}}" is listed twice.',
    'brandKit.paletteNameTaken': 'There is already a palette named "{{name}}": choose another name.',
    'brandKit.colourTwice': 'The colour {{hex}} is twice in the palette "{{name}}".',
  },
  fr: {
    'brandKit.logoNotImage': 'Un logo doit être une image de la bibliothèque\u00a0: {{id}}… n’en est pas une.',
    'brandKit.logoTwice': 'Ce logo est déjà dans le kit de marque.',
    'brandKit.invalid': 'Ce kit de marque n’est pas valide\u00a0: {{detail}}',
    'brandKit.paletteNeedsName': 'Une palette doit avoir un nom.',
    'brandKit.paletteGone': 'La palette «\u00a0{{name}}\u00a0» n’existe plus (elle a peut-être été supprimée dans une autre fenêtre).',
    'brandKit.paletteTwice': 'La palette «\u00a0{{name}}\u00a0» figure deux fois.',
    'brandKit.paletteNameTaken': 'Une palette s’appelle déjà «\u00a0{{name}}\u00a0»\u00a0: choisissez un autre nom.',
    'brandKit.colourTwice': 'La couleur {{hex}} figure deux fois dans la palette «\u00a0{{name}}\u00a0».',
  },
});
