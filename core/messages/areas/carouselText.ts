/**
 * Text to carousel (core/carousel/fromText.ts, the `carousels.fromText` call and `affiche carousel
 * from-text`): what is refused and why.
 */
import { defineArea } from '../area';

export const carouselText = defineArea({
  en: {
    'carouselText.notCarouselTemplate': 'Template "{{name}}" is not a carousel template: it needs a content slide with a "heading" or "body" slot between a title slide and an end slide.',
    'carouselText.noItems': 'There is no text to make slides from: paste a list, paragraphs or lines.',
    'carouselText.tooManySlides': 'This text makes {{count}} slides, more than the {{max}} a design holds: shorten it or make two carousels.',
    'carouselText.notText': '"{{file}}" is not text (text to carousel reads UTF-8 text).',
  },
  fr: {
    'carouselText.notCarouselTemplate': 'Le modèle «\u00a0{{name}}\u00a0» n’est pas un modèle de carrousel\u00a0: il lui faut une diapositive de contenu avec un emplacement «\u00a0heading\u00a0» ou «\u00a0body\u00a0» entre une diapositive de titre et une diapositive de fin.',
    'carouselText.noItems': 'Il n’y a pas de texte dont faire des diapositives\u00a0: collez une liste, des paragraphes ou des lignes.',
    'carouselText.tooManySlides': 'Ce texte donne {{count}} diapositives, plus que les {{max}} qu’un design peut contenir\u00a0: raccourcissez-le ou faites-en deux carrousels.',
    'carouselText.notText': '«\u00a0{{file}}\u00a0» n’est pas du texte (le texte en carrousel lit du texte UTF-8).',
  },
});
