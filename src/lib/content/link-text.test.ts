import { describe, expect, it } from 'vitest';
import { linkTextMessage, linkTextMismatch, shownAddress } from './link-text.ts';

describe('shownAddress', () => {
  it.each([
    ['www.1177.se', '1177.se'],
    ['1177.se/barn', '1177.se'],
    ['rjl.se', 'rjl.se'],
    ['RJL.SE', 'rjl.se'],
    ['https://www.1177.se/barn?a=1', '1177.se'],
    ['http://example.org', 'example.org'],
    ['www.example.xyz', 'example.xyz'],
    ['kommun.example/sida', 'kommun.example'],
    ['"www.1177.se".', '1177.se'],
    ['(rjl.se)', 'rjl.se'],
    ['www.1177.se.', '1177.se'],
    ['www.jönköping.se', 'xn--jnkping-90ac.se'],
    ['www.1\u200b177\u00ad.se', '1177.se'],
    ['\u202ewww.1177.se', '1177.se'],
    ['ｗｗｗ．１１７７．ｓｅ', '1177.se'],
    ['www。1177。se', '1177.se'],
  ])('reads %s as the host %s', (text, host) => {
    expect(shownAddress(text)).toMatchObject({ kind: 'web', host });
  });

  it.each([
    ['namn@rjl.se', 'namn@rjl.se'],
    ['Namn.Efternamn@RJL.se', 'namn.efternamn@rjl.se'],
    ['mailto:namn@rjl.se', 'namn@rjl.se'],
  ])('reads %s as the e-mail address %s', (text, address) => {
    expect(shownAddress(text)).toMatchObject({ kind: 'email', address });
  });

  it.each([
    'Läs mer',
    'Läs mer på 1177.se',
    'www.1177.se och rjl.se',
    'kl. 13.00',
    '13.00',
    '1.2.3',
    'v2.1',
    'version 2.1.0',
    't.ex.',
    'bl.a.',
    'e.Kr.',
    'm.fl.',
    'fr.o.m.',
    'rapport.pdf',
    'Handlingsplan.docx',
    'bild.jpg',
    'Skolverket.se:s stöd',
    '192.168.0.1',
    'https://',
    'namn@',
    '',
    '   ',
  ])('leaves "%s" alone: not one address', (text) => {
    expect(shownAddress(text)).toBeUndefined();
  });
});

describe('linkTextMismatch', () => {
  it.each([
    ['the same host', 'www.1177.se', 'https://www.1177.se/barn'],
    ['the host without www.', 'www.rjl.se', 'https://rjl.se'],
    ['the host with www.', 'rjl.se', 'https://www.rjl.se/'],
    ['another scheme and port', 'https://rjl.se', 'http://rjl.se:8080/a'],
    ['a subdomain of the text', 'rjl.se', 'https://utbildning.rjl.se/kurs'],
    ['upper case', 'WWW.RJL.SE', 'HTTPS://RJL.SE'],
    ['a trailing dot', 'www.1177.se.', 'https://1177.se./'],
    ['the IDN as punycode', 'www.jönköping.se', 'https://www.xn--jnkping-90ac.se/'],
    ['punycode against the IDN', 'xn--jnkping-90ac.se', 'https://jönköping.se/'],
    ['the address itself, as an autolink', 'https://x.se/a', 'https://x.se/a'],
    ['words, whatever the link', 'Läs mer hos 1177', 'https://evil.example/'],
    ['a sentence with a domain', 'Läs mer på 1177.se', 'https://evil.example/'],
    ['the same e-mail address in another case', 'namn@rjl.se', 'mailto:Namn@RJL.se?subject=Fr%C3%A5ga'],
    ['a relative link on the site the text names', 'example.se/traffar', '/traffar/', 'https://example.se'],
  ])('passes %s', (_, text, href, origin?: string) => {
    expect(linkTextMismatch(text, href, origin)).toBeUndefined();
  });

  it.each([
    ['another host', 'www.1177.se', 'https://evil.example/', 'evil.example'],
    ['a look-alike with the text in front', 'www.rjl.se', 'https://rjl.se.evil.example/login', 'rjl.se.evil.example'],
    ['a look-alike with a hyphen', 'rjl.se', 'https://rjl-se.example/', 'rjl-se.example'],
    ['the parent of the text', 'utbildning.rjl.se', 'https://rjl.se/', 'rjl.se'],
    ['a homograph (Cyrillic е)', 'www.rjl.se', 'https://www.rjl.s\u0435/', 'www.rjl.xn--s-jtb'],
    ['a text hidden by a zero-width space', 'www.1\u200b177.se', 'https://evil.example/', 'evil.example'],
    ['full-width letters', 'ｗｗｗ．１１７７．ｓｅ', 'https://evil.example/', 'evil.example'],
    ['only www. as the text', 'www.se', 'https://evil.se/', 'evil.se'],
    [
      'a name before @ in the text',
      'https://www.1177.se@evil.example/',
      'https://www.1177.se@evil.example/',
      'evil.example',
    ],
    ['a host behind a backslash', 'www.1177.se', '/\\evil.example/', 'evil.example'],
    ['a protocol-relative address', 'www.1177.se', '//evil.example/', 'evil.example'],
    ['an e-mail address', 'www.1177.se', 'mailto:a@1177.se', 'e-postadressen a@1177.se'],
    ['a scheme without a host', 'www.1177.se', 'tel:+4636324000', '"tel:+4636324000"'],
    ['an address that does not parse', 'www.1177.se', 'http://[trasig', '"http://[trasig"'],
    ['a look-alike top-level domain (a Cyrillic е)', '1177.s\u0435', 'https://evil.example/', 'evil.example'],
    [
      'dots that only look like dots (one-dot leader)',
      'www\u20241177\u2024se',
      'https://evil.example/',
      'evil.example',
    ],
    ['a small full stop', 'www\ufe521177\ufe52se', 'https://evil.example/', 'evil.example'],
    ['a variation selector hidden in the name', 'www.1177.s\ufe0ee', 'https://evil.example/', 'evil.example'],
    ['a tag character hidden in the name', 'www.1177.s\u{e0041}e', 'https://evil.example/', 'evil.example'],
    [
      'an ASCII name to its look-alike with Swedish letters',
      'lakemedelsverket.se',
      'https://läkemedelsverket.se/',
      'xn--lkemedelsverket-0kb.se',
    ],
  ])('refuses %s', (_, text, href, leadsTo, origin?: string) => {
    expect(linkTextMismatch(text, href, origin)).toMatchObject({ kind: 'web', leadsTo });
  });

  it.each([
    ['relative', 'UMO.se', '/traffar/umo/', undefined],
    ['under its origin', 'UMO.se', 'https://example.se/traffar/umo/', 'https://example.se'],
    ['another address shown, the site reached', 'www.1177.se', '/traffar/', undefined],
  ])(
    'passes a link that stays on this site (%s): an entry titled like an address is its links’ text',
    (_, text, href, origin) => {
      expect(linkTextMismatch(text, href, origin)).toBeUndefined();
    },
  );

  it.each([
    ['Läkemedelsverket.se', 'https://www.lakemedelsverket.se/'],
    ['Försäkringskassan.se', 'https://www.forsakringskassan.se/'],
    ['https://e-hälsomyndigheten.se/', 'https://www.e-halsomyndigheten.se/'],
  ])('passes %s leading to its name spelt without Swedish letters', (text, href) => {
    expect(linkTextMismatch(text, href)).toBeUndefined();
  });

  it.each([
    ['another address', 'kontakt@rjl.se', 'mailto:kontakt@rjl-se.example', 'e-postadressen kontakt@rjl-se.example'],
    [
      'a recipient added by a header in capitals',
      'namn@rjl.se',
      'mailto:namn@rjl.se?CC=spion@evil.example',
      'e-postadressen namn@rjl.se, spion@evil.example',
    ],
    [
      'another recipient besides',
      'kontakt@rjl.se',
      'mailto:kontakt@rjl.se,a@evil.example',
      'e-postadressen kontakt@rjl.se, a@evil.example',
    ],
    [
      'a hidden copy',
      'kontakt@rjl.se',
      'mailto:kontakt@rjl.se?bcc=a@evil.example',
      'e-postadressen kontakt@rjl.se, a@evil.example',
    ],
    ['a web page', 'kontakt@rjl.se', 'https://rjl.se/kontakt', 'rjl.se'],
  ])('refuses an e-mail address in the text with %s', (_, text, href, leadsTo) => {
    expect(linkTextMismatch(text, href)).toMatchObject({ kind: 'email', leadsTo });
  });

  it('never throws on odd input', () => {
    const odd = ['', ' ', '%', 'http://%zz', 'mailto:%E0%A4%A', 'mailto:', '\u0000', 'a'.repeat(5000), 'http://a b'];
    for (const href of odd) {
      for (const text of ['www.1177.se', 'a@b.se', ...odd]) expect(() => linkTextMismatch(text, href)).not.toThrow();
    }
  });

  it('says what the text shows and where the link leads', () => {
    const found = linkTextMismatch('www.1177.se', 'https://evil.example/');
    expect(found && linkTextMessage(found)).toBe(
      'Länktexten "www.1177.se" ser ut som en adress, men länken leder till evil.example.',
    );
  });
});
