/** Text cases (design schema v6 `textCase`): what each shows, French typography kept. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TEXT_CASES } from '../schema/design';
import { applyTextCase, presetTextCase, presetUppercase } from './textCase';
import { toFabricTextStyles } from './textStyles';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('text cases', () => {
  it('UPPER keeps accents and the curly apostrophe, ß becomes SS, i stays I (no Turkish dotted İ by default)', () => {
    expect(applyTextCase('été à l’île', 'upper')).toBe('ÉTÉ À L’ÎLE');
    expect(applyTextCase('straße', 'upper')).toBe('STRASSE');
    expect(applyTextCase('istanbul', 'upper')).toBe('ISTANBUL');
    expect(applyTextCase('istanbul', 'upper', 'tr')).toBe('İSTANBUL');
    expect(applyTextCase('ça\u00a0?', 'upper')).toBe(`ÇA${NBSP}?`);
  });

  it('Sentence: a capital at the start of each sentence and line, the rest lower case', () => {
    expect(applyTextCase('QUAND le CLIENT dit. ÉVIDEMMENT ! oui? non', 'sentence')).toBe('Quand le client dit. Évidemment ! Oui? Non');
    expect(applyTextCase('TOP TEXT\nBOTTOM TEXT', 'sentence')).toBe('Top text\nBottom text');
    expect(applyTextCase('« ÉTÉ » l’ÎLE', 'sentence')).toBe('« Été » l’île');
  });

  it('aLtErNaTiNg: letters alternate, spaces and punctuation do not count, the same every time', () => {
    expect(applyTextCase('hello world', 'alternating')).toBe('hElLo WoRlD');
    expect(applyTextCase('l’été, ok ?', 'alternating')).toBe('l’ÉtÉ, oK ?');
    expect(applyTextCase('hello world', 'alternating')).toBe(applyTextCase('HELLO WORLD', 'alternating'));
  });

  it('as typed changes nothing', () => {
    expect(applyTextCase('MiXeD ß', 'asTyped')).toBe('MiXeD ß');
  });

  it('every case keeps no-break spaces, guillemets, the curly apostrophe and emoji where they were (property)', () => {
    const kept = [NBSP, NNBSP, '«', '»', '’', '🔥', '👍🏽', '?', '!', ':', ';'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kept, 'a', 'é', 'ß', 'I', ' ', 'x'), { maxLength: 40 }), fc.constantFrom(...TEXT_CASES), (parts, textCase) => {
        const shown = applyTextCase(parts.join(''), textCase);
        const only = (s: string) => [...s].filter((c) => kept.join('').includes(c)).join('');
        expect(only(shown)).toBe(only(parts.join('')));
        // The Fabric text is the same string, grapheme by grapheme.
        expect(toFabricTextStyles(parts.join(''), undefined, textCase).text).toBe(shown);
      }),
      { numRuns: 300 },
    );
  });

  it('the brand kit’s uppercase flag maps to a case and back in one place', () => {
    expect(presetTextCase(true)).toBe('upper');
    expect(presetTextCase(false)).toBe('asTyped');
    expect(presetUppercase('upper')).toBe(true);
    expect(presetUppercase('sentence')).toBe(false);
  });
});
