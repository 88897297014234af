/** A team story (gott exempel): `content/teams/`. */
import { z } from 'astro/zod';
import { DayOrMonthSchema, DraftSchema, ImageSchema, TextSchema, ref } from './fragments.ts';
import { exampleOf, field } from './meta.ts';

/** How far a team has come, as ids; their Swedish labels are in `src/i18n/sv.ts`. */
export const TEAM_STATUSES = ['ide', 'planerar', 'testar', 'infort', 'avslutat'] as const;

export const TeamSchema = z.strictObject({
  name: field(TextSchema, {
    label: 'Namn',
    help: 'Teamets namn, som det står överst på sidan.',
    example: 'Stärkt föräldraskapsstöd i Nässjö',
  }),
  summary: field(TextSchema, {
    label: 'Sammanfattning',
    help: 'En eller två meningar som visas i listor och sökresultat.',
    example: 'Teamet testar nya sätt att nå föräldrar med stöd tidigt.',
  }),
  // Required even though it may be empty, so that leaving it out by mistake is still an error.
  municipalities: field(z.array(ref('municipalities')), {
    label: 'Kommuner',
    help: 'Kommunerna som teamet arbetar i; `hela-lanet` för team i hela länet. Säger ingen källa vilken kommun, skriv en tom lista, `municipalities: []`, och gissa aldrig: sidan visar då att kommunen inte är angiven.',
    example: ['kommunens-id'],
  }),
  organisations: field(z.array(TextSchema).min(1, { error: 'ange minst en verksamhet' }), {
    label: 'Verksamheter',
    help: 'Verksamheterna som är med, till exempel Barnhälsovården, Skolan eller Socialtjänsten.',
    example: ['Barnhälsovården', 'Socialtjänsten'],
  }),
  focusAreas: field(z.array(ref('focusAreas')).min(1, { error: 'ange minst ett fokusområde' }), {
    label: 'Fokusområden',
    help: 'Fokusområdena som teamet arbetar med.',
    example: ['fokusomradets-id'],
  }),
  status: field(z.enum(TEAM_STATUSES, { error: `ska vara en av: ${TEAM_STATUSES.join(', ')}` }), {
    label: 'Status',
    help: 'Hur långt arbetet har kommit.',
    example: 'testar',
  }),
  started: field(DayOrMonthSchema.optional(), {
    label: 'Startade',
    help: 'När arbetet började, som `ÅÅÅÅ-MM-DD` eller `ÅÅÅÅ-MM`.',
    example: '2023-03',
  }),
  contacts: field(z.array(ref('people')).optional(), {
    label: 'Kontaktpersoner',
    help: 'Vem man kan kontakta om teamet.',
    example: ['fornamn-efternamn'],
  }),
  image: field(ImageSchema.optional(), {
    label: 'Bild',
    help: 'En bild på arbetet. Syns personer på bilden ska de ha sagt ja till att den publiceras.',
    example: exampleOf(ImageSchema),
  }),
  draft: DraftSchema,
});

export type Team = z.output<typeof TeamSchema>;
