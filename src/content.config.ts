/**
 * Astro's collections, built from the one content model in `src/schemas/`. The validator
 * (`npm run validate`) checks the same files first, with line numbers and references; the build
 * refuses to start when it finds anything.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  COLLECTIONS,
  FocusAreaSchema,
  MeetingSchema,
  MunicipalitySchema,
  PersonSchema,
  PlanSchema,
  SeriesSchema,
  SITE_FILE,
  SiteSchema,
  TeamSchema,
} from './schemas/index.ts';
import { datesToText } from './lib/content/yaml-dates.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { withMdxRendering } from './lib/content/mdx-loader.ts';
import { imageFieldSchema } from './lib/teams/team-image.ts';

const base = contentDir();

/** js-yaml (Astro's parser) gives dates as Date objects; the schemas take text. */
const withTextDates = <T extends z.ZodType>(schema: T) => z.preprocess(datesToText, schema);

/**
 * Astro's glob loader, with `.mdx` bodies rendered when they are loaded (src/lib/content/mdx-loader.ts).
 * Not recursive, on purpose: files in subfolders are errors in the validator.
 */
function entryLoader(name: 'meetings' | 'series' | 'teams' | 'people' | 'plans') {
  const spec = COLLECTIONS[name];
  const extensions = spec.extensions.map((extension) => extension.slice(1)).join(',');
  return withMdxRendering(glob({ pattern: `*.{${extensions}}`, base: `${base}/${spec.dir}` }));
}

const listLoader = (name: 'municipalities' | 'focusAreas') =>
  file(`${base}/${COLLECTIONS[name].file}`, { parser: (text) => parse(text) as Array<Record<string, unknown>> });

export const collections = {
  meetings: defineCollection({ loader: entryLoader('meetings'), schema: withTextDates(MeetingSchema) }),
  series: defineCollection({ loader: entryLoader('series'), schema: withTextDates(SeriesSchema) }),
  // A team's image goes through Astro's image pipeline (src/lib/teams/team-image.ts).
  teams: defineCollection({
    loader: entryLoader('teams'),
    schema: ({ image }) => withTextDates(TeamSchema.extend({ image: imageFieldSchema(image).optional() })),
  }),
  people: defineCollection({ loader: entryLoader('people'), schema: withTextDates(PersonSchema) }),
  plans: defineCollection({ loader: entryLoader('plans'), schema: withTextDates(PlanSchema) }),
  municipalities: defineCollection({ loader: listLoader('municipalities'), schema: MunicipalitySchema }),
  focusAreas: defineCollection({ loader: listLoader('focusAreas'), schema: FocusAreaSchema }),
  site: defineCollection({
    loader: file(`${base}/${SITE_FILE.file}`, { parser: (text) => [{ id: 'site', ...(parse(text) as object) }] }),
    schema: SiteSchema.extend({ id: z.literal('site') }),
  }),
};
