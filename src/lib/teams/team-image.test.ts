import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE_BYTES } from '../../../tests/fixtures/validator/content-file.ts';
import { teamImage, teamImageBytes, teamImageOf } from './team-image.ts';

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

describe('teamImageBytes', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'basta-team-image-'));
  mkdirSync(path.join(root, 'content', 'images'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'images', 'ok.png'), IMAGE_BYTES.png);
  writeFileSync(path.join(root, 'content', 'images', 'svg.png'), '<svg><script>alert(1)</script></svg>');
  symlinkSync('/etc/passwd', path.join(root, 'content', 'images', 'passwd.png'));

  it('reads an image of the content folder', async () => {
    expect(await teamImageBytes(path.join(root, 'content/images/ok.png'), root)).toEqual(Buffer.from(IMAGE_BYTES.png));
  });

  it.each([
    ['a symlink', 'content/images/passwd.png', /symbolisk länk/],
    ['an SVG named .png', 'content/images/svg.png', /inte en \.png-bild/],
    ['a file outside the content folder', 'package.json', /utanför content/],
  ])('refuses %s, so the build fails instead of publishing it', async (_, file, message) => {
    await expect(teamImageBytes(path.join(root, file), root)).rejects.toThrow(message);
  });
});
