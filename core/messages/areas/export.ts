/** Exports of designs as images and as portable .affiche files. */
import { defineArea } from '../area';

export const exportArea = defineArea({
  en: {
    'export.title': 'Export of {{name}}',
    'export.portableTitle': '{{name}}.affiche',
    'export.stage': 'Image {{done}} of {{total}}: {{name}}',
    'export.noSuchPage': '"{{name}}" has {{count}} pages; there is no page {{page}}.',
    'export.videoAsStill_one': 'Page {{pages}} holds a video: video export is not available yet, so the image shows a still of the video’s first frame.',
    'export.videoAsStill_other': 'Pages {{pages}} hold videos: video export is not available yet, so the images show a still of each video’s first frame.',
    'export.imageFileType': '{{type}} image',
    'export.zipFileType': 'Zip archive',
    'export.portableFileType': 'Affiche design',
    'export.filesNeedFolder': 'Separate files need a folder to write them into.',
    'export.watermarkNotLogo': 'The watermark must be a picture of your library (a logo of your brand kit); this one is not there any more.',
    'export.ruleFails': '{{rule}}: measured {{measured}}, limit {{limit}}',
  },
  fr: {
    'export.title': 'Export de «\u00a0{{name}}\u00a0»',
    'export.portableTitle': '{{name}}.affiche',
    'export.stage': 'Image {{done}} sur {{total}}\u00a0: {{name}}',
    'export.noSuchPage': '«\u00a0{{name}}\u00a0» a {{count}}\u00a0pages\u202f; il n’y a pas de page {{page}}.',
    'export.videoAsStill_one': 'La page {{pages}} contient une vidéo\u00a0: l’export vidéo n’existe pas encore, l’image montre donc la vidéo figée sur sa première image.',
    'export.videoAsStill_other': 'Les pages {{pages}} contiennent des vidéos\u00a0: l’export vidéo n’existe pas encore, les images montrent donc chaque vidéo figée sur sa première image.',
    'export.imageFileType': 'Image {{type}}',
    'export.zipFileType': 'Archive zip',
    'export.portableFileType': 'Design Affiche',
    'export.filesNeedFolder': 'Des fichiers séparés ont besoin d’un dossier où les écrire.',
    'export.watermarkNotLogo': 'Le filigrane doit être une image de votre bibliothèque (un logo de votre kit de marque)\u00a0: celle-ci n’y est plus.',
    'export.ruleFails': '{{rule}}\u00a0: mesuré {{measured}}, limite {{limit}}',
  },
});
