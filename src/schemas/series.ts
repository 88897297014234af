/** A round of the network, e.g. "Bästa platsen att växa upp, leva och bo på": `content/series/`. */
import { z } from 'astro/zod';
import { DayOrMonthSchema, TextSchema } from './fragments.ts';

export const SeriesSchema = z.strictObject({
  /** The round's name as the network uses it. */
  name: TextSchema,
  /** When the round started, `YYYY-MM-DD` or `YYYY-MM`. */
  start: DayOrMonthSchema,
  /** When the round ended; leave out while it goes on. */
  end: DayOrMonthSchema.optional(),
});

export type Series = z.output<typeof SeriesSchema>;
