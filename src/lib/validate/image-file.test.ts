import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOf, IMAGE_BYTES } from '../../../tests/fixtures/validator/content-file.ts';
import { imageFileProblem } from './image-file.ts';

const AT = { line: 4, column: 8 };
const JPEG = IMAGE_BYTES.jpg;
const team = fileOf('teams/a.mdx', '---\nname: A\n---\n', {
  'images/team.jpg': JPEG,
  'images/team.txt': 'txt',
  'images/svg.png': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  'images/tom.webp': '',
});

describe('imageFileProblem', () => {
  it('accepts an image file of the site, counted from the entry folder', () => {
    expect(imageFileProblem(team, '../images/team.jpg', AT, 'image.src')).toBeUndefined();
  });

  it.each([
    ['an image on another site', 'https://example.se/bild.jpg', /annan webbplats/],
    ['an address without scheme', '//example.se/bild.jpg', /annan webbplats/],
    ['a file that does not exist', '../images/finns-inte.jpg', /finns inte/],
    ['a file outside content/', '../../bild.jpg', /utanför content/],
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

describe('imageFileProblem on what a file holds', () => {
  it.each([
    ['an SVG with a script saved as .png', '../images/svg.png', /inte en \.png-bild/],
    ['an empty file', '../images/tom.webp', /är tom/],
  ])('refuses %s by its bytes', (_, src, message) => {
    expect(imageFileProblem(team, src, AT, 'body')).toMatchObject({ rule: 'image-content', message });
  });

  it('refuses a symlink named like an image, to a file outside content/, by its own rule', () => {
    const linked = fileOf('teams/b.mdx', '---\nname: B\n---\n');
    mkdirSync(path.join(linked.contentRoot, 'images'));
    symlinkSync('/etc/passwd', path.join(linked.contentRoot, 'images', 'bild.png'));
    expect(imageFileProblem(linked, '../images/bild.png', AT, 'image.src')).toMatchObject({
      rule: 'symlink',
      message: expect.stringMatching(/symbolisk länk/),
    });
  });

  it('does not crash on an address that cannot be percent-decoded', () => {
    expect(imageFileProblem(team, '../images/%E0%A4%A.jpg', AT, 'body')).toMatchObject({ rule: 'image-missing' });
  });
});
