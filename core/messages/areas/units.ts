/** Quantities with their unit, as parameters of other messages (`{{size}}` = msg('unit.megabytes', ...)). */
import { defineArea } from '../area';

export const units = defineArea({
  en: {
    'unit.bytes': '{{value}} bytes',
    'unit.kilobytes': '{{value}} KB',
    'unit.megabytes': '{{value}} MB',
    'unit.size': '{{width}}x{{height}}',
  },
  fr: {
    'unit.bytes': '{{value}}\u00a0octets',
    'unit.kilobytes': '{{value}}\u00a0Ko',
    'unit.megabytes': '{{value}}\u00a0Mo',
    'unit.size': '{{width}}\u00a0×\u00a0{{height}}',
  },
});
