/** Carousel exports: slide caps and posts, numbered sets, the LinkedIn document PDF. */
import { defineArea } from '../area';

export const carouselExport = defineArea({
  en: {
    'carouselExport.overCap': '{{slides}} slides: {{network}} takes {{max}}; export as {{posts}} posts?',
    'carouselExport.apiHint': 'Scheduling tools that publish through {{network}}’s API take at most {{apiMax}} per post.',
    'carouselExport.split': 'Split into {{posts}} posts for {{network}} ({{sizes}} slides).',
    'carouselExport.pdfTitle': 'PDF of {{name}}',
    'carouselExport.pdfFileType': 'PDF document',
    'carouselExport.pdfRender': 'Page {{done}} of {{total}}',
    'carouselExport.pdfFit': 'Fitting under {{max}}: JPEG quality {{quality}}',
    'carouselExport.pdfWrite': 'Writing the PDF',
    'carouselExport.pdfTooBig': 'The PDF cannot fit in {{max}}: even at the lowest JPEG quality ({{quality}}) it takes {{size}}. Allow a larger size, or remove pages or pictures.',
    'carouselExport.pdfQuality': 'JPEG quality {{quality}} to fit {{max}} ({{size}}).',
    'carouselExport.pdfVideoAsStill': 'Pages with a video show a still of its first frame: a PDF cannot play video.',
  },
  fr: {
    'carouselExport.overCap': '{{slides}}\u00a0diapositives\u00a0: {{network}} en accepte {{max}}\u202f; exporter en {{posts}}\u00a0publications\u202f?',
    'carouselExport.apiHint': 'Les outils de planification qui publient par l’API de {{network}} en acceptent au plus {{apiMax}} par publication.',
    'carouselExport.split': 'Découpé en {{posts}}\u00a0publications pour {{network}} ({{sizes}}\u00a0diapositives).',
    'carouselExport.pdfTitle': 'PDF de «\u00a0{{name}}\u00a0»',
    'carouselExport.pdfFileType': 'Document PDF',
    'carouselExport.pdfRender': 'Page {{done}} sur {{total}}',
    'carouselExport.pdfFit': 'Ajustement sous {{max}}\u00a0: qualité JPEG {{quality}}',
    'carouselExport.pdfWrite': 'Écriture du PDF',
    'carouselExport.pdfTooBig': 'Le PDF ne tient pas dans {{max}}\u00a0: même à la qualité JPEG la plus basse ({{quality}}), il pèse {{size}}. Autorisez une taille plus grande, ou retirez des pages ou des images.',
    'carouselExport.pdfQuality': 'Qualité JPEG {{quality}} pour tenir dans {{max}} ({{size}}).',
    'carouselExport.pdfVideoAsStill': 'Les pages avec une vidéo en montrent la première image\u00a0: un PDF ne lit pas la vidéo.',
  },
});
