/** Seamless panoramas (core/carousel/panorama.ts): seam warnings, refused conversions, the split. */
import { defineArea } from '../area';

export const panorama = defineArea({
  en: {
    'panorama.seamCutsText': 'The seam between slides {{left}} and {{right}} cuts the text "{{name}}": move it inside one slide.',
    'panorama.textInSeamMargin': 'The text "{{name}}" is less than {{margin}} px from the seam between slides {{left}} and {{right}} (the seam margin).',
    'panorama.notPanorama': '"{{name}}" is not a panorama: only a panorama is split into slides.',
    'panorama.refuseVariants': 'A design with linked variants cannot become a panorama: delete its variants first.',
    'panorama.refuseSlideCount': 'A panorama has {{min}} to {{max}} slides; this design has {{count}}.',
    'panorama.refuseTooWide': '{{count}} slides {{width}} px wide make a page {{total}} px wide; a panorama is at most {{max}} px wide.',
    'panorama.refuseAlready': 'This design is already a panorama.',
    'panorama.refuseVideo': 'A video cannot become a panorama: its scenes play one after the other.',
    'panorama.refuseNotPanorama': 'This design is not a panorama.',
    'panorama.noOtherFormats': 'A panorama is exported at its slide size only; make separate slides first to export other formats.',
  },
  fr: {
    'panorama.seamCutsText': 'La jointure entre les diapositives {{left}} et {{right}} coupe le texte «\u00a0{{name}}\u00a0»\u00a0: placez-le dans une seule diapositive.',
    'panorama.textInSeamMargin': 'Le texte «\u00a0{{name}}\u00a0» est à moins de {{margin}}\u00a0px de la jointure entre les diapositives {{left}} et {{right}} (la marge de jointure).',
    'panorama.notPanorama': '«\u00a0{{name}}\u00a0» n’est pas un panorama\u00a0: seul un panorama se découpe en diapositives.',
    'panorama.refuseVariants': 'Un design qui a des variantes liées ne peut pas devenir un panorama\u00a0: supprimez d’abord ses variantes.',
    'panorama.refuseSlideCount': 'Un panorama a de {{min}} à {{max}} diapositives\u202f; ce design en a {{count}}.',
    'panorama.refuseTooWide': '{{count}} diapositives de {{width}}\u00a0px font une page de {{total}}\u00a0px de large\u202f; un panorama fait au plus {{max}}\u00a0px de large.',
    'panorama.refuseAlready': 'Ce design est déjà un panorama.',
    'panorama.refuseVideo': 'Une vidéo ne peut pas devenir un panorama\u00a0: ses scènes passent l’une après l’autre.',
    'panorama.refuseNotPanorama': 'Ce design n’est pas un panorama.',
    'panorama.noOtherFormats': 'Un panorama s’exporte à la taille de ses diapositives seulement\u202f; faites-en d’abord des diapositives séparées pour exporter d’autres formats.',
  },
});
