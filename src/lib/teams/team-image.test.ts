import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { imageFieldSchema, TEAM_IMAGE_LAYOUT, teamImageLayout } from './team-image.ts';

/** Stands in for Astro's `image()`: records the path it is given, as Astro would import it. */
function fakeImage() {
  const given: string[] = [];
  const image = (() =>
    z.string().transform((src) => {
      given.push(src);
      return { src: `/_astro/${src.split('/').pop() ?? ''}`, width: 1200, height: 800, format: 'jpg' };
    })) as unknown as ImageFunction;
  return { image, given };
}

describe('imageFieldSchema', () => {
  it.each([
    ['a plain path', '../images/bild.jpg', '../images/bild.jpg'],
    ['a percent-encoded path', '../images/min%20bild.jpg', '../images/min bild.jpg'],
    ['a path with a query and a fragment', '../images/bild.jpg?v=2#topp', '../images/bild.jpg'],
  ])('hands Astro the file the validator checked, for %s', async (_, src, file) => {
    const { image, given } = fakeImage();
    const parsed = await imageFieldSchema(image).parseAsync({ src, alt: 'Elever på skolgården' });
    expect(given).toEqual([file]);
    expect(parsed).toEqual({
      src: { src: `/_astro/${file.split('/').pop() ?? ''}`, width: 1200, height: 800, format: 'jpg' },
      alt: 'Elever på skolgården',
    });
  });

  it.each([
    ['an empty alt text', { src: '../images/bild.jpg', alt: ' ' }, 'alt'],
    ['no alt text', { src: '../images/bild.jpg' }, 'alt'],
    ['a field the content model does not have', { src: '../images/bild.jpg', alt: 'En bild', title: 'x' }, ''],
  ])('refuses an image with %s, as the content model does', async (_, value, field) => {
    const result = await imageFieldSchema(fakeImage().image).safeParseAsync(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('teamImageLayout', () => {
  it.each(Object.keys(TEAM_IMAGE_LAYOUT) as Array<keyof typeof TEAM_IMAGE_LAYOUT>)(
    'gives the %s at least two widths, smallest first, and a copy that changing leaves the table alone',
    (place) => {
      const layout = teamImageLayout(place);
      expect(layout.widths.length).toBeGreaterThanOrEqual(2);
      expect(layout.widths).toEqual([...layout.widths].sort((a, b) => a - b));
      layout.widths.push(1);
      expect(TEAM_IMAGE_LAYOUT[place].widths).not.toContain(1);
    },
  );

  it('loads the story’s image at once (it is on the first screen) and a card’s when it comes near', () => {
    expect(teamImageLayout('story').loading).toBe('eager');
    expect(teamImageLayout('card').loading).toBe('lazy');
  });
});
