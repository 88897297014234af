import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { imageField } from './image-field.ts';

const TEAM = '---\nname: A\nimage:\n  src: ../images/team.jpg\n  alt: Teamet\n---\n';

describe('the image-field check', () => {
  it('accepts an image.src whose file exists', () => {
    expect(imageField.check(fileOf('teams/a.mdx', TEAM, { 'images/team.jpg': 'jpg' }), NO_ALLOWLIST)).toEqual([]);
  });

  it('reports an image.src whose file is missing, at the path', () => {
    expect(imageField.check(fileOf('teams/a.mdx', TEAM), NO_ALLOWLIST)).toEqual([
      expect.objectContaining({ line: 4, column: 8, field: 'image.src', rule: 'image-missing' }),
    ]);
  });

  it('has nothing to say about an entry without an image', () => {
    expect(imageField.check(fileOf('teams/a.mdx', '---\nname: A\n---\n'), NO_ALLOWLIST)).toEqual([]);
  });
});
