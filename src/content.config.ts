/**
 * Astro's collections, built from the one content model in `src/schemas/`. The validator
 * (`npm run validate`) checks the same files first, with line numbers and references; the build
 * refuses to start when it finds anything.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { COLLECTIONS, SITE_FILE, SiteSchema } from './schemas/index.ts';
import { datesToText } from './lib/yaml-dates.ts';
import { contentDir } from './lib/content-dir.ts';

const base = contentDir();

/** js-yaml (Astro's parser) gives dates as Date objects; the schemas take text. */
const astroSchema = (schema: z.ZodType) => z.preprocess(datesToText, schema);

const entries = (name: 'meetings' | 'series' | 'teams' | 'people' | 'plans') => {
  const spec = COLLECTIONS[name];
  const extensions = spec.extensions.map((extension) => extension.slice(1)).join(',');
  return defineCollection({
    // Not recursive, on purpose: files in subfolders are errors in the validator.
    loader: glob({ pattern: `*.{${extensions}}`, base: `${base}/${spec.dir}` }),
    schema: astroSchema(spec.schema),
  });
};

const list = (name: 'municipalities' | 'focusAreas') => {
  const spec = COLLECTIONS[name];
  const item = (spec.schema as unknown as z.ZodArray<z.ZodType>).element;
  return defineCollection({
    loader: file(`${base}/${spec.file}`, { parser: (text) => parse(text) as Array<Record<string, unknown>> }),
    schema: astroSchema(item),
  });
};

export const collections = {
  meetings: entries('meetings'),
  series: entries('series'),
  teams: entries('teams'),
  people: entries('people'),
  plans: entries('plans'),
  municipalities: list('municipalities'),
  focusAreas: list('focusAreas'),
  site: defineCollection({
    loader: file(`${base}/${SITE_FILE.file}`, { parser: (text) => [{ id: 'site', ...(parse(text) as object) }] }),
    schema: astroSchema(SiteSchema.extend({ id: z.literal('site') })),
  }),
};
