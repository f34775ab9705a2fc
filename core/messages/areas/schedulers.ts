/**
 * What the schedulers' CSV writers (core/posts/csv.ts) tell the user about a bundle's CSVs: rows
 * left out, times moved, media a tool cannot take. Notices, not errors: the files are written.
 */
import { defineArea } from '../area';

export const schedulers = defineArea({
  en: {
    'schedulers.unplanned': '“{{title}}” on {{network}} has no planned time, which {{tool}} needs: it is not in {{file}}.',
    'schedulers.empty': '“{{title}}” on {{network}} has neither text nor a picture link, which {{tool}} needs: it is not in {{file}}.',
    'schedulers.rounded': '{{tool}} takes times on the five minutes: “{{title}}” on {{network}} is at {{time}} in {{file}} instead of {{planned}}.',
    'schedulers.tooManyMedia': '{{tool}} takes at most {{max}} media a post: {{dropped}} of “{{title}}” on {{network}} are not in {{file}}.',
    'schedulers.noMediaColumn_one': '{{tool}}’s CSV carries no media: add the media of {{count}} post in {{tool}} after the import.',
    'schedulers.noMediaColumn_other': '{{tool}}’s CSV carries no media: add the media of {{count}} posts in {{tool}} after the import.',
    'schedulers.noMediaBase': 'No media base URL: the media links are empty and the column “{{column}}” names each file. Upload the media folder, then set its address in the editorial settings.',
    'schedulers.boardName': 'Fill in the “Board Name” column of {{file}}: Buffer needs the Pinterest board of each pin.',
  },
  fr: {
    'schedulers.unplanned': '«\u00a0{{title}}\u00a0» sur {{network}} n’a pas d’heure prévue, ce qu’exige {{tool}}\u00a0: elle n’est pas dans {{file}}.',
    'schedulers.empty': '«\u00a0{{title}}\u00a0» sur {{network}} n’a ni texte ni lien d’image, ce qu’exige {{tool}}\u00a0: elle n’est pas dans {{file}}.',
    'schedulers.rounded': '{{tool}} ne prend que des heures aux cinq minutes\u00a0: «\u00a0{{title}}\u00a0» sur {{network}} est à {{time}} dans {{file}} au lieu de {{planned}}.',
    'schedulers.tooManyMedia': '{{tool}} prend au plus {{max}} médias par publication\u00a0: {{dropped}} de «\u00a0{{title}}\u00a0» sur {{network}} ne sont pas dans {{file}}.',
    'schedulers.noMediaColumn_one': 'Le CSV de {{tool}} ne porte aucun média\u00a0: ajoutez ceux de {{count}} publication dans {{tool}} après l’import.',
    'schedulers.noMediaColumn_other': 'Le CSV de {{tool}} ne porte aucun média\u00a0: ajoutez ceux de {{count}} publications dans {{tool}} après l’import.',
    'schedulers.noMediaBase': 'Pas d’adresse de base des médias\u00a0: les liens des médias sont vides et la colonne «\u00a0{{column}}\u00a0» nomme chaque fichier. Mettez le dossier des médias en ligne, puis indiquez son adresse dans les réglages éditoriaux.',
    'schedulers.boardName': 'Remplissez la colonne «\u00a0Board Name\u00a0» de {{file}}\u00a0: Buffer veut le tableau Pinterest de chaque épingle.',
  },
});
