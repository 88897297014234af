/** A meeting of the network (lärandeseminarium, uppföljning …) and its report: `content/meetings/`. */
import { z } from 'astro/zod';
import {
  DayOrMonthSchema,
  DraftSchema,
  LinkSchema,
  TextSchema,
  TimeRangeSchema,
  VideoSchema,
  ref,
} from './fragments.ts';
import { exampleOf, field } from './meta.ts';

/** Kinds of meeting, as ids; their Swedish labels are in `src/i18n/sv.ts`. */
export const MEETING_KINDS = ['larandeseminarium', 'uppfoljning', 'natverkstraff'] as const;

const topic = field(TextSchema.optional(), {
  label: 'Ämne',
  help: 'Vad talaren pratade om eller gjorde på träffen.',
  example: 'Inledning och nätverkets mål',
});

const ListedSpeakerSchema = z.strictObject({
  person: field(ref('people'), { label: 'Person', help: 'Personen som talade.', example: 'fornamn-efternamn' }),
  topic,
});

const ExternalSpeakerSchema = z.strictObject({
  name: field(TextSchema, { label: 'Namn', help: 'Talarens för- och efternamn.', example: 'Kim Karlsson' }),
  role: field(TextSchema.optional(), {
    label: 'Roll',
    help: 'Talarens roll eller befattning.',
    example: 'folkhälsostrateg',
  }),
  organisation: field(TextSchema.optional(), {
    label: 'Organisation',
    help: 'Var talaren arbetar.',
    example: 'Ystad kommun',
  }),
  topic,
});

/** A speaker: a person with an entry in `content/people/`, or an external speaker by name. */
export const SpeakerSchema = z.union(
  [
    field(ListedSpeakerSchema, {
      label: 'Talare med egen fil',
      help: 'En person som har en fil i `content/people/`, skriven med sitt id.',
      example: exampleOf(ListedSpeakerSchema),
    }),
    field(ExternalSpeakerSchema, {
      label: 'Talare utifrån',
      help: 'En talare utan egen fil, skriven med namn. Skriv namnet bara om talaren har sagt ja till det.',
      example: exampleOf(ExternalSpeakerSchema),
    }),
  ],
  { error: 'ska vara antingen { person: id } eller { name, role, organisation }' },
);

export const MeetingSchema = z.strictObject({
  title: field(TextSchema, {
    label: 'Rubrik',
    help: 'Träffens rubrik, som den står överst på sidan.',
    example: 'Goda exempel och fortsatt arbete',
  }),
  date: field(DayOrMonthSchema, {
    label: 'Datum',
    help: 'Träffens datum som `ÅÅÅÅ-MM-DD`, eller `ÅÅÅÅ-MM` om bara månaden är känd. Samma datum som i början av filens namn.',
    example: '2024-05-23',
  }),
  time: field(TimeRangeSchema.optional(), {
    label: 'Tid',
    help: 'När träffen börjar och slutar, som `TT:MM–TT:MM`.',
    example: '13:00–16:00',
  }),
  place: field(TextSchema.optional(), {
    label: 'Plats',
    help: 'Var träffen hålls. Skriv bara det du vet: utan plats säger sidan själv att platsen inte är angiven.',
    example: 'Stora salen, Storgatan 1, Jönköping',
  }),
  online: field(TextSchema.optional(), {
    label: 'Digitalt',
    help: 'Den digitala mötesplatsen, till exempel Zoom eller Teams, eller `Digitalt` om tjänsten inte är känd.',
    example: 'Zoom',
  }),
  series: field(ref('series').optional(), {
    label: 'Omgång',
    help: 'Den omgång av nätverket som träffen hör till.',
    example: 'omgangens-namn',
  }),
  session: field(
    z
      .number({ error: 'ska vara ett heltal' })
      .int({ error: 'ska vara ett heltal' })
      .min(1, { error: 'ska vara 1 eller större' })
      .optional(),
    {
      label: 'Nummer i omgången',
      help: 'Träffens nummer i omgången: 1 för den första träffen och så vidare.',
      example: 1,
    },
  ),
  kind: field(z.enum(MEETING_KINDS, { error: `ska vara en av: ${MEETING_KINDS.join(', ')}` }).optional(), {
    label: 'Typ av träff',
    help: 'Vilken sorts träff det är.',
    example: 'larandeseminarium',
  }),
  summary: field(
    TextSchema.pipe(
      z.string().min(30, { error: 'ska vara minst 30 tecken' }).max(300, { error: 'får vara högst 300 tecken' }),
    ),
    {
      label: 'Sammanfattning',
      help: 'En eller två meningar som visas i listor, sökresultat, flöden och nyhetsbrev.',
      example: 'Teamen berättade om sina tester och om hur arbetet har gått sedan förra träffen.',
    },
  ),
  speakers: field(z.array(SpeakerSchema).optional(), {
    label: 'Talare',
    help: 'Vem som talade: en person med egen fil i `content/people/`, eller en talare utifrån med namn.',
    example: [exampleOf(ListedSpeakerSchema), exampleOf(ExternalSpeakerSchema)],
  }),
  teams: field(z.array(ref('teams')).optional(), {
    label: 'Team',
    help: 'Teamen som presenterade på träffen.',
    example: ['teamets-namn'],
  }),
  municipalities: field(z.array(ref('municipalities')).optional(), {
    label: 'Kommuner',
    help: 'Kommunerna som träffen gäller.',
    example: ['kommunens-id'],
  }),
  focusAreas: field(z.array(ref('focusAreas')).optional(), {
    label: 'Fokusområden',
    help: 'Fokusområdena som träffen gäller.',
    example: ['fokusomradets-id'],
  }),
  videos: field(z.array(VideoSchema).optional(), {
    label: 'Filmer',
    help: 'Filmer från träffen.',
    example: [exampleOf(VideoSchema)],
  }),
  links: field(z.array(LinkSchema).optional(), {
    label: 'Länkar',
    help: 'Fler länkar, till exempel till presentationer från träffen.',
    example: [exampleOf(LinkSchema)],
  }),
  contacts: field(z.array(ref('people')).optional(), {
    label: 'Kontaktpersoner',
    help: 'Vem man kan kontakta om träffen.',
    example: ['fornamn-efternamn'],
  }),
  draft: DraftSchema,
});

export type Meeting = z.output<typeof MeetingSchema>;
export type Speaker = z.output<typeof SpeakerSchema>;
