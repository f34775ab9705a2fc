/**
 * Quantities with their unit, as parameters of other messages (`{{size}}` = msg('unit.megabytes', ...));
 * a calendar day as the UI writes it (`dayMessage`: formatDay's 12/07/2026 and 07/12/2026).
 */
import { defineArea } from '../area';

export const units = defineArea({
  en: {
    'unit.bytes': '{{value}} bytes',
    'unit.kilobytes': '{{value}} KB',
    'unit.megabytes': '{{value}} MB',
    'unit.size': '{{width}}x{{height}}',
    'unit.day': '{{month}}/{{day}}/{{year}}',
  },
  fr: {
    'unit.bytes': '{{value}}\u00a0octets',
    'unit.kilobytes': '{{value}}\u00a0Ko',
    'unit.megabytes': '{{value}}\u00a0Mo',
    'unit.size': '{{width}}\u00a0×\u00a0{{height}}',
    'unit.day': '{{day}}/{{month}}/{{year}}',
  },
});
