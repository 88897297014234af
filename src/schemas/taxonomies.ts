/** The lists in `content/municipalities.yaml` and `content/focus-areas.yaml`. */
import { z } from 'astro/zod';
import { ID_PATTERN, TextSchema } from './fragments.ts';

const IdSchema = z.string({ error: 'id saknas' }).regex(ID_PATTERN, {
  error: 'ska vara ett id: små bokstäver a–z, siffror och bindestreck',
});

/** One municipality of the county, or `hela-lanet` for the whole county. */
export const MunicipalitySchema = z.strictObject({
  /** The id used in references, e.g. `nassjo`. */
  id: IdSchema,
  /** The name, e.g. "Nässjö". */
  name: TextSchema,
});

/** One of the focus areas. */
export const FocusAreaSchema = z.strictObject({
  /** The id used in references, e.g. `psykisk-halsa`. */
  id: IdSchema,
  /** The name, e.g. "Psykisk hälsa". */
  name: TextSchema,
  /** One or two sentences on what the area covers. */
  description: TextSchema.optional(),
});

export const MunicipalitiesFileSchema = z.array(MunicipalitySchema).min(1, { error: 'listan är tom' });
export const FocusAreasFileSchema = z.array(FocusAreaSchema).min(1, { error: 'listan är tom' });

export type Municipality = z.output<typeof MunicipalitySchema>;
export type FocusArea = z.output<typeof FocusAreaSchema>;
