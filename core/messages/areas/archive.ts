/** Library archives: what the jobs say while they run, and a refused archive. */
import { defineArea } from '../area';

export const archive = defineArea({
  en: {
    'archive.stage': '{{phase}} {{done}} of {{total}}: {{name}}',
    'archive.phase.designs': 'Designs',
    'archive.phase.media': 'Media',
    'archive.phase.checking': 'Checking',
    'archive.phase.importing': 'Media',
    'archive.refused': '"{{name}}" cannot be imported: {{reason}}. Nothing was changed.',
    'archive.title.exportLibrary': 'Library backup',
    'archive.title.exportBrandKit': 'Brand kit export',
    'archive.title.import': 'Archive import',
    'archive.fileType': 'Affiche archive',
  },
  fr: {
    'archive.stage': '{{phase}} {{done}} sur {{total}}\u00a0: {{name}}',
    'archive.phase.designs': 'Créations',
    'archive.phase.media': 'Médias',
    'archive.phase.checking': 'Vérification',
    'archive.phase.importing': 'Médias',
    'archive.refused': '«\u00a0{{name}}\u00a0» ne peut pas être importé\u00a0: {{reason}}. Rien n’a été modifié.',
    'archive.title.exportLibrary': 'Sauvegarde de la bibliothèque',
    'archive.title.exportBrandKit': 'Export du kit de marque',
    'archive.title.import': 'Import d’une archive',
    'archive.fileType': 'Archive Affiche',
  },
});
