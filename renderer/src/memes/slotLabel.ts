/**
 * A slot's name as the form shows it: the bank names slots in English for the command line
 * (`--set top=...`, "picture 2"); the French UI shows "haut", "image 2". Names it does not know
 * (a user's own template) are shown as written.
 */
import type { TFunction } from 'i18next';

export function slotLabel(name: string, t: TFunction): string {
  const [, base, number] = /^(.*?)(?:\s+(\d+))?$/u.exec(name.trim()) ?? [name, name, undefined];
  const label = t(`memes.slotName.${base.toLowerCase()}`, { defaultValue: base });
  return number ? `${label} ${number}` : label;
}
