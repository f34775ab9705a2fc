/** The part of the `hyphen` package's French entry point that core uses (the package ships no types). */
declare module 'hyphen/fr' {
  const fr: {
    /** The word with U+00AD soft hyphens at its hyphenation points. */
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default fr;
}
