import { describe, expect, it } from 'vitest';
import { newestReport, screenshotFile, screenshotTargets } from './screenshots.ts';

describe('screenshotTargets', () => {
  const sitemap = [
    '/',
    '/traffar/',
    '/traffar/sida/2/',
    '/traffar/2020-09-21-goda-exempel/',
    '/traffar/2021-01-19-skottland/',
    '/traffar/2020-09-21-goda-exempel/nyhetsbrev.html',
    '/exempel/',
    '/exempel/kommun/jonkoping/',
    '/exempel/status/',
    '/exempel/attarpsskolan/',
    '/handlingsplaner/',
    '/handlingsplaner/plan-2017/',
    '/handlingsplaner/plan-2017/verksamhet/skola/',
  ];

  it('takes the start page, the newest report, the team list, the first team story and the first plan', () => {
    expect(screenshotTargets(sitemap, '/traffar/2021-01-19-skottland/')).toEqual([
      { name: 'start', pathname: '/' },
      { name: 'rapport', pathname: '/traffar/2021-01-19-skottland/' },
      { name: 'exempel', pathname: '/exempel/' },
      { name: 'exempel-team', pathname: '/exempel/attarpsskolan/' },
      { name: 'handlingsplan', pathname: '/handlingsplaner/plan-2017/' },
    ]);
  });

  it('leaves out a kind of page the site does not have', () => {
    expect(screenshotTargets(['/', '/exempel/'], undefined).map((t) => t.name)).toEqual(['start', 'exempel']);
  });
});

describe('newestReport', () => {
  it('gives the path of the feed’s first item, not the channel’s own link', () => {
    const rss =
      '<channel><link>https://example.se/</link><item><title>B</title><link>https://example.se/traffar/b/</link></item>' +
      '<item><title>A</title><link>https://example.se/traffar/a/</link></item></channel>';
    expect(newestReport(rss)).toBe('/traffar/b/');
  });

  it('gives nothing for a feed without items', () => {
    expect(newestReport('<channel><link>https://example.se/</link></channel>')).toBeUndefined();
  });
});

describe('screenshotFile', () => {
  it('names the file by the page and the screen size', () => {
    expect(screenshotFile({ name: 'rapport', pathname: '/' }, { width: 390, height: 844 })).toBe('rapport-390x844.png');
  });
});
