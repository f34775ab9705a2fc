/**
 * ffmpeg and ffprobe: why a run failed (with the command line to reproduce it), and why a video or
 * sound was refused after ffprobe read its header (EXP-06).
 */
import { defineArea } from '../area';

export const media = defineArea({
  en: {
    'ffmpeg.installHint':
      'Install ffmpeg (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg) ' +
      'or set FFMPEG_PATH to the ffmpeg program. Video export stays off until then; images, PDF and carousels still work.',
    'ffmpeg.notFound': '{{program}} was not found. {{hint}}',
    'ffmpeg.notStarted': '{{program}} could not be started ({{reason}}). To reproduce: {{command}}',
    'ffmpeg.exited': '{{program}} failed with exit code {{code}} ({{output}}). To reproduce: {{command}}',
    'ffmpeg.killed': '{{program}} was stopped by {{signal}} ({{output}}). To reproduce: {{command}}',
    'ffmpeg.tooMuchOutput': '{{program}} wrote more than {{limit}} bytes and was stopped. To reproduce: {{command}}',
    'ffmpeg.timedOut': '{{program}} did not finish within {{seconds}} s and was stopped. To reproduce: {{command}}',
    'ffmpeg.noOutput': 'no output',
    'media.needsFfprobe': '"{{name}}" cannot be checked: importing video and sound needs ffprobe, which was not found. {{hint}}',
    'media.probeTimeout': '"{{name}}" could not be read within {{seconds}} s; it is probably damaged',
    'media.unreadable': '"{{name}}" is truncated or damaged and cannot be read',
    'media.soundOnly': '"{{name}}" has no picture, only sound; import it as a sound (M4A, MP3...)',
    'media.noVideoStream': '"{{name}}" has no video stream',
    'media.noSoundStream': '"{{name}}" has no sound stream',
    'media.noDuration': '"{{name}}" has no readable duration; it is probably truncated or damaged',
    'media.tooShort': '"{{name}}" is too short ({{ms}} ms)',
    'media.videoTooLong': '"{{name}}" lasts {{duration}}; the limit for a video is {{limit}}',
    'media.soundTooLong': '"{{name}}" lasts {{duration}}; the limit for a sound is {{limit}}',
    'media.noPictureSize': '"{{name}}" declares no picture size; it is probably damaged',
    'media.pictureTooLarge': '"{{name}}" declares {{width}} x {{height}} pixels; the limit is {{limit}} px per side',
    'media.minutesSeconds': '{{minutes}} min {{seconds}} s',
    'media.seconds': '{{seconds}} s',
  },
  fr: {
    'ffmpeg.installHint':
      'Installez ffmpeg (Debian/Ubuntu\u00a0: sudo apt install ffmpeg\u202f; macOS\u00a0: brew install ffmpeg\u202f; Windows\u00a0: winget install ffmpeg) ' +
      'ou indiquez le programme ffmpeg dans FFMPEG_PATH. D’ici là, l’export vidéo reste désactivé\u202f; les images, les PDF et les carrousels fonctionnent.',
    'ffmpeg.notFound': '{{program}} est introuvable. {{hint}}',
    'ffmpeg.notStarted': '{{program}} n’a pas pu être lancé ({{reason}}). Pour reproduire\u00a0: {{command}}',
    'ffmpeg.exited': '{{program}} a échoué avec le code de sortie {{code}} ({{output}}). Pour reproduire\u00a0: {{command}}',
    'ffmpeg.killed': '{{program}} a été arrêté par {{signal}} ({{output}}). Pour reproduire\u00a0: {{command}}',
    'ffmpeg.tooMuchOutput': '{{program}} a écrit plus de {{limit}}\u00a0octets et a été arrêté. Pour reproduire\u00a0: {{command}}',
    'ffmpeg.timedOut': '{{program}} n’a pas terminé en {{seconds}}\u00a0s et a été arrêté. Pour reproduire\u00a0: {{command}}',
    'ffmpeg.noOutput': 'aucune sortie',
    'media.needsFfprobe':
      '«\u00a0{{name}}\u00a0» ne peut pas être vérifié\u00a0: l’import de vidéos et de sons a besoin de ffprobe, qui est introuvable. {{hint}}',
    'media.probeTimeout': '«\u00a0{{name}}\u00a0» n’a pas pu être lu en {{seconds}}\u00a0s\u202f; le fichier est probablement endommagé',
    'media.unreadable': '«\u00a0{{name}}\u00a0» est tronqué ou endommagé et ne peut pas être lu',
    'media.soundOnly': '«\u00a0{{name}}\u00a0» ne contient pas d’image, seulement du son\u202f; importez-le comme un son (M4A, MP3…)',
    'media.noVideoStream': '«\u00a0{{name}}\u00a0» ne contient pas de piste vidéo',
    'media.noSoundStream': '«\u00a0{{name}}\u00a0» ne contient pas de piste audio',
    'media.noDuration': '«\u00a0{{name}}\u00a0» n’a pas de durée lisible\u202f; le fichier est probablement tronqué ou endommagé',
    'media.tooShort': '«\u00a0{{name}}\u00a0» est trop court ({{ms}}\u00a0ms)',
    'media.videoTooLong': '«\u00a0{{name}}\u00a0» dure {{duration}}\u202f; une vidéo ne doit pas dépasser {{limit}}',
    'media.soundTooLong': '«\u00a0{{name}}\u00a0» dure {{duration}}\u202f; un son ne doit pas dépasser {{limit}}',
    'media.noPictureSize': '«\u00a0{{name}}\u00a0» n’indique pas la taille de son image\u202f; le fichier est probablement endommagé',
    'media.pictureTooLarge': '«\u00a0{{name}}\u00a0» annonce {{width}}\u00a0×\u00a0{{height}}\u00a0pixels\u202f; la limite est de {{limit}}\u00a0px par côté',
    'media.minutesSeconds': '{{minutes}}\u00a0min\u00a0{{seconds}}\u00a0s',
    'media.seconds': '{{seconds}}\u00a0s',
  },
});
