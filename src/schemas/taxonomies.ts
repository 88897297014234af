/** The lists in `content/municipalities.yaml` and `content/focus-areas.yaml`. */
import { z } from 'astro/zod';
import { ID_PATTERN, TextSchema } from './fragments.ts';
import { field } from './meta.ts';

const IdSchema = z.string({ error: 'id saknas' }).regex(ID_PATTERN, {
  error: 'ska vara ett id: små bokstäver a–z, siffror och bindestreck',
});

/** One municipality of the county, or `hela-lanet` for the whole county. */
export const MunicipalitySchema = z.strictObject({
  id: field(IdSchema, {
    label: 'Id',
    help: 'Id:t som andra filer hänvisar till, med små bokstäver a–z, siffror och bindestreck.',
    example: 'nassjo',
  }),
  name: field(TextSchema, { label: 'Namn', help: 'Kommunens namn.', example: 'Nässjö' }),
});

/** One of the focus areas. */
export const FocusAreaSchema = z.strictObject({
  id: field(IdSchema, {
    label: 'Id',
    help: 'Id:t som andra filer hänvisar till, med små bokstäver a–z, siffror och bindestreck.',
    example: 'psykisk-halsa',
  }),
  name: field(TextSchema, { label: 'Namn', help: 'Fokusområdets namn.', example: 'Psykisk hälsa' }),
  description: field(TextSchema.optional(), {
    label: 'Beskrivning',
    help: 'En eller två meningar om vad området omfattar.',
    example: 'Hur barn och unga mår, och stöd när de inte mår bra.',
  }),
});

export const MunicipalitiesFileSchema = z.array(MunicipalitySchema).min(1, { error: 'listan är tom' });
export const FocusAreasFileSchema = z.array(FocusAreaSchema).min(1, { error: 'listan är tom' });

export type Municipality = z.output<typeof MunicipalitySchema>;
export type FocusArea = z.output<typeof FocusAreaSchema>;
