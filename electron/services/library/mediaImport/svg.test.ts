/**
 * The SVG sanitiser against remote references hidden from a plain reading: CSS escapes
 * (`\75 rl(` is `url(`), `image-set()`, `@import` in its spellings, comments and strings used to
 * confuse a scanner, and nesting deep enough to overflow a recursive walk. What it stores must be
 * safe wherever the file is opened, not only in Affiche.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../core/messages';
import { cssReachesOut, foldCss, markupTooDeep, MAX_SVG_DEPTH, sanitiseSvg, SvgRefused } from './svg';

const SVG = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"${attrs}>${inner}</svg>`;
const EVIL = /evil/i;

function refusal(text: string): SvgRefused {
  try {
    sanitiseSvg(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SvgRefused);
    return error as SvgRefused;
  }
  throw new Error('expected a refusal');
}

/** Remote references written so that a plain `url(` / `@import` search misses them. */
const HIDDEN = [
  'a{fill:\\75 rl(http://evil/a)}',
  'a{fill:\\000075rl(http://evil/a)}',
  'a{fill:\\75rl(http://evil/a)}',
  'a{fill:u\\rl(http://evil/a)}',
  'a{fill:U\\52 L(http://evil/a)}',
  'a{fill:URL( "http://evil/a" )}',
  'a{fill:url(\\22http://evil/a\\22)}',
  'a{fill:u/**/rl(http://evil/a)}',
  'a{background:image-set("http://evil/a.png" 1x)}',
  "a{background:image-set('b.png' 1x, 'http://evil/c.png' 2x)}",
  'a{background:-webkit-image-set(url(http://evil/a) 1x)}',
  'a{background:\\69mage-set("http://evil/a.png" 1x)}',
  'a{background:cross-fade(url(http://evil/a), red)}',
  'a{background:image("http://evil/a.png")}',
  'a{background:src("http://evil/a.png")}',
  '@import url(http://evil/x.css);a{fill:red}',
  '@import "http://evil/x.css";a{fill:red}',
  "@import 'evil.css' screen;a{fill:red}",
  '@\\69mport "http://evil/x.css";a{fill:red}',
  '@\\000069mport "http://evil/x.css";a{fill:red}',
  '@im\\70 ort "http://evil/x.css";a{fill:red}',
  '@IMPORT "http://evil/x.css";a{fill:red}',
  '@import/**/"http://evil/x.css";a{fill:red}',
  '@import\n"http://evil/x.css"\n;a{fill:red}',
  '@font-face{font-family:F;src:url(http://evil/f.woff)}a{fill:red}',
  // A quote inside an unquoted url() and a comment opener inside a later string: a scanner that
  // trusted its reading of strings and comments would skip the live declaration between them.
  "a{fill:url(it's)} b{content:'x /* '} c{fill:url(http://evil/a)} /* */",
  'a{fill:red;;;fill:url(http://evil/a)}',
  'a{fill:red} @media screen{b{fill:url(http://evil/a)}} c{fill:blue}',
  'a{behavior:url(evil.htc)}',
  'a{-moz-binding:url(evil.xml#x)}',
  'a{width:expression(alert("evil"))}',
];

describe('SVG sanitiser: CSS', () => {
  it.each(HIDDEN)('removes %s from <style>', (css) => {
    const { text, removed } = sanitiseSvg(SVG(`<style>${css}</style><rect width="10" height="10" class="a"/>`));
    expect(text).not.toMatch(EVIL);
    expect(cssReachesOut(foldCss(text))).toBe(false);
    expect(removed.length).toBeGreaterThan(0);
    // What did not reach out stays.
    if (css.includes('fill:red')) expect(text).toContain('fill:red');
  });

  // (Not the url(it's) trick: there the quote makes the rest of the attribute one string to us,
  // so more than needed goes, which is the safe way to be wrong.)
  it.each(HIDDEN.filter((css) => !css.startsWith('@') && !css.includes("it's")).map((css) => css.replace(/^[a-z]\{|\}.*$/g, '')))('removes %s from a style attribute, keeping the other declarations', (declaration) => {
    const { text } = sanitiseSvg(SVG(`<rect width="10" height="10" style="stroke:blue;${declaration.replace(/"/g, '&quot;')};opacity:0.5"/>`));
    expect(text).not.toMatch(EVIL);
    expect(text).toContain('stroke:blue');
    expect(text).toContain('opacity:0.5');
  });

  it('drops presentation attributes that reach out, however they are spelt', () => {
    for (const value of ['\\75 rl(http://evil/a)', 'URL(http://evil/a)', 'u\\rl(http://evil/a)', 'image-set("http://evil/a.png" 1x)']) {
      const { text, removed } = sanitiseSvg(SVG(`<rect width="10" height="10" fill="${value.replace(/"/g, '&quot;')}" filter="url(#f)"/>`));
      expect(text).not.toMatch(EVIL);
      expect(text).toContain('filter="url(#f)"');
      expect(removed.some((r) => r.startsWith('fill='))).toBe(true);
    }
  });

  it('keeps references inside the drawing (url(#id), quoted or not) and ordinary CSS escapes', () => {
    const css = '.a\\:b{fill:url(#g)} .c{fill:url("#g");stroke:url( \'#g\' )} .d::before{content:"\\201C"}';
    const { text, removed } = sanitiseSvg(SVG(`<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs><style>${css}</style><rect width="10" height="10" fill="url(#g)"/>`));
    expect(removed).toEqual([]);
    expect(text).toContain(css.replace(/"/g, '"'));
    expect(text).toContain('fill="url(#g)"');
  });

  it('drops elements hidden inside a <style>', () => {
    const { text } = sanitiseSvg(SVG('<style>a{fill:red}<image href="http://evil/a.png"/><![CDATA[b{fill:blue}]]></style>'));
    expect(text).not.toMatch(EVIL);
    expect(text).toContain('fill:red');
  });

  it('a style attribute jsdom cannot parse once cleaned is dropped, not a crash', () => {
    const css = '@media print{e{fill:url(evil)}} h{fill:blue @import url(evil.css);';
    const { text } = sanitiseSvg(SVG(`<rect width="1" height="1" style="${css}"/>`));
    expect(text).not.toMatch(EVIL);
    expect(text).toContain('<rect');
  });

  it('leaves nothing that reaches out, and cleaning twice changes nothing (property)', () => {
    // CSS made of pieces, some reaching out, with any letter possibly written as an escape.
    const piece = fc.constantFrom(
      'a{fill:red}',
      'b{stroke:url(#g)}',
      'c{fill:url(http://evil/p)}',
      '@import "evil.css";',
      '@import url(evil.css);',
      'd{background:image-set("evil.png" 1x)}',
      '@media print{e{fill:url(evil)}}',
      "f{content:'/*'}",
      '/* url(evil) */',
      'g{content:"\\"}"}',
      '@font-face{font-family:F;src:url(evil.woff)}',
      'h{fill:blue',
      '}',
      ';',
      "'",
    );
    const spelled = fc.tuple(piece, fc.array(fc.boolean(), { maxLength: 40 })).map(([text, escapes]) =>
      [...text].map((ch, i) => (escapes[i] && /[a-z@]/i.test(ch) && ch !== '@' ? `\\${ch.charCodeAt(0).toString(16)} ` : ch)).join(''),
    );
    fc.assert(
      fc.property(fc.array(spelled, { minLength: 1, maxLength: 8 }), (pieces) => {
        const css = pieces.join(' ');
        let once: string;
        try {
          once = sanitiseSvg(SVG(`<style>${css.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</style><rect width="1" height="1" style="${css.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`)).text;
        } catch (error) {
          // jsdom refuses some broken style attributes outright: refused is safe too.
          expect((error as SvgRefused).detail?.key).toBe('asset.svg.notXml');
          return;
        }
        expect(cssReachesOut(foldCss(once))).toBe(false);
        expect(sanitiseSvg(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('SVG sanitiser: nesting', () => {
  it('refuses elements nested a million deep from the text, before any parser builds them', () => {
    const deep = SVG('<g>'.repeat(1e6) + '</g>'.repeat(1e6));
    expect(markupTooDeep(deep)).toBe(true);
    const error = refusal(deep);
    expect(error.detail).toEqual({ key: 'asset.svg.tooDeep', params: { max: MAX_SVG_DEPTH } });
    expect(error.message).toBe(`it is too deeply nested (more than ${MAX_SVG_DEPTH} levels)`);
    expect(formatMessage(error.detail, 'fr')).toBe(`son imbrication est trop profonde (plus de ${MAX_SVG_DEPTH}\u00a0niveaux)`);
  });

  it('counts like a parser: self-closing tags, comments, CDATA and quoted ">" do not nest', () => {
    const flat = SVG(`${'<g/>'.repeat(5000)}<!-- ${'<g>'.repeat(500)} --><style><![CDATA[${'<g>'.repeat(500)}]]></style><g title="a/>b>c" data-x='>'>${'<g/>'.repeat(3)}</g>`);
    expect(markupTooDeep(flat)).toBe(false);
    expect(() => sanitiseSvg(flat)).not.toThrow();
    const justInside = SVG('<g>'.repeat(MAX_SVG_DEPTH - 1) + '</g>'.repeat(MAX_SVG_DEPTH - 1));
    expect(markupTooDeep(justInside)).toBe(false);
    expect(sanitiseSvg(justInside).text).toContain('<g><g>');
    expect(refusal(SVG('<g>'.repeat(MAX_SVG_DEPTH) + '</g>'.repeat(MAX_SVG_DEPTH))).detail.key).toBe('asset.svg.tooDeep');
  });
});
