import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { bodyImages } from './body-images.ts';

const TEXT = '---\nname: A\n---\n\n![Karta](../images/karta.png)\n\n![Logga](https://www.rjl.se/logga.png)\n';

describe('the body-images check', () => {
  it('accepts a local image that exists, and leaves web addresses alone', () => {
    const file = fileOf('teams/team-a.mdx', TEXT, { 'images/karta.png': 'png' });
    expect(bodyImages.check(file, NO_ALLOWLIST)).toEqual([]);
  });

  it('reports a local image whose file is missing, at the image', () => {
    expect(bodyImages.check(fileOf('teams/team-a.mdx', TEXT), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 5, column: 1, field: 'body', rule: 'image-missing' }),
    ]);
  });
});
