import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamImage, teamImageOf } from './team-image.ts';

describe('teamImage', () => {
  it.each([
    ['content/teams/a.mdx', '../images/bild.JPG', '/p/content/images/bild.JPG', 'bild.jpg'],
    ['content/teams/a.mdx', './a%20b.png', '/p/content/teams/a b.png', 'bild.png'],
    ['/tmp/fixture/teams/a.mdx', '../images/x.webp', '/tmp/fixture/images/x.webp', 'bild.webp'],
  ])('resolves %j with %j to %j, served as %j next to the page', (filePath, src, file, name) => {
    const image = teamImage('a', filePath, src, '/p');
    expect(image).toEqual({ file: path.normalize(file), name, url: `/exempel/a/${name}` });
  });
});

describe('teamImageOf', () => {
  it('resolves the image of a team that has one', () => {
    const team = { id: 'a', filePath: 'content/teams/a.mdx', data: { image: { src: '../images/a.png' } } };
    expect(teamImageOf(team, '/p')).toEqual(teamImage('a', 'content/teams/a.mdx', '../images/a.png', '/p'));
  });

  it('has none for a team without an image, or without a known file', () => {
    expect(teamImageOf({ id: 'a', filePath: 'content/teams/a.mdx', data: {} }, '/p')).toBeUndefined();
    expect(teamImageOf({ id: 'a', data: { image: { src: '../images/a.png' } } }, '/p')).toBeUndefined();
  });
});
