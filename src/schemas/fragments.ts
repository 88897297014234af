/**
 * Schema pieces shared by several collections. Pure zod, importable by the Astro build, the
 * validator and the scaffolder alike; messages are plain Swedish for editors.
 */
import { z } from 'astro/zod';
import { readVideoUrl } from '../lib/mdx/video.ts';
import { LINK_TEXT_FIX, linkTextMessage, linkTextMismatch } from '../lib/content/link-text.ts';
import { field } from './meta.ts';

/** Ids are file names without extension: lower-case a–z, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Collections that a field may point at. The validator checks that the id exists; the
 * collection is recorded in the schema's metadata (`references`).
 */
export type CollectionName = 'meetings' | 'series' | 'teams' | 'people' | 'plans' | 'municipalities' | 'focusAreas';

/**
 * A reference to an entry of another collection, written as its id.
 * @param collection the collection the id must exist in
 * @returns a string schema carrying `{ references: collection }` as metadata
 * @example ref('people') // accepts 'ida-erixon' when content/people/ida-erixon.yaml exists
 */
export function ref(collection: CollectionName) {
  return z
    .string()
    .regex(ID_PATTERN, { error: 'ska vara ett id: små bokstäver a–z, siffror och bindestreck' })
    .meta({ references: collection });
}

/** Reads back which collection a schema node references, if any. */
export function referencedCollection(schema: z.ZodType): CollectionName | undefined {
  const meta = schema.meta() as { references?: CollectionName } | undefined;
  return meta?.references;
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number | undefined];
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date `YYYY-MM-DD`. YAML may hand it over as a string only (the parser keeps dates as text). */
export const IsoDateSchema = z
  .string({ error: 'ska vara ett datum som ÅÅÅÅ-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2020-09-21' })
  .refine(isRealDate, { error: 'finns inte i kalendern' });

/** A date `YYYY-MM-DD`, or `YYYY-MM` where the source gives only the month. */
export const DayOrMonthSchema = z
  .string({ error: 'ska vara ett datum som ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM om bara månaden är känd)' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
    error: 'ska vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2020-09-21 (eller ÅÅÅÅ-MM om bara månaden är känd)',
  })
  .refine(isRealDate, { error: 'finns inte i kalendern' });

/** A year, e.g. 2016. */
export const YearSchema = z
  .number({ error: 'ska vara ett årtal, till exempel 2017' })
  .int({ error: 'ska vara ett årtal, till exempel 2017' })
  .min(1900, { error: 'ska vara ett årtal efter 1900' })
  .max(2200, { error: 'ska vara ett årtal före 2200' });

const TIME = '([01]\\d|2[0-3]):[0-5]\\d';
/** A time span `HH:MM–HH:MM` (en dash; a plain hyphen is accepted too), end after start. */
export const TimeRangeSchema = z
  .string({ error: 'ska vara en tid som TT:MM–TT:MM' })
  .regex(new RegExp(`^${TIME}\\s*[–-]\\s*${TIME}$`), {
    error: 'ska vara en tid som TT:MM–TT:MM, till exempel 13:00–16:00',
  })
  .refine(
    (value) => {
      const [start, end] = value.split(/\s*[–-]\s*/) as [string, string];
      return start < end;
    },
    { error: 'sluttiden ska vara efter starttiden' },
  );

/** A non-empty line of text (leading and trailing space removed). */
export const TextSchema = z.string({ error: 'ska vara text' }).trim().min(1, { error: 'får inte vara tom' });

/** An e-mail address. */
export const EmailSchema = z.email({ error: 'är ingen giltig e-postadress, till exempel fornamn.efternamn@rjl.se' });

/** A web address (https, or http for old sources that have no https). */
export const WebUrlSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'ska vara en webbadress som börjar med https://',
});

const videoProblem = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const read = readVideoUrl(value);
  return 'problem' in read ? read.problem : undefined;
};

/**
 * A video address on Vimeo or YouTube that the player can embed, https only; what is wrong with
 * any other address is said by the one parser of video addresses, `readVideoUrl`.
 */
export const VideoUrlSchema = z
  .url({
    protocol: /^https$/,
    error: (issue) => videoProblem(issue.input) ?? 'ska vara en adress som börjar med https://',
  })
  // zod runs refinements even after the URL check failed; an address that is no https URL has its message already.
  .refine((value) => !/^https:\/\//i.test(value) || !URL.canParse(value) || videoProblem(value) === undefined, {
    error: (issue) => videoProblem(issue.input) ?? 'filmen kan inte visas',
  });

/**
 * A link: `{ title, url }`. A title that looks like an address leads there (the rule
 * `link-text-address`, src/lib/content/link-text.ts), once the address itself is a web address.
 */
export const LinkSchema = z
  .strictObject({
    title: field(TextSchema, {
      label: 'Länktext',
      help: 'En text som säger vart länken leder, inte "klicka här".',
      example: 'Presentationen från träffen (pdf)',
    }),
    url: field(WebUrlSchema, {
      label: 'Adress',
      help: 'Webbadressen, som börjar med `https://`.',
      example: 'https://example.com/presentation.pdf',
    }),
  })
  // zod runs this even when a field failed its own check: only a text and a web address are compared.
  .superRefine((link, context) => {
    if (typeof link.title !== 'string' || typeof link.url !== 'string' || !/^https?:\/\//i.test(link.url)) return;
    const found = linkTextMismatch(link.title, link.url);
    if (found === undefined) return;
    context.addIssue({
      code: 'custom',
      path: ['title'],
      message: `${linkTextMessage(found)} ${LINK_TEXT_FIX}`,
      params: { rule: 'link-text-address' },
    });
  });

/** A video: `{ title, url, captions }`. */
export const VideoSchema = z.strictObject({
  title: field(TextSchema, {
    label: 'Titel',
    help: 'Vad filmen visar eller handlar om.',
    example: 'Intervju med teamet om arbetet',
  }),
  url: field(VideoUrlSchema, {
    label: 'Adress',
    help: 'Adressen till en film på vimeo.com, youtube.com eller youtu.be, som börjar med `https://`; inte en spellista, kanal eller samling.',
    example: 'https://vimeo.com/123456789',
  }),
  // Every video without captions is listed in the accessibility statement.
  captions: field(z.boolean({ error: 'ska vara true eller false: har filmen undertexter?' }), {
    label: 'Undertexter',
    help: '`true` om filmen har undertexter, annars `false`. Filmer utan undertexter listas i tillgänglighetsredogörelsen, så skriv `false` om du inte vet.',
    example: false,
  }),
});

/** An image next to an entry: a file under `content/` and its alternative text. */
export const ImageSchema = z.strictObject({
  src: field(TextSchema, {
    label: 'Bildfil',
    help: 'Sökvägen till bildfilen i `content/images/`, räknad från filens mapp.',
    example: '../images/bildens-namn.jpg',
  }),
  alt: field(
    z
      .string({ error: 'alt-text saknas' })
      .trim()
      .min(1, { error: 'alt-text får inte vara tom: beskriv vad bilden visar' }),
    {
      label: 'Alt-text',
      help: 'Vad bilden visar, i en mening, för den som inte ser bilden.',
      example: 'Elever som hoppar hopprep på skolgården',
    },
  ),
});

/** `draft: true` keeps an entry out of the site; the validator still checks it. */
export const DraftSchema = field(z.boolean({ error: 'ska vara true eller false' }).optional(), {
  label: 'Utkast',
  help: 'Med `true` kontrolleras filen men publiceras inte. Ta bort raden när texten är klar.',
  example: true,
});
