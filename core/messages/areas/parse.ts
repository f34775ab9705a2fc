/**
 * Untrusted documents read on a thread of their own (electron/services/parse): what a refusal
 * says when the reading itself had to be stopped. `{{what}}` names the file (a file name or one
 * of the `schema.subject.*` messages); the `parse.why.*` forms end another sentence
 * ("... is not a valid SVG drawing ({{why}})").
 */
import { defineArea } from '../area';

export const parse = defineArea({
  en: {
    'parse.timeout': '{{what}} took more than {{seconds}} s to read: it is too complex, damaged or hostile',
    'parse.memory': '{{what}} needs more than {{megabytes}} MB of memory to read: it is too complex, damaged or hostile',
    'parse.crashed': '{{what}} could not be read (the reader stopped: {{detail}})',
    'parse.why.timeout': 'reading it took more than {{seconds}} s: it is too complex, damaged or hostile',
    'parse.why.memory': 'reading it needs more than {{megabytes}} MB of memory: it is too complex, damaged or hostile',
    'parse.why.crashed': 'the reader stopped: {{detail}}',
  },
  fr: {
    'parse.timeout': '{{what}}\u00a0: la lecture a pris plus de {{seconds}}\u00a0s (fichier trop complexe, endommagé ou malveillant)',
    'parse.memory': '{{what}}\u00a0: la lecture demande plus de {{megabytes}}\u00a0Mo de mémoire (fichier trop complexe, endommagé ou malveillant)',
    'parse.crashed': '{{what}}\u00a0: la lecture a échoué (le lecteur s’est arrêté\u00a0: {{detail}})',
    'parse.why.timeout': 'sa lecture a pris plus de {{seconds}}\u00a0s\u00a0: il est trop complexe, endommagé ou malveillant',
    'parse.why.memory': 'sa lecture demande plus de {{megabytes}}\u00a0Mo de mémoire\u00a0: il est trop complexe, endommagé ou malveillant',
    'parse.why.crashed': 'le lecteur s’est arrêté\u00a0: {{detail}}',
  },
});
