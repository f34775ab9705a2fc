/** The bank's templates, in the order the bank shows them. */
import type { BankTemplate } from './types';

export type { BankCategory, BankTemplate } from './types';

export const BANK: readonly BankTemplate[] = [];

export function bankTemplate(id: string): BankTemplate | undefined {
  return BANK.find((template) => template.id === id);
}
