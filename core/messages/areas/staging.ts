/** Files moving in and out by staging id, and the jobs that write them. */
import { defineArea } from '../area';

export const staging = defineArea({
  en: {
    'staging.notFound': 'This file is no longer available: send it again.',
    'staging.tooLarge': '"{{name}}" is larger than {{limit}} bytes.',
    'staging.uploadIncomplete': 'The upload of "{{name}}" did not complete.',
    'staging.notAFile': '"{{name}}" is not a file.',
    'staging.notAFolder': '"{{name}}" is not a folder.',
    'job.notFound': 'This job is over and forgotten.',
    'job.stillRunning': 'This job is still running: cancel it first.',
    'job.cancelled': 'Cancelled.',
    'job.interrupted': 'Affiche stopped before the job ended.',
  },
  fr: {
    'staging.notFound': 'Ce fichier n’est plus disponible\u00a0: envoyez-le de nouveau.',
    'staging.tooLarge': '«\u00a0{{name}}\u00a0» dépasse {{limit}}\u00a0octets.',
    'staging.uploadIncomplete': 'L’envoi de «\u00a0{{name}}\u00a0» ne s’est pas terminé.',
    'staging.notAFile': '«\u00a0{{name}}\u00a0» n’est pas un fichier.',
    'staging.notAFolder': '«\u00a0{{name}}\u00a0» n’est pas un dossier.',
    'job.notFound': 'Cette tâche est terminée et oubliée.',
    'job.stillRunning': 'Cette tâche est en cours\u00a0: annulez-la d’abord.',
    'job.cancelled': 'Annulé.',
    'job.interrupted': 'Affiche s’est arrêté avant la fin de la tâche.',
  },
});
