/**
 * The library folder as a whole: read-only and closed states, the single-writer lock, what a
 * damaged or newer library.json did at open (notices), a full disk during a write, the settings.
 * `{{date}}` is the copy's time as written in the file ("2026-12-03 08:50:24 UTC").
 */
import { defineArea } from '../area';

export const library = defineArea({
  en: {
    'library.closed': 'The library is closed.',
    'library.readOnly': 'Nothing can be changed: {{reason}}.',
    'library.reason.readOnly': 'the library is read-only',
    'library.reason.openedReadOnly': 'the library was opened read-only',
    'library.reason.newer': '{{file}} was made by a newer version of Affiche',
    'library.lockedElsewhere':
      'This library is already open on another computer ({{host}}, pid {{pid}}). Close it there first, or use --library to pick another folder. If that computer is off, delete {{file}}.',
    'library.lockedHere': 'This library is already open in another Affiche window or process (pid {{pid}}). Close it first, or use --library to pick another folder.',
    'library.lockUnstable': 'The library lock {{file}} keeps changing; another Affiche may be starting. Try again.',
    'library.diskFull': 'The disk is full: {{what}} was not saved; the previous version is intact.',
    'library.label.file': '"{{name}}"',
    'library.label.preview': 'the preview of "{{name}}"',
    'library.label.design': 'design "{{name}}"',
    'library.label.designPreview': 'the preview of design "{{name}}"',
    'library.label.archive': 'the archive "{{name}}"',
    'library.settingsInvalid': 'These settings are not valid: {{detail}}',
    'library.notice.missingRestored': '{{file}} was missing; restored the copy from {{date}}.',
    'library.notice.newerReadOnly': '{{file}} was made by a newer version of Affiche; the library is open read-only. Update Affiche to edit it.',
    'library.notice.damagedShowing': '{{file}} is damaged; showing the copy from {{date}} (read-only, nothing was changed).',
    'library.notice.damagedShowingEmpty': '{{file}} is damaged and no earlier copy could be read; showing an empty library (read-only, nothing was changed).',
    'library.notice.damagedRestored': '{{file}} was damaged; restored the copy from {{date}}. The damaged file was kept as {{keptAs}}.',
    'library.notice.damagedEmpty': '{{file}} was damaged and no earlier copy could be read; the library opened empty. The damaged file was kept as {{keptAs}}.',
    'library.originalNotRegular': 'The original of "{{name}}" in the library folder is not a regular file (a link or a folder); Affiche does not follow it.',
    'library.originalAltered': 'The original of "{{name}}" in the library folder was altered or damaged: its content no longer matches its checksum. Nothing was written.',
    'library.notice.rebuiltFromBlobs_one': '{{file}} and its backups could not be read: {{count}} medium was found in the library folder and listed again, without its name, tags, collections or notes.',
    'library.notice.rebuiltFromBlobs_other': '{{file}} and its backups could not be read: {{count}} media were found in the library folder and listed again, without their names, tags, collections or notes.',
  },
  fr: {
    'library.closed': 'La bibliothèque est fermée.',
    'library.readOnly': 'Impossible de modifier quoi que ce soit\u00a0: {{reason}}.',
    'library.reason.readOnly': 'la bibliothèque est en lecture seule',
    'library.reason.openedReadOnly': 'la bibliothèque a été ouverte en lecture seule',
    'library.reason.newer': '{{file}} vient d’une version plus récente d’Affiche',
    'library.lockedElsewhere':
      'Cette bibliothèque est déjà ouverte sur un autre ordinateur ({{host}}, pid {{pid}}). Fermez-la d’abord là-bas, ou choisissez un autre dossier avec --library. Si cet ordinateur est éteint, supprimez {{file}}.',
    'library.lockedHere':
      'Cette bibliothèque est déjà ouverte dans une autre fenêtre ou un autre processus Affiche (pid {{pid}}). Fermez-la d’abord, ou choisissez un autre dossier avec --library.',
    'library.lockUnstable': 'Le verrou de la bibliothèque ({{file}}) change sans arrêt\u202f; un autre Affiche est peut-être en train de démarrer. Réessayez.',
    'library.diskFull': 'Le disque est plein\u00a0: impossible d’enregistrer {{what}}\u202f; la version précédente est intacte.',
    'library.label.file': '«\u00a0{{name}}\u00a0»',
    'library.label.preview': 'l’aperçu de «\u00a0{{name}}\u00a0»',
    'library.label.design': 'le design «\u00a0{{name}}\u00a0»',
    'library.label.designPreview': 'l’aperçu du design «\u00a0{{name}}\u00a0»',
    'library.label.archive': 'l’archive «\u00a0{{name}}\u00a0»',
    'library.settingsInvalid': 'Ces réglages ne sont pas valides\u00a0: {{detail}}',
    'library.notice.missingRestored': '{{file}} était introuvable\u00a0: la copie du {{date}} a été restaurée.',
    'library.notice.newerReadOnly':
      '{{file}} vient d’une version plus récente d’Affiche\u00a0: la bibliothèque est ouverte en lecture seule. Mettez Affiche à jour pour la modifier.',
    'library.notice.damagedShowing': '{{file}} est endommagé\u00a0: voici la copie du {{date}} (lecture seule, rien n’a été modifié).',
    'library.notice.damagedShowingEmpty':
      '{{file}} est endommagé et aucune copie antérieure n’a pu être lue\u00a0: la bibliothèque s’affiche vide (lecture seule, rien n’a été modifié).',
    'library.notice.damagedRestored': '{{file}} était endommagé\u00a0: la copie du {{date}} a été restaurée. Le fichier endommagé a été gardé sous le nom {{keptAs}}.',
    'library.notice.damagedEmpty':
      '{{file}} était endommagé et aucune copie antérieure n’a pu être lue\u00a0: la bibliothèque s’est ouverte vide. Le fichier endommagé a été gardé sous le nom {{keptAs}}.',
    'library.originalNotRegular': 'L’original de «\u00a0{{name}}\u00a0» dans le dossier de la bibliothèque n’est pas un fichier ordinaire (c’est un lien ou un dossier)\u202f; Affiche ne le suit pas.',
    'library.originalAltered':
      'L’original de «\u00a0{{name}}\u00a0» dans le dossier de la bibliothèque a été modifié ou endommagé\u00a0: son contenu ne correspond plus à sa somme de contrôle. Rien n’a été écrit.',
    'library.notice.rebuiltFromBlobs_one':
      '{{file}} et ses copies de secours sont illisibles\u00a0: {{count}}\u00a0média a été retrouvé dans le dossier de la bibliothèque et répertorié à nouveau, sans son nom, ses étiquettes, ses collections ni ses notes.',
    'library.notice.rebuiltFromBlobs_other':
      '{{file}} et ses copies de secours sont illisibles\u00a0: {{count}}\u00a0médias ont été retrouvés dans le dossier de la bibliothèque et répertoriés à nouveau, sans leurs noms, étiquettes, collections ni notes.',
  },
});
