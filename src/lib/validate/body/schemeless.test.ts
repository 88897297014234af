import { describe, expect, it } from 'vitest';
import { checkBody } from './index.ts';
import { withScheme } from './urls.ts';

describe('withScheme', () => {
  it.each([
    ['www.rjl.se', 'https://www.rjl.se'],
    ['rjl.se/sida', 'https://rjl.se/sida'],
    ['www.skr.se/skr/halsasjukvard.html', 'https://www.skr.se/skr/halsasjukvard.html'],
    ['jonkoping.se', 'https://jonkoping.se'],
    ['folkhalsomyndigheten.se?q=barn', 'https://folkhalsomyndigheten.se?q=barn'],
  ])('reads %s as the web address %s', (url, full) => {
    expect(withScheme(url)).toBe(full);
  });

  it.each([
    'https://www.rjl.se',
    'mailto:a@rjl.se',
    '../images/bild.jpg',
    'rapport.pdf',
    '/traffar/',
    '#fotnot',
    'bild.png',
  ])('leaves %s alone', (url) => {
    expect(withScheme(url)).toBeUndefined();
  });
});

describe('links in a body', () => {
  it('refuses a link and a link definition without https://, with the address to write', () => {
    const { problems } = checkBody('Se [RJL](www.rjl.se).\n\n[skr]: skr.se\n\nOch [SKR][skr].\n', 'mdx');
    expect(
      problems.map((p) => [
        p.line,
        p.rule,
        p.message.endsWith('https://www.rjl.se') || p.message.endsWith('https://skr.se'),
      ]),
    ).toEqual([
      [1, 'link-scheme', true],
      [3, 'link-scheme', true],
    ]);
  });

  it('accepts addresses that GFM links by itself', () => {
    expect(checkBody('Läs mer på www.rjl.se.\n', 'md').problems).toEqual([]);
  });
});
