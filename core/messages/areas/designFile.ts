/** Portable `.affiche` design files refused on opening (electron/services/portable.ts). */
import { defineArea } from '../area';

export const designFile = defineArea({
  en: {
    'designFile.notZip': '"{{file}}" is not an Affiche design file (.affiche is a zip archive)',
    'designFile.tooManyEntries': '"{{file}}" holds more than {{max}} files',
    'designFile.bomb': '"{{file}}" claims to unpack to {{megabytes}} MB, far more than its size allows (damaged or hostile file)',
    'designFile.jsonTooLarge': '"{{file}}": design.json is larger than {{megabytes}} MB',
    'designFile.damaged': '"{{file}}" is damaged or truncated (the zip archive cannot be read)',
    'designFile.noDesign': '"{{file}}" has no design.json inside',
    'designFile.checksum': '"{{file}}": {{entry}} does not match its checksum (damaged file)',
  },
  fr: {
    'designFile.notZip': '«\u00a0{{file}}\u00a0» n’est pas un fichier de design Affiche (un fichier .affiche est une archive zip)',
    'designFile.tooManyEntries': '«\u00a0{{file}}\u00a0» contient plus de {{max}}\u00a0fichiers',
    'designFile.bomb': '«\u00a0{{file}}\u00a0» prétend se décompresser en {{megabytes}}\u00a0Mo, bien plus que sa taille ne le permet (fichier endommagé ou malveillant)',
    'designFile.jsonTooLarge': '«\u00a0{{file}}\u00a0»\u00a0: design.json dépasse {{megabytes}}\u00a0Mo',
    'designFile.damaged': '«\u00a0{{file}}\u00a0» est endommagé ou tronqué (l’archive zip est illisible)',
    'designFile.noDesign': '«\u00a0{{file}}\u00a0» ne contient pas de design.json',
    'designFile.checksum': '«\u00a0{{file}}\u00a0»\u00a0: {{entry}} ne correspond pas à sa somme de contrôle (fichier endommagé)',
  },
});
