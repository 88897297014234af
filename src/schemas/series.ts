/** A round of the network, e.g. "Bästa platsen att växa upp, leva och bo på": `content/series/`. */
import { z } from 'astro/zod';
import { DayOrMonthSchema, TextSchema } from './fragments.ts';
import { field } from './meta.ts';

export const SeriesSchema = z.strictObject({
  name: field(TextSchema, {
    label: 'Namn',
    help: 'Omgångens namn som nätverket använder det.',
    example: 'Bästa platsen att leva på – barn och unga',
  }),
  start: field(DayOrMonthSchema, {
    label: 'Start',
    help: 'När omgången började, som `ÅÅÅÅ-MM-DD` eller `ÅÅÅÅ-MM`.',
    example: '2023-03',
  }),
  end: field(DayOrMonthSchema.optional(), {
    label: 'Slut',
    help: 'När omgången slutade, som `ÅÅÅÅ-MM-DD` eller `ÅÅÅÅ-MM`. Lämna bort fältet så länge omgången pågår.',
    example: '2025-06',
  }),
});

export type Series = z.output<typeof SeriesSchema>;
