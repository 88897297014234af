/** An action plan (handlingsplan) with its matrix, or a follow-up of one: `content/plans/`. */
import { z } from 'astro/zod';
import { DraftSchema, IsoDateSchema, LinkSchema, TextSchema, YearSchema, ref } from './fragments.ts';
import { exampleOf, field } from './meta.ts';

/** Where a matrix row stands, as ids; their Swedish labels are in `src/i18n/sv.ts`. */
export const ROW_STATUSES = ['pagar', 'klar', 'avbruten'] as const;

/** Left out when the plan leaves the cell empty. */
const EMPTY_CELL = 'Lämna bort fältet om planen lämnar rutan tom.';

/** One row of the matrix: OMRÅDE, VERKSAMHETER, MÅL, MÅTT, AKTIVITET, GENOMFÖRT. */
export const PlanRowSchema = z.strictObject({
  area: field(TextSchema, {
    label: 'Område',
    help: 'Utvecklingsområdet (OMRÅDE i planen).',
    example: 'Föräldraskapsstöd',
  }),
  services: field(z.array(TextSchema).min(1, { error: 'ange minst en verksamhet' }), {
    label: 'Verksamheter',
    help: 'Verksamheterna som ansvarar (VERKSAMHETER).',
    example: ['Barnhälsovården', 'Socialtjänsten'],
  }),
  goal: field(TextSchema, { label: 'Mål', help: 'Målet (MÅL).', example: 'Fler föräldrar får stöd tidigt' }),
  measure: field(TextSchema.optional(), {
    label: 'Mått',
    help: `Hur målet mäts (MÅTT). ${EMPTY_CELL}`,
    example: 'Antal föräldrar som deltar',
  }),
  activity: field(TextSchema, {
    label: 'Aktivitet',
    help: 'Det som görs (AKTIVITET).',
    example: 'Gemensamma föräldragrupper',
  }),
  done: field(TextSchema.optional(), {
    label: 'Genomfört',
    help: `När det görs eller hur långt det har kommit (GENOMFÖRT). ${EMPTY_CELL}`,
    example: 'Hösten 2024',
  }),
  status: field(z.enum(ROW_STATUSES, { error: `ska vara en av: ${ROW_STATUSES.join(', ')}` }).optional(), {
    label: 'Status',
    help: 'Var raden står nu, om det är känt.',
    example: 'pagar',
  }),
  focusAreas: field(z.array(ref('focusAreas')).optional(), {
    label: 'Fokusområden',
    help: 'Fokusområdena som raden gäller.',
    example: ['fokusomradets-id'],
  }),
});

/** The points of one heading of a follow-up, one per line. */
const points = (label: string, help: string, example: string) =>
  field(z.array(TextSchema).optional(), { label, help, example: [example] });

/** One year's follow-up of a goal, as on the 2021 poster. */
export const FollowUpSchema = z.strictObject({
  year: field(YearSchema, { label: 'År', help: 'Året som följs upp.', example: 2024 }),
  changes: points('Genomförda förändringar', 'Förändringar som har genomförts.', 'En förändring som har genomförts'),
  results: points('Resultat', 'Resultaten hittills.', 'Ett resultat'),
  worked: points('Vad har fungerat bra?', 'Det som har fungerat bra.', 'Något som har fungerat bra'),
  hard: points('Vad har varit svårt?', 'Det som har varit svårt.', 'Något som har varit svårt'),
  milestones: points('Viktiga milstolpar', 'Viktiga milstolpar under året.', 'En viktig milstolpe'),
});

/** A goal of a plan, with its yearly follow-ups. */
export const PlanGoalSchema = z.strictObject({
  title: field(TextSchema, {
    label: 'Mål',
    help: 'Målet som planen skriver det.',
    example: 'Barn och unga rör sig minst en timme om dagen',
  }),
  short: field(TextSchema.optional(), { label: 'Kort namn', help: 'Ett kort namn på målet.', example: 'Rörelse' }),
  focusAreas: field(z.array(ref('focusAreas')).optional(), {
    label: 'Fokusområden',
    help: 'Fokusområdena som målet gäller.',
    example: ['fokusomradets-id'],
  }),
  followUps: field(z.array(FollowUpSchema).optional(), {
    label: 'Uppföljningar',
    help: 'Uppföljningen av målet, en per år.',
    example: [exampleOf(FollowUpSchema)],
  }),
});

const PeriodSchema = z.strictObject({
  start: field(YearSchema, { label: 'Första året', help: 'Det första året som planen gäller.', example: 2024 }),
  end: field(YearSchema, {
    label: 'Sista året',
    help: 'Det sista året som planen gäller: samma år som `start` eller senare.',
    example: 2025,
  }),
});

const SignatorySchema = z.strictObject({
  name: field(TextSchema, {
    label: 'Namn',
    help: 'Namnet på den som har skrivit under.',
    example: 'Förnamn Efternamn',
  }),
  title: field(TextSchema.optional(), {
    label: 'Befattning',
    help: 'Befattningen hos den som har skrivit under.',
    example: 'förvaltningschef',
  }),
  organisation: field(TextSchema.optional(), {
    label: 'Organisation',
    help: 'Organisationen som den som har skrivit under företräder.',
    example: 'Exempelkommunen',
  }),
});

export const PlanSchema = z
  .strictObject({
    title: field(TextSchema, {
      label: 'Rubrik',
      help: 'Planens rubrik, som den står överst på sidan.',
      example: 'Handlingsplan 2024–2025',
    }),
    summary: field(TextSchema.optional(), {
      label: 'Sammanfattning',
      help: 'En eller två meningar som visas i listor och sökresultat.',
      example: 'Så samverkar kommunerna och regionen för barns och ungas hälsa under två år.',
    }),
    period: field(PeriodSchema, { label: 'Period', help: 'Åren som planen gäller.', example: exampleOf(PeriodSchema) }),
    owner: field(TextSchema, {
      label: 'Ägare',
      help: 'Vem som äger planen.',
      example: 'Strategigrupp Barn och unga',
    }),
    revised: field(IsoDateSchema.optional(), {
      label: 'Reviderad',
      help: 'När planen senast reviderades, som `ÅÅÅÅ-MM-DD`.',
      example: '2024-10-21',
    }),
    signatories: field(z.array(SignatorySchema).optional(), {
      label: 'Undertecknad av',
      help: 'Vilka som har skrivit under planen.',
      example: [exampleOf(SignatorySchema)],
    }),
    rows: field(z.array(PlanRowSchema).optional(), {
      label: 'Matris',
      help: 'Planens matris, en rad per aktivitet.',
      example: [exampleOf(PlanRowSchema)],
    }),
    goals: field(z.array(PlanGoalSchema).optional(), {
      label: 'Mål med uppföljning',
      help: 'Planens mål, med uppföljning år för år.',
      example: [exampleOf(PlanGoalSchema)],
    }),
    links: field(z.array(LinkSchema).optional(), {
      label: 'Länkar',
      help: 'Länkar till dokument som planen hänvisar till.',
      example: [{ title: 'Handlingsplanen som pdf', url: 'https://example.com/handlingsplan.pdf' }],
    }),
    contacts: field(z.array(ref('people')).optional(), {
      label: 'Kontaktpersoner',
      help: 'Vem man kan kontakta om planen.',
      example: ['fornamn-efternamn'],
    }),
    draft: DraftSchema,
  })
  .refine((plan) => (plan.rows?.length ?? 0) + (plan.goals?.length ?? 0) > 0, {
    error: 'en handlingsplan behöver en matris (rows) eller mål (goals), eller båda',
  })
  .refine((plan) => plan.period.start <= plan.period.end, {
    error: 'period.start ska vara före eller samma år som period.end',
    path: ['period', 'end'],
  });

export type Plan = z.output<typeof PlanSchema>;
export type PlanRow = z.output<typeof PlanRowSchema>;
