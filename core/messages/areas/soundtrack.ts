/**
 * A video's soundtrack (core/video/audio.ts, electron/services/video/audioMix.ts): why the sound
 * chosen as the music cannot be used. `{{name}}` is the name the sound was imported as.
 */
import { defineArea } from '../area';

export const soundtrack = defineArea({
  en: {
    'soundtrack.missing': 'The soundtrack is no longer in the library: choose another sound or remove the music.',
    'soundtrack.originalMissing': 'The soundtrack "{{name}}" is missing from the library folder: import it again or choose another sound.',
    'soundtrack.notSound': '"{{name}}" is not a sound and cannot be the soundtrack: choose an MP3, M4A, WAV or Ogg sound.',
    'soundtrack.noSoundStream': 'The soundtrack file holds no sound: choose another sound.',
  },
  fr: {
    'soundtrack.missing': 'La musique n’est plus dans la bibliothèque\u00a0: choisissez un autre son ou retirez la musique.',
    'soundtrack.originalMissing': 'La musique «\u00a0{{name}}\u00a0» est introuvable dans le dossier de la bibliothèque\u00a0: importez-la de nouveau ou choisissez un autre son.',
    'soundtrack.notSound': '«\u00a0{{name}}\u00a0» n’est pas un son et ne peut pas servir de musique\u00a0: choisissez un son MP3, M4A, WAV ou Ogg.',
    'soundtrack.noSoundStream': 'Le fichier de la musique ne contient aucun son\u00a0: choisissez un autre son.',
  },
});
