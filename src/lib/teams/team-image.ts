/**
 * A team's image as the site shows it. The image goes through Astro's image pipeline: Astro imports
 * the file the team names (so the image guard, src/lib/build/image-guard.ts, reads its bytes first),
 * learns its size, and writes it in a few widths under `/_astro/`. The page gets an `<img>` with
 * `width` and `height` (no layout shift) and a `srcset` from which a phone picks a small file.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { imagePath } from '../content/image-bytes.ts';
import { ImageSchema } from '../../schemas/fragments.ts';

/**
 * The schema of an entry's `image` for Astro's collections: the content model's (a required alt
 * text), with `src` read by Astro's `image()`, which makes it the image's metadata. The path is
 * first made the file path the validator checked (`imagePath`: no `?…`, percent-decoded), so Astro
 * imports the very file the validator judged.
 * @param image Astro's `image()` from the collection's schema context
 * @example
 * defineCollection({ schema: ({ image }) => TeamSchema.extend({ image: imageFieldSchema(image).optional() }) })
 */
export function imageFieldSchema(image: ImageFunction) {
  return ImageSchema.extend({ src: z.preprocess((src) => (typeof src === 'string' ? imagePath(src) : src), image()) });
}

/** A team's image as its entry holds it after Astro's collection read it: the file's metadata and the alt text. */
export interface EntryImage {
  src: ImageMetadata;
  alt: string;
}

/**
 * How an image is offered, per place: the widths Astro writes (never wider than the file itself;
 * Astro then adds the file's own width), `sizes`, how wide the image is shown, so the browser picks
 * the smallest file that is sharp, and whether it loads at once. Widths cover a phone's screen at
 * 1×, 2× and 3×.
 */
export const TEAM_IMAGE_LAYOUT = {
  /** On the story's page, under the summary: on the first screen, as wide as the text column (42rem). */
  story: { widths: [400, 800, 1200], sizes: '(min-width: 44rem) 42rem, 100vw', loading: 'eager' },
  /** On a card: the full width on a phone; one of the grid's columns (about 19rem) on a wider screen. */
  card: { widths: [400, 800], sizes: '(min-width: 40rem) 20rem, 100vw', loading: 'lazy' },
} as const satisfies Record<string, { widths: readonly number[]; sizes: string; loading: 'eager' | 'lazy' }>;

/**
 * The props of Astro's `<Image>` for a team's image in a place (see {@link TEAM_IMAGE_LAYOUT}).
 * @example teamImageLayout('card') // { widths: [400, 800], sizes: '(min-width: 40rem) 20rem, 100vw', loading: 'lazy' }
 */
export function teamImageLayout(place: keyof typeof TEAM_IMAGE_LAYOUT): {
  widths: number[];
  sizes: string;
  loading: 'eager' | 'lazy';
} {
  const { widths, sizes, loading } = TEAM_IMAGE_LAYOUT[place];
  return { widths: [...widths], sizes, loading };
}
