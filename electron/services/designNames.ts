/** "Soldes d’été", else "Soldes d’été (2)", "(3)"...: a design name nobody else in the list has. */
export function uniqueDesignName(name: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map((n) => n.normalize('NFC').toLocaleLowerCase('und')));
  const base = name.replace(/ \(\d+\)$/, '');
  let candidate = name;
  for (let n = 2; names.has(candidate.normalize('NFC').toLocaleLowerCase('und')); n++) candidate = `${base} (${n})`.slice(0, 200);
  return candidate;
}
