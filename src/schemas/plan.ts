/** An action plan (handlingsplan) with its matrix, or a follow-up of one: `content/plans/`. */
import { z } from 'astro/zod';
import { IsoDateSchema, LinkSchema, TextSchema, YearSchema, ref } from './fragments.ts';

/** Where a matrix row stands, as ids; their Swedish labels are in `src/i18n/sv.ts`. */
export const ROW_STATUSES = ['pagar', 'klar', 'avbruten'] as const;

/** One row of the matrix: OMRÅDE, VERKSAMHETER, MÅL, MÅTT, AKTIVITET, GENOMFÖRT. */
export const PlanRowSchema = z.strictObject({
  /** OMRÅDE: the development area. */
  area: TextSchema,
  /** VERKSAMHETER: the services responsible. */
  services: z.array(TextSchema).min(1, { error: 'ange minst en verksamhet' }),
  /** MÅL: the goal. */
  goal: TextSchema,
  /** MÅTT: how the goal is measured; leave out when the plan leaves the cell empty. */
  measure: TextSchema.optional(),
  /** AKTIVITET: what is done. */
  activity: TextSchema,
  /** GENOMFÖRT: when or how far it is done; leave out when the plan leaves the cell empty. */
  done: TextSchema.optional(),
  /** Where the row stands now, if known. */
  status: z.enum(ROW_STATUSES, { error: `ska vara en av: ${ROW_STATUSES.join(', ')}` }).optional(),
  /** Focus areas the row concerns (`content/focus-areas.yaml`). */
  focusAreas: z.array(ref('focusAreas')).optional(),
});

const Points = z.array(TextSchema);

/** One year's follow-up of a goal, as on the 2021 poster. */
export const FollowUpSchema = z.strictObject({
  /** The year followed up. */
  year: YearSchema,
  /** Genomförda förändringar: changes made. */
  changes: Points.optional(),
  /** Resultat: results. */
  results: Points.optional(),
  /** Vad har fungerat bra? */
  worked: Points.optional(),
  /** Vad har varit svårt? */
  hard: Points.optional(),
  /** Viktiga milstolpar. */
  milestones: Points.optional(),
});

/** A goal of a plan, with its yearly follow-ups. */
export const PlanGoalSchema = z.strictObject({
  /** The goal as the plan states it. */
  title: TextSchema,
  /** A short name for the goal, e.g. "Föräldraskapsstöd". */
  short: TextSchema.optional(),
  /** Focus areas the goal concerns (`content/focus-areas.yaml`). */
  focusAreas: z.array(ref('focusAreas')).optional(),
  /** Follow-ups, one per year. */
  followUps: z.array(FollowUpSchema).optional(),
});

export const PlanSchema = z
  .strictObject({
    /** The plan's title, e.g. "Handlingsplan 2016–2017". */
    title: TextSchema,
    /** One or two sentences for cards and search results. */
    summary: TextSchema.optional(),
    /** The years the plan covers. */
    period: z.strictObject({
      /** First year. */
      start: YearSchema,
      /** Last year. */
      end: YearSchema,
    }),
    /** Who owns the plan, e.g. "Strategigrupp Barn och unga". */
    owner: TextSchema,
    /** When the plan was last revised, `YYYY-MM-DD`. */
    revised: IsoDateSchema.optional(),
    /** Who signed it. */
    signatories: z
      .array(
        z.strictObject({
          /** Name. */
          name: TextSchema,
          /** Title. */
          title: TextSchema.optional(),
          /** Organisation. */
          organisation: TextSchema.optional(),
        }),
      )
      .optional(),
    /** The matrix. */
    rows: z.array(PlanRowSchema).optional(),
    /** Goals with yearly follow-ups. */
    goals: z.array(PlanGoalSchema).optional(),
    /** Links to documents the plan refers to. */
    links: z.array(LinkSchema).optional(),
    /** People to contact about the plan (`content/people/`). */
    contacts: z.array(ref('people')).optional(),
    /** A draft is validated but not published. */
    draft: z.boolean({ error: 'ska vara true eller false' }).optional(),
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
