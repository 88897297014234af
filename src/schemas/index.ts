/**
 * The content model: every collection with its folder, file types and schema. The Astro build
 * (`src/content.config.ts`), the validator and the scaffolder all read this table.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from './fragments.ts';
import { MeetingSchema } from './meeting.ts';
import { PersonSchema } from './person.ts';
import { PlanSchema } from './plan.ts';
import { SeriesSchema } from './series.ts';
import { SearchWordsSchema } from './search-words.ts';
import { SiteSchema } from './site.ts';
import { FocusAreaSchema, FocusAreasFileSchema, MunicipalitiesFileSchema, MunicipalitySchema } from './taxonomies.ts';
import { TeamSchema } from './team.ts';

export interface EntryCollection {
  kind: 'entries';
  /** Folder under `content/`. */
  dir: string;
  /** Accepted file extensions, lower case, with the dot. */
  extensions: readonly string[];
  /** Whether the file has a text body after its front matter. */
  body: boolean;
  schema: z.ZodType;
}

export interface ListCollection {
  kind: 'list';
  /** File under `content/` holding a YAML list of `{ id, … }`. */
  file: string;
  schema: z.ZodType;
}

export interface SingletonFile {
  kind: 'singleton';
  /** File under `content/` holding one YAML object. */
  file: string;
  schema: z.ZodType;
}

export const COLLECTIONS = {
  meetings: {
    kind: 'entries',
    dir: 'meetings',
    extensions: ['.mdx', '.md'],
    body: true,
    schema: MeetingSchema,
  },
  series: { kind: 'entries', dir: 'series', extensions: ['.md', '.mdx'], body: true, schema: SeriesSchema },
  teams: {
    kind: 'entries',
    dir: 'teams',
    extensions: ['.mdx', '.md'],
    body: true,
    schema: TeamSchema,
  },
  people: { kind: 'entries', dir: 'people', extensions: ['.yaml', '.yml'], body: false, schema: PersonSchema },
  plans: {
    kind: 'entries',
    dir: 'plans',
    extensions: ['.mdx', '.md'],
    body: true,
    schema: PlanSchema,
  },
  municipalities: { kind: 'list', file: 'municipalities.yaml', schema: MunicipalitiesFileSchema },
  focusAreas: { kind: 'list', file: 'focus-areas.yaml', schema: FocusAreasFileSchema },
} as const satisfies Record<CollectionName, EntryCollection | ListCollection>;

/** `content/site.yaml`: one object, not a collection of entries. */
export const SITE_FILE: SingletonFile = { kind: 'singleton', file: 'site.yaml', schema: SiteSchema };

/** `content/sokord.yaml`: the search glossary, acronyms and synonyms (src/lib/search/glossary.ts). */
export const SEARCH_WORDS_FILE: SingletonFile = { kind: 'singleton', file: 'sokord.yaml', schema: SearchWordsSchema };

export { MeetingSchema, PersonSchema, PlanSchema, SearchWordsSchema, SeriesSchema, SiteSchema, TeamSchema };
export { FocusAreasFileSchema, MunicipalitiesFileSchema, FocusAreaSchema, MunicipalitySchema };
