import { describe, expect, it } from 'vitest';
import { file } from '../../../../tests/fixtures/validator/body-text.ts';
import { checkBody } from './index.ts';

const found = (text: string, format: 'md' | 'mdx' = 'mdx') =>
  checkBody(text, format).problems.map((p) => [p.line, p.column, p.rule]);

describe('checkBody on a link whose text looks like another address', () => {
  it('refuses it on the line and column of the link, saying what the text shows, where it leads and what to write', () => {
    const text = file(['Läs mer hos', 'Vårdguiden på [www.1177.se](https://evil.example/).']);
    const { problems } = checkBody(text, 'mdx');
    expect(problems.map((p) => [p.line, p.column, p.field, p.rule])).toEqual([[6, 15, 'body', 'link-text-address']]);
    expect(problems[0]?.message).toBe(
      'Länktexten "www.1177.se" ser ut som en adress, men länken leder till evil.example. Skriv länktexten med ord som beskriver målet, till exempel "Läs mer om stödet", eller låt texten vara samma adress som länken leder till.',
    );
  });

  it.each([
    ['a look-alike host', '[rjl.se](https://rjl.se.evil.example/login)'],
    ['text split by emphasis and code', '[*www*.1177`.se`](https://evil.example/)'],
    ['text written with entities', '[www&#46;1177&#46;se](https://evil.example/)'],
    ['text hidden by a zero-width space', '[www.1\u200b177.se](https://evil.example/)'],
    ['another e-mail address', '[kontakt@rjl.se](mailto:kontakt@rjl-se.example)'],
    ['a web address behind an e-mail address', '[kontakt@rjl.se](https://rjl-se.example/)'],
  ])('refuses %s', (_, link) => {
    expect(found(`Se ${link}.\n`)).toEqual([[1, 4, 'link-text-address']]);
  });

  it('refuses it in plain Markdown too', () => {
    expect(found('Se [www.1177.se](https://evil.example/).\n', 'md')).toEqual([[1, 4, 'link-text-address']]);
  });

  it('resolves a link reference against its definition, full, collapsed or shortcut', () => {
    const text = file([
      '[www.1177.se][a], [www.rjl.se][] och [skr.se].',
      '',
      '[a]: https://evil.example/',
      '[www.rjl.se]: https://rjl.se.evil.example/',
      '[skr.se]: https://www.skr.se/',
    ]);
    expect(found(text)).toEqual([
      [5, 1, 'link-text-address'],
      [5, 19, 'link-text-address'],
    ]);
  });

  it.each([
    ['the same host', '[www.1177.se](https://www.1177.se/barn)'],
    ['a subdomain', '[rjl.se](https://utbildning.rjl.se/kurs)'],
    ['words', '[Läs mer hos 1177](https://evil.example/)'],
    ['a sentence with a domain', '[Läs mer på 1177.se](https://www.1177.se/)'],
    ['an abbreviation', '[t.ex.](https://evil.example/)'],
    ['a file name', '[rapport.pdf](../images/rapport.pdf)'],
    ['a GFM address', 'www.1177.se och https://www.rjl.se/sida'],
    ['a GFM e-mail address', 'kontakt@rjl.se'],
    ['the same e-mail address', '[Kontakt@RJL.se](mailto:kontakt@rjl.se)'],
    ['a reference without a definition', '[www.1177.se][saknas]'],
  ])('passes %s', (_, text) => {
    expect(found(`${text}\n`)).toEqual([]);
    expect(found(`${text}\n`, 'md')).toEqual([]);
  });

  it('passes an angle-bracket autolink in plain Markdown (MDX reads `<` as a tag)', () => {
    expect(found('<https://www.1177.se/barn> och <kontakt@rjl.se>\n', 'md')).toEqual([]);
  });

  it('says one thing of a link whose address is wrong in itself: the scheme rules, not this one', () => {
    const text = file([
      '[www.1177.se](javascript:alert(1))',
      '',
      '[www.1177.se](www.rjl.se)',
      '',
      '[www.1177.se][js] och [www.1177.se][bar]',
      '',
      '[js]: javascript:alert(1)',
      '[bar]: www.rjl.se',
    ]);
    expect(found(text)).toEqual([
      [5, 1, 'javascript-url'],
      [7, 1, 'link-scheme'],
      [11, 1, 'javascript-url'],
      [12, 1, 'link-scheme'],
    ]);
  });
});
