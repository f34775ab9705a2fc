/**
 * Caption files and the caption lane (core/video/captions.ts, the `captions.*` calls and
 * `affiche captions import|export`): what is refused and why, with the line it happened on.
 */
import { defineArea } from '../area';

export const captions = defineArea({
  en: {
    'captions.tooLarge': 'This caption file is too large (more than {{max}} million characters): a video holds at most 5000 captions.',
    'captions.notVtt': 'Line 1: a WebVTT file starts with the word WEBVTT.',
    'captions.noTimes': 'Line {{line}}: a caption starts with its times, written {{example}}.',
    'captions.badTime': 'Line {{line}}: a time is written {{example}} (hours:minutes:seconds and milliseconds).',
    'captions.endBeforeStart': 'Line {{line}}: a caption must end after it starts.',
    'captions.tooLate': 'Line {{line}}: a caption cannot start or end after one hour.',
    'captions.tooLong': 'Line {{line}}: a caption holds at most {{max}} characters.',
    'captions.tooMany': 'Line {{line}}: a video holds at most {{max}} captions.',
    'captions.empty': 'This file holds no captions.',
    'captions.unknownFormat': '"{{file}}" is not a caption file: captions are read from and written to .srt or .vtt files.',
    'captions.notText': '"{{file}}" is not text (caption files are UTF-8 text).',
    'captions.notVideo': 'Only a video has captions: "{{name}}" is not a video.',
    'captions.none': '"{{name}}" has no captions to export.',
  },
  fr: {
    'captions.tooLarge': 'Ce fichier de sous-titres est trop gros (plus de {{max}}\u00a0millions de caractères)\u00a0: une vidéo contient au plus 5000\u00a0sous-titres.',
    'captions.notVtt': 'Ligne 1\u00a0: un fichier WebVTT commence par le mot WEBVTT.',
    'captions.noTimes': 'Ligne {{line}}\u00a0: un sous-titre commence par ses temps, écrits {{example}}.',
    'captions.badTime': 'Ligne {{line}}\u00a0: un temps s’écrit {{example}} (heures:minutes:secondes et millisecondes).',
    'captions.endBeforeStart': 'Ligne {{line}}\u00a0: un sous-titre doit finir après son début.',
    'captions.tooLate': 'Ligne {{line}}\u00a0: un sous-titre ne peut ni commencer ni finir après une heure.',
    'captions.tooLong': 'Ligne {{line}}\u00a0: un sous-titre contient au plus {{max}}\u00a0caractères.',
    'captions.tooMany': 'Ligne {{line}}\u00a0: une vidéo contient au plus {{max}}\u00a0sous-titres.',
    'captions.empty': 'Ce fichier ne contient aucun sous-titre.',
    'captions.unknownFormat': '«\u00a0{{file}}\u00a0» n’est pas un fichier de sous-titres\u00a0: les sous-titres se lisent et s’écrivent en .srt ou .vtt.',
    'captions.notText': '«\u00a0{{file}}\u00a0» n’est pas du texte (les fichiers de sous-titres sont du texte UTF-8).',
    'captions.notVideo': 'Seule une vidéo a des sous-titres\u00a0: «\u00a0{{name}}\u00a0» n’est pas une vidéo.',
    'captions.none': '«\u00a0{{name}}\u00a0» n’a aucun sous-titre à exporter.',
  },
});
