/**
 * One area of the message catalogue (./areas/*.ts): English and French side by side, so a
 * translator sees both. `defineArea` makes a French text missing or extra fail to compile.
 */
export function defineArea<const E extends Record<string, string>>(texts: { en: E; fr: { readonly [K in keyof E]: string } }): { en: E; fr: { readonly [K in keyof E]: string } } {
  return texts;
}
