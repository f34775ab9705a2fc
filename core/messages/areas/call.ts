/** The dispatcher, the transports and the disk: failures any call can meet. */
import { defineArea } from '../area';

export const call = defineArea({
  en: {
    'call.unknownMethod': 'Unknown call: {{method}}',
    'call.invalidArgs': '{{method}}: {{detail}}',
    'call.internal': 'Something went wrong inside Affiche ({{method}}): {{detail}}',
    'call.tooLarge': 'The request is too large (the limit is {{limit}} bytes).',
    'call.badBody': 'The request body is not valid JSON.',
    'call.busy': 'Affiche is busy with other large requests: try again in a moment.',
    'call.forbidden': 'This page is not allowed to call Affiche.',
    'disk.full': 'The disk is full: nothing was saved. Free some space and try again.',
    'disk.readOnly': 'The disk is read-only: nothing was saved.',
    'disk.denied': 'Affiche may not write there (permission denied).',
    // Transition only: a sentence not yet given a key. Removed once every message has one.
    'legacy.text': '{{text}}',
  },
  fr: {
    'call.unknownMethod': 'Appel inconnu\u00a0: {{method}}',
    'call.invalidArgs': '{{method}}\u00a0: {{detail}}',
    'call.internal': 'Un problème est survenu dans Affiche ({{method}})\u00a0: {{detail}}',
    'call.tooLarge': 'La requête est trop volumineuse (la limite est de {{limit}}\u00a0octets).',
    'call.badBody': 'Le corps de la requête n’est pas du JSON valide.',
    'call.busy': 'Affiche traite d’autres requêtes volumineuses\u00a0: réessayez dans un instant.',
    'call.forbidden': 'Cette page n’a pas le droit d’appeler Affiche.',
    'disk.full': 'Le disque est plein\u00a0: rien n’a été enregistré. Libérez de la place et réessayez.',
    'disk.readOnly': 'Le disque est en lecture seule\u00a0: rien n’a été enregistré.',
    'disk.denied': 'Affiche n’a pas le droit d’écrire à cet endroit (permission refusée).',
    'legacy.text': '{{text}}',
  },
});
