/** The calendar of posts and the editorial line refused (electron/services/library/postStore.ts). */
import { defineArea } from '../area';

export const posts = defineArea({
  en: {
    'posts.notFound': 'This post does not exist (it may have been deleted).',
    'posts.invalid': 'This post is not valid: {{detail}}',
    'posts.tooMany': 'The calendar holds at most {{max}} posts.',
    'posts.unknownZone': '"{{zone}}" is not a time zone this computer knows (use a name such as Europe/Paris).',
    'posts.designMissing': 'The design {{id}} is not in the library (it may have been deleted).',
    'posts.targetDesign': 'The design chosen for {{network}} is not one of the post’s designs.',
    'posts.editorialInvalid': 'This editorial line is not valid: {{detail}}',
    'posts.pillarMissing': 'The pillar {{id}} does not exist (it may have been deleted).',
    'posts.groupMissing': 'The hashtag group {{id}} does not exist (it may have been deleted).',
  },
  fr: {
    'posts.notFound': 'Cette publication n’existe pas (elle a peut-être été supprimée).',
    'posts.invalid': 'Cette publication n’est pas valide\u00a0: {{detail}}',
    'posts.tooMany': 'Le calendrier contient au plus {{max}} publications.',
    'posts.unknownZone': '«\u00a0{{zone}}\u00a0» n’est pas un fuseau horaire connu de cet ordinateur (utilisez un nom comme Europe/Paris).',
    'posts.designMissing': 'Le design {{id}} n’est pas dans la bibliothèque (il a peut-être été supprimé).',
    'posts.targetDesign': 'Le design choisi pour {{network}} ne fait pas partie de la publication.',
    'posts.editorialInvalid': 'Cette ligne éditoriale n’est pas valide\u00a0: {{detail}}',
    'posts.pillarMissing': 'Le pilier {{id}} n’existe pas (il a peut-être été supprimé).',
    'posts.groupMissing': 'Le groupe de hashtags {{id}} n’existe pas (il a peut-être été supprimé).',
  },
});
