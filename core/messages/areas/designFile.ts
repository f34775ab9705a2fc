/**
 * Portable `.affiche` design files (electron/services/portable.ts): refused on opening (each names
 * the file, and the entry at fault when there is one; `{{reason}}` is one of the `archive.zip.*`
 * reasons or an import refusal), and designs the export refuses to write because the import could
 * not read them back.
 */
import { defineArea } from '../area';

export const designFile = defineArea({
  en: {
    'designFile.notZip': '"{{file}}" is not an Affiche design file (.affiche is a zip archive)',
    'designFile.refused': '"{{file}}" cannot be opened: {{reason}}',
    'designFile.unreadable': '"{{file}}" cannot be read ({{detail}})',
    'designFile.tooLarge': '"{{file}}" is larger than {{max}} GB, more than a .affiche file can hold',
    'designFile.entryTwice': '"{{file}}": {{entry}} is in the file twice',
    'designFile.unknownEntry': '"{{file}}": {{entry}} is not part of an Affiche design file',
    'designFile.entryTooLarge': '"{{file}}": {{entry}} is larger than {{megabytes}} MB, more than Affiche imports',
    'designFile.bomb': '"{{file}}" claims to unpack to {{megabytes}} MB, far more than its size allows (damaged or hostile file)',
    'designFile.jsonTooLarge': '"{{file}}": design.json is larger than {{megabytes}} MB',
    'designFile.noDesign': '"{{file}}" has no design.json inside',
    'designFile.checksum': '"{{file}}": {{entry}} does not match its checksum (damaged file)',
    'designFile.mediumRefused': '"{{file}}" cannot be imported ({{entry}}: {{reason}}). Nothing was imported.',
    'designFile.tooManyToWrite': '"{{file}}" would hold {{count}} files; a .affiche file holds at most {{max}}.',
    'designFile.designTooLargeToWrite': '"{{file}}" cannot be written: the design alone is {{megabytes}} MB, and a .affiche file holds at most {{max}} MB of design data.',
    'designFile.tooLargeToWrite': '"{{file}}" would be {{gigabytes}} GB with its media, and a .affiche file holds at most {{max}} GB (a zip without ZIP64). Nothing was written.',
  },
  fr: {
    'designFile.notZip': '«\u00a0{{file}}\u00a0» n’est pas un fichier de design Affiche (un fichier .affiche est une archive zip)',
    'designFile.refused': 'Impossible d’ouvrir «\u00a0{{file}}\u00a0»\u00a0: {{reason}}',
    'designFile.unreadable': '«\u00a0{{file}}\u00a0» est illisible ({{detail}})',
    'designFile.tooLarge': '«\u00a0{{file}}\u00a0» dépasse {{max}}\u00a0Go, plus que ce que peut contenir un fichier .affiche',
    'designFile.entryTwice': '«\u00a0{{file}}\u00a0»\u00a0: {{entry}} figure deux fois dans le fichier',
    'designFile.unknownEntry': '«\u00a0{{file}}\u00a0»\u00a0: {{entry}} ne fait pas partie d’un fichier de design Affiche',
    'designFile.entryTooLarge': '«\u00a0{{file}}\u00a0»\u00a0: {{entry}} dépasse {{megabytes}}\u00a0Mo, plus qu’Affiche n’en importe',
    'designFile.bomb': '«\u00a0{{file}}\u00a0» prétend se décompresser en {{megabytes}}\u00a0Mo, bien plus que sa taille ne le permet (fichier endommagé ou malveillant)',
    'designFile.jsonTooLarge': '«\u00a0{{file}}\u00a0»\u00a0: design.json dépasse {{megabytes}}\u00a0Mo',
    'designFile.noDesign': '«\u00a0{{file}}\u00a0» ne contient pas de design.json',
    'designFile.checksum': '«\u00a0{{file}}\u00a0»\u00a0: {{entry}} ne correspond pas à sa somme de contrôle (fichier endommagé)',
    'designFile.mediumRefused': 'Impossible d’importer «\u00a0{{file}}\u00a0» ({{entry}}\u00a0: {{reason}}). Rien n’a été importé.',
    'designFile.tooManyToWrite': '«\u00a0{{file}}\u00a0» contiendrait {{count}}\u00a0fichiers\u202f; un fichier .affiche en contient au plus {{max}}.',
    'designFile.designTooLargeToWrite': 'Impossible d’écrire «\u00a0{{file}}\u00a0»\u00a0: le design seul pèse {{megabytes}}\u00a0Mo, et un fichier .affiche contient au plus {{max}}\u00a0Mo de données de design.',
    'designFile.tooLargeToWrite': '«\u00a0{{file}}\u00a0» pèserait {{gigabytes}}\u00a0Go avec ses médias, et un fichier .affiche contient au plus {{max}}\u00a0Go (un zip sans ZIP64). Rien n’a été écrit.',
  },
});
