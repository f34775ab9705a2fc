/**
 * Versioned files that could not be accepted (core/schema: designs, library.json, .affiche and
 * archive entries). `{{what}}` names the file: a file name, or one of the `schema.subject.*`
 * messages. `{{detail}}` is the schema's own reason for one field ("pages.0.fill: ..."), in English.
 */
import { defineArea } from '../area';

export const schema = defineArea({
  en: {
    'schema.subject.design': 'The design',
    'schema.subject.namedDesign': 'Design "{{name}}"',
    'schema.subject.file': '"{{file}}"',
    'schema.subject.inArchive': '{{file}} in the archive',
    'schema.subject.callArgs': 'The call {{method}}',
    'schema.notObject': '{{what}} is not a JSON object',
    'schema.noVersion': '{{what}} has no valid schemaVersion',
    'schema.futureVersion': '{{what}} was made by a newer Affiche (schema version {{found}}; this version reads up to {{current}})',
    'schema.noMigration': '{{what}}: no migration from schema version {{version}}',
    'schema.notUtf8': '{{what}} is not valid UTF-8 (damaged file)',
    'schema.empty': '{{what}} is empty',
    'schema.nulBytes': '{{what}} contains NUL bytes (damaged file)',
    'schema.notJson': '{{what}} is not valid JSON (truncated or damaged)',
    'schema.designInvalid': 'The design is not valid ({{detail}})',
    'schema.invalidDesign': '{{what}} is not a valid design ({{detail}})',
    'schema.invalidLibrary': '{{what}} is not a valid library index ({{detail}})',
    'schema.elementIdTwice': '{{what}}: element id "{{id}}" is used twice on one page',
    'schema.pageIdTwice': '{{what}}: page id "{{id}}" is used twice',
    'schema.tooDeep': '{{what}}: groups are nested more than {{max}} deep',
    'schema.tooDeeplyNested': '{{what}} is too deeply nested (more than {{max}} levels)',
    'schema.tooManyElements': '{{what}}: a page has more than {{max}} elements',
    'schema.idMismatch': '{{what}}: its id "{{id}}" does not match its file name',
  },
  fr: {
    'schema.subject.design': 'Le design',
    'schema.subject.namedDesign': 'Le design «\u00a0{{name}}\u00a0»',
    'schema.subject.file': '«\u00a0{{file}}\u00a0»',
    'schema.subject.inArchive': '{{file}} (dans l’archive)',
    'schema.subject.callArgs': 'L’appel {{method}}',
    'schema.notObject': '{{what}} n’est pas un objet JSON',
    'schema.noVersion': '{{what}} n’indique pas de numéro de version (schemaVersion) valide',
    'schema.futureVersion': '{{what}} vient d’une version plus récente d’Affiche (version de schéma {{found}}\u202f; celle-ci lit jusqu’à la version {{current}})',
    'schema.noMigration': '{{what}}\u00a0: aucune migration ne part de la version de schéma {{version}}',
    'schema.notUtf8': '{{what}} n’est pas du texte UTF-8 valide (fichier endommagé)',
    'schema.empty': '{{what}} est vide',
    'schema.nulBytes': '{{what}} contient des octets nuls (fichier endommagé)',
    'schema.notJson': '{{what}} n’est pas du JSON valide (fichier tronqué ou endommagé)',
    'schema.designInvalid': 'Le design n’est pas valide ({{detail}})',
    'schema.invalidDesign': '{{what}} n’est pas un design valide ({{detail}})',
    'schema.invalidLibrary': '{{what}} n’est pas un index de bibliothèque valide ({{detail}})',
    'schema.elementIdTwice': '{{what}}\u00a0: l’identifiant d’élément «\u00a0{{id}}\u00a0» sert deux fois sur une même page',
    'schema.pageIdTwice': '{{what}}\u00a0: l’identifiant de page «\u00a0{{id}}\u00a0» sert deux fois',
    'schema.tooDeep': '{{what}}\u00a0: des groupes sont imbriqués sur plus de {{max}}\u00a0niveaux',
    'schema.tooDeeplyNested': '{{what}}\u00a0: imbrication trop profonde (plus de {{max}}\u00a0niveaux)',
    'schema.tooManyElements': '{{what}}\u00a0: une page compte plus de {{max}}\u00a0éléments',
    'schema.idMismatch': '{{what}}\u00a0: son identifiant «\u00a0{{id}}\u00a0» ne correspond pas au nom du fichier',
  },
});
