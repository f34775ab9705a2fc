/** The video export (MP4): its job, its stages and its refusals. */
import { defineArea } from '../area';

export const videoExport = defineArea({
  en: {
    'videoExport.title': 'Video of {{name}}',
    'videoExport.fileType': 'MP4 video',
    'videoExport.draw': 'Drawing the layers: {{done}} of {{total}}',
    'videoExport.sound': 'Measuring the sound',
    'videoExport.encode': 'Encoding the video',
    'videoExport.check': 'Checking the file',
    'videoExport.notVideo': '"{{name}}" is not a video design: export its pages as images or a PDF.',
    'videoExport.unknownTransition': 'The transition "{{name}}" after scene {{scene}} is not one the installed ffmpeg knows: choose another transition.',
    'videoExport.tooLong': 'This video lasts {{seconds}} s; {{format}} takes at most {{max}} s: shorten its scenes.',
    'videoExport.missingMedia': 'A clip or the soundtrack of this video is missing (it is neither in the library nor in the file).',
    'videoExport.badFile': 'The exported file failed its check ({{problem}}); nothing was written.',
    'videoExport.clipWithoutPicture': 'A clip of this video has no picture (its file holds only sound): replace it.',
  },
  fr: {
    'videoExport.title': 'Vidéo de «\u00a0{{name}}\u00a0»',
    'videoExport.fileType': 'Vidéo MP4',
    'videoExport.draw': 'Dessin des calques\u00a0: {{done}} sur {{total}}',
    'videoExport.sound': 'Mesure du son',
    'videoExport.encode': 'Encodage de la vidéo',
    'videoExport.check': 'Vérification du fichier',
    'videoExport.notVideo': '«\u00a0{{name}}\u00a0» n’est pas un design vidéo\u00a0: exportez ses pages en images ou en PDF.',
    'videoExport.unknownTransition': 'La transition «\u00a0{{name}}\u00a0» après la scène {{scene}} n’est pas connue du ffmpeg installé\u00a0: choisissez une autre transition.',
    'videoExport.tooLong': 'Cette vidéo dure {{seconds}}\u00a0s\u202f; {{format}} accepte au plus {{max}}\u00a0s\u00a0: raccourcissez ses scènes.',
    'videoExport.missingMedia': 'Un clip ou la musique de cette vidéo manque (ni dans la bibliothèque ni dans le fichier).',
    'videoExport.badFile': 'Le fichier exporté a échoué à sa vérification ({{problem}})\u202f; rien n’a été écrit.',
    'videoExport.clipWithoutPicture': 'Un clip de cette vidéo n’a pas d’image (son fichier ne contient que du son)\u00a0: remplacez-le.',
  },
});
