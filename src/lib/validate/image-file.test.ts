import { describe, expect, it } from 'vitest';
import { fileOf } from '../../../tests/fixtures/validator/content-file.ts';
import { imageFileProblem } from './image-file.ts';

const AT = { line: 4, column: 8 };
const team = fileOf('teams/a.mdx', '---\nname: A\n---\n', { 'images/team.jpg': 'jpg', 'images/team.txt': 'txt' });

describe('imageFileProblem', () => {
  it('accepts an image file of the site, counted from the entry folder', () => {
    expect(imageFileProblem(team, '../images/team.jpg', AT, 'image.src')).toBeUndefined();
  });

  it.each([
    ['an image on another site', 'https://example.se/bild.jpg', /annan webbplats/],
    ['an address without scheme', '//example.se/bild.jpg', /annan webbplats/],
    ['a file that does not exist', '../images/finns-inte.jpg', /finns inte/],
    ['a file outside content/', '../../bild.jpg', /finns inte/],
    ['a folder', '../images', /finns inte/],
    ['a file that is no image', '../images/team.txt', /bilder kan vara/],
  ])('reports %s at the place given', (_, src, message) => {
    expect(imageFileProblem(team, src, AT, 'image.src')).toEqual({
      ...AT,
      severity: 'error',
      field: 'image.src',
      message: expect.stringMatching(message),
      rule: 'image-missing',
    });
  });
});
