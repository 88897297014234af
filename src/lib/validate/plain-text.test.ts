import { describe, expect, it } from 'vitest';
import { scanText } from './plain-text.ts';

describe('scanText', () => {
  it.each([
    ['entities', 'a &#49;&#x32;&nbsp;&shy;&ndash;&minus; b', 'a 12\u00a0-- b'],
    ['percent-encoding, UTF-8 and not', '/%31%32%E2%80%93%FF', '/12-%FF'],
    ['YAML and JSON escapes and a Markdown backslash', '\\x31\\u2013\\_\\-', '1-\u00a0-'],
    ['digits of other scripts', '\uff11\u0662\u{1d7d1}', '123'],
    ['superscript, subscript and circled digits', '\u2078\u00b9\u2085\u2467\u24ea', '81580'],
    ['YAML and JSON escapes of spaces and line breaks', 'a\\tb\\nc\\rd\\ e\\Lf', 'a\tb\nc\rd e\u2028f'],
    ['a Markdown or JSON backslash before a separator', '1\\.2\\/3\\:4', '1.2/3:4'],
    [
      'a digit outside the Basic Multilingual Plane beside lone surrogates',
      '\u{1d7d1}\ud835 \udfd1\u{1d7d2}',
      '3\ud835 \udfd14',
    ],
    [
      'dashes, and invisible characters',
      '1\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d2\u00ad\u200b\u200c\u200d\u2060',
      '1---------2',
    ],
  ])('makes %s plain', (_, written, plain) => {
    expect(scanText(written).text).toBe(plain);
  });

  it('leaves Swedish text, spaces of every kind and an unknown entity as written', () => {
    const written = 'Åsa & Örjan\u00a0\u202f\t\n–&okänd; &amp ½';
    expect(scanText(written).text).toBe('Åsa & Örjan\u00a0\u202f\t\n-&okänd; &amp ½');
  });

  it('leads every offset of the plain text back to where it is written', () => {
    const written = 'ab &#49;&#50; cd %33 é\u00adf';
    const plain = scanText(written);
    expect(plain.text).toBe('ab 12 cd 3 éf');
    const at = (char: string) => written.slice(plain.source(plain.text.indexOf(char)));
    expect(at('1')).toMatch(/^&#49;/);
    expect(at('2')).toMatch(/^&#50;/);
    expect(at('c')).toMatch(/^cd/);
    expect(at('3')).toMatch(/^%33/);
    expect(at('f')).toBe('f');
  });
});
