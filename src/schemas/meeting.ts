/** A meeting of the network (lärandeseminarium, uppföljning …) and its report: `content/meetings/`. */
import { z } from 'astro/zod';
import { DayOrMonthSchema, LinkSchema, TextSchema, TimeRangeSchema, VideoSchema, ref } from './fragments.ts';

/** Kinds of meeting, as ids; their Swedish labels are in `src/i18n/sv.ts`. */
export const MEETING_KINDS = ['larandeseminarium', 'uppfoljning', 'natverkstraff'] as const;

/** A speaker: a person with an entry in `content/people/`, or an external speaker by name. */
export const SpeakerSchema = z.union(
  [
    z.strictObject({
      /** The id of a person in `content/people/`. */
      person: ref('people'),
      /** What the person spoke about or did at this meeting (optional). */
      topic: TextSchema.optional(),
    }),
    z.strictObject({
      /** The speaker's name, for speakers without an entry in `content/people/`. */
      name: TextSchema,
      /** Role or title, e.g. "folkhälsostrateg". */
      role: TextSchema.optional(),
      /** Organisation, e.g. "Ystad kommun". */
      organisation: TextSchema.optional(),
      /** What the speaker spoke about (optional). */
      topic: TextSchema.optional(),
    }),
  ],
  { error: 'ska vara antingen { person: id } eller { name, role, organisation }' },
);

export const MeetingSchema = z.strictObject({
  /** The meeting's heading, e.g. "Goda exempel och fortsatt arbete". */
  title: TextSchema,
  /** The date `YYYY-MM-DD` (or `YYYY-MM` when only the month is known); must equal the file name's date. */
  date: DayOrMonthSchema,
  /** Start and end, `HH:MM–HH:MM`. */
  time: TimeRangeSchema.optional(),
  /** Where the meeting is held, e.g. "Rosensalen, Rosenlunds vårdcentrum, Jönköping". */
  place: TextSchema.optional(),
  /** The digital meeting place, e.g. "Zoom", or "Digitalt" when the service is not known. */
  online: TextSchema.optional(),
  /** The round of the network this meeting belongs to (`content/series/`). */
  series: ref('series').optional(),
  /** The meeting's number within its round. */
  session: z
    .number({ error: 'ska vara ett heltal' })
    .int({ error: 'ska vara ett heltal' })
    .positive({ error: 'ska vara 1 eller större' })
    .optional(),
  /** What kind of meeting it is. */
  kind: z.enum(MEETING_KINDS, { error: `ska vara en av: ${MEETING_KINDS.join(', ')}` }).optional(),
  /** One or two sentences (30–300 characters) for cards, search results, feeds and e-mail. */
  summary: TextSchema.pipe(
    z.string().min(30, { error: 'ska vara minst 30 tecken' }).max(300, { error: 'får vara högst 300 tecken' }),
  ),
  /** Who spoke. */
  speakers: z.array(SpeakerSchema).optional(),
  /** The teams that presented (`content/teams/`). */
  teams: z.array(ref('teams')).optional(),
  /** Municipalities the meeting concerns (`content/municipalities.yaml`). */
  municipalities: z.array(ref('municipalities')).optional(),
  /** Focus areas the meeting concerns (`content/focus-areas.yaml`). */
  focusAreas: z.array(ref('focusAreas')).optional(),
  /** Videos from the meeting. */
  videos: z.array(VideoSchema).optional(),
  /** Further links. */
  links: z.array(LinkSchema).optional(),
  /** People to contact about the meeting (`content/people/`). */
  contacts: z.array(ref('people')).optional(),
  /** A draft is validated but not published. */
  draft: z.boolean({ error: 'ska vara true eller false' }).optional(),
});

export type Meeting = z.output<typeof MeetingSchema>;
export type Speaker = z.output<typeof SpeakerSchema>;
