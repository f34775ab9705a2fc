/** The command line's own sentences. */
import { defineArea } from '../area';

export const cliArea = defineArea({
  en: {
    'cli.noLibrary': 'no library at {{dir}}',
    'cli.noSuchFile': '"{{name}}": no such file',
    'cli.notAffiche': '"{{name}}" is a folder, not a .affiche file',
    'cli.notADesign': '"{{name}}" is neither a file nor a design id in the library at {{dir}}',
    'cli.notAFile': '"{{name}}" is not a file',
    'cli.emptyFile': 'the file is empty',
    'cli.qualityForVideo': '--quality goes with a video design (its MP4); this design is not a video',
    'cli.imageOptionForVideo': '{{option}} is for images; a video design is written as one MP4, GIF or WebP (--type mp4|gif|webp, --format ID and --quality draft|final apply)',
    'cli.oneVideoFormat': 'a video design is written for one format at a time: give --format one format id',
    'cli.videoTypeForImage': '--type must be png, jpg or webp for this design: {{type}} is for a video design',
    'cli.imageTypeForVideo': '--type {{type}} is for images; a video design is written as mp4, gif or webp (--type mp4|gif|webp)',
    'cli.coverForVideo': '--no-cover goes with a video design (the cover pictures beside its MP4); this design is not a video',
    'cli.memeClipLayoutFile': 'a meme over a clip takes a layout from the library (an id from "affiche templates list"), not a .affiche file',
    'cli.memeVideoType': 'this Affiche writes a meme over a clip as MP4 only: {{type}} is not available yet',
  },
  fr: {
    'cli.noLibrary': 'pas de bibliothèque dans {{dir}}',
    'cli.noSuchFile': '«\u00a0{{name}}\u00a0»\u00a0: fichier introuvable',
    'cli.notAffiche': '«\u00a0{{name}}\u00a0» est un dossier, pas un fichier .affiche',
    'cli.notADesign': '«\u00a0{{name}}\u00a0» n’est ni un fichier ni l’identifiant d’un design de la bibliothèque {{dir}}',
    'cli.notAFile': '«\u00a0{{name}}\u00a0» n’est pas un fichier',
    'cli.emptyFile': 'le fichier est vide',
    'cli.qualityForVideo': '--quality s’applique à un design vidéo (son MP4) ; ce design n’est pas une vidéo',
    'cli.imageOptionForVideo': '{{option}} concerne les images\u202f; un design vidéo s’écrit en un seul MP4, GIF ou WebP (--type mp4|gif|webp, --format ID et --quality draft|final s’appliquent)',
    'cli.oneVideoFormat': 'un design vidéo s’écrit pour un format à la fois : donnez à --format un seul identifiant de format',
    'cli.videoTypeForImage': '--type doit être png, jpg ou webp pour ce design\u00a0: {{type}} est pour un design vidéo',
    'cli.imageTypeForVideo': '--type {{type}} concerne les images\u202f; un design vidéo s’écrit en mp4, gif ou webp (--type mp4|gif|webp)',
    'cli.coverForVideo': '--no-cover s’applique à un design vidéo (les images de couverture à côté de son MP4)\u202f; ce design n’est pas une vidéo',
    'cli.memeClipLayoutFile': 'un mème sur un clip prend une mise en page de la bibliothèque (un identifiant de «\u00a0affiche templates list\u00a0»), pas un fichier .affiche',
    'cli.memeVideoType': 'cet Affiche écrit un mème sur un clip en MP4 seulement\u00a0: {{type}} n’est pas encore disponible',
  },
});
