/** A team story (gott exempel): `content/teams/`. */
import { z } from 'astro/zod';
import { DayOrMonthSchema, ImageSchema, TextSchema, ref } from './fragments.ts';

/** How far a team has come, as ids; their Swedish labels are in `src/i18n/sv.ts`. */
export const TEAM_STATUSES = ['ide', 'planerar', 'testar', 'infort', 'avslutat'] as const;

export const TeamSchema = z.strictObject({
  /** The team's name, e.g. "Stärkt föräldraskapsstöd i Nässjö". */
  name: TextSchema,
  /** One or two sentences for cards and search results. */
  summary: TextSchema,
  /**
   * The municipalities the team works in; `hela-lanet` for county-wide teams; an empty list `[]`
   * when no source states the municipality (the site then says it is not stated; never guess). The
   * field stays required, so that leaving it out by mistake is still an error.
   */
  municipalities: z.array(ref('municipalities')),
  /** The services (verksamheter) taking part, e.g. "Barnhälsovården", "Socialtjänsten". */
  organisations: z.array(TextSchema).min(1, { error: 'ange minst en verksamhet' }),
  /** The focus areas the team works on. */
  focusAreas: z.array(ref('focusAreas')).min(1, { error: 'ange minst ett fokusområde' }),
  /** How far the work has come. */
  status: z.enum(TEAM_STATUSES, { error: `ska vara en av: ${TEAM_STATUSES.join(', ')}` }),
  /** When the work started, `YYYY-MM-DD` or `YYYY-MM`. */
  started: DayOrMonthSchema.optional(),
  /** People to contact about the team (`content/people/`). */
  contacts: z.array(ref('people')).optional(),
  /** A picture of the work, with alt text. */
  image: ImageSchema.optional(),
  /** A draft is validated but not published. */
  draft: z.boolean({ error: 'ska vara true eller false' }).optional(),
});

export type Team = z.output<typeof TeamSchema>;
