/**
 * `npm run new -- meeting|team|person|plan|series`: writes a new content file that passes the
 * validator as it stands, with every optional field of the schema present as a commented-out line
 * and a Swedish explanation. The field list comes from the zod schemas in `src/schemas/`; the Swedish
 * help per field is kept in `FIELD_HELP`, whose keys a test holds equal to the schemas' keys.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parse as parseYamlText, stringify } from 'yaml';
import { COLLECTIONS } from '../../schemas/index.ts';
import { ID_PATTERN, referencedCollection, type CollectionName } from '../../schemas/fragments.ts';
import { MEETING_KINDS } from '../../schemas/meeting.ts';
import { ROW_STATUSES } from '../../schemas/plan.ts';
import { TEAM_STATUSES } from '../../schemas/team.ts';
import { defOf, unwrap } from '../validate/schema-walk.ts';
import { didYouMean } from '../validate/suggest.ts';
import { isPublished } from '../content/published.ts';

// zod's own messages (where a schema gives none) in Swedish, as in the validator.
z.config(z.locales.sv());

/** What `npm run new` can create, and the collection each kind belongs to. */
export const SCAFFOLD_KINDS = {
  meeting: { collection: 'meetings', noun: 'en träff', slugFrom: 'title' },
  team: { collection: 'teams', noun: 'ett gott exempel (team)', slugFrom: 'name' },
  person: { collection: 'people', noun: 'en kontaktperson', slugFrom: 'name' },
  plan: { collection: 'plans', noun: 'en handlingsplan', slugFrom: 'title' },
  series: { collection: 'series', noun: 'en omgång av nätverket', slugFrom: 'name' },
} as const satisfies Record<string, { collection: CollectionName; noun: string; slugFrom: string }>;

export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;
export const SCAFFOLD_KIND_NAMES = Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[];

/** The Swedish help for one field: a short label for questions, one explanation, and an example. */
export interface FieldHelp {
  /** A short name in Swedish, used in questions ("Rubrik"). */
  label: string;
  /** One or two sentences for the comment above the field. */
  help: string;
  /**
   * The field as YAML, shown commented out when the field is optional. `<people>`, `<teams>` …
   * stand for an id of that collection and are filled in from the content folder.
   */
  example: string;
  /** For a field holding an object (`period`, `image`): a short Swedish name for each of its fields. */
  parts?: Record<string, string>;
}

const REFERENCE_HINT = 'Skriv id:t, alltså filens namn utan filändelse.';

/**
 * The Swedish explanation of every field, per kind, in the schema's order. A test checks that the
 * keys are exactly the schema's keys, so a field added to a schema cannot be forgotten here.
 */
export const FIELD_HELP: Record<ScaffoldKind, Record<string, FieldHelp>> = {
  meeting: {
    title: {
      label: 'Rubrik',
      help: 'Träffens rubrik, till exempel "Goda exempel och fortsatt arbete".',
      example: 'title: Goda exempel och fortsatt arbete',
    },
    date: {
      label: 'Datum',
      help: 'Träffens datum som ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM om bara månaden är känd). Samma datum som i filnamnet.',
      example: 'date: "2024-05-23"',
    },
    time: {
      label: 'Tid',
      help: 'När träffen börjar och slutar, som TT:MM–TT:MM.',
      example: 'time: "13:00–16:00"',
    },
    place: {
      label: 'Plats',
      help: 'Var träffen hålls. Skriv bara det du vet: sidan säger själv att platsen saknas.',
      example: 'place: Stora salen, Storgatan 1',
    },
    online: {
      label: 'Digitalt',
      help: 'Den digitala mötesplatsen, till exempel Zoom eller Teams ("Digitalt" om tjänsten inte är känd).',
      example: 'online: Zoom',
    },
    series: {
      label: 'Omgång',
      help: `Den omgång av nätverket som träffen hör till (en fil i content/series/). ${REFERENCE_HINT}`,
      example: 'series: <series>',
    },
    session: {
      label: 'Nummer i omgången',
      help: 'Träffens nummer i omgången: 1 för den första träffen och så vidare.',
      example: 'session: 1',
    },
    kind: {
      label: 'Typ av träff',
      help: `Vilken sorts träff det är: ${MEETING_KINDS.join(', ')}.`,
      example: `kind: ${MEETING_KINDS[0]}`,
    },
    summary: {
      label: 'Sammanfattning',
      help: 'En eller två meningar (30–300 tecken) som visas i listor, sökresultat och flöden.',
      example: 'summary: Teamen berättade om sina tester och om hur arbetet har gått sedan förra träffen.',
    },
    speakers: {
      label: 'Talare',
      help: 'Vem som talade. En person i content/people/ skrivs med person och id:t; en talare utifrån med name (och gärna role och organisation). topic är vad talaren pratade om.',
      example: [
        'speakers:',
        '  - person: <people>',
        '    topic: Vad personen pratade om',
        '  - name: Förnamn Efternamn',
        '    role: utvecklingsledare',
        '    organisation: Organisationens namn',
      ].join('\n'),
    },
    teams: {
      label: 'Team',
      help: `Teamen som presenterade (filer i content/teams/). ${REFERENCE_HINT}`,
      example: 'teams:\n  - <teams>',
    },
    municipalities: {
      label: 'Kommuner',
      help: 'Kommunerna som träffen gäller, som id från content/municipalities.yaml.',
      example: 'municipalities:\n  - <municipalities>',
    },
    focusAreas: {
      label: 'Fokusområden',
      help: 'Fokusområdena som träffen gäller, som id från content/focus-areas.yaml.',
      example: 'focusAreas:\n  - <focusAreas>',
    },
    videos: {
      label: 'Filmer',
      help: 'Filmer från träffen, från vimeo.com, youtube.com eller youtu.be. captions är true om filmen har undertexter, annars false (filmer utan undertexter listas i tillgänglighetsredogörelsen).',
      example: [
        'videos:',
        '  - title: Vad filmen visar',
        '    url: https://vimeo.com/123456789',
        '    captions: false',
      ].join('\n'),
    },
    links: {
      label: 'Länkar',
      help: 'Fler länkar, med en text som säger vart länken leder.',
      example: [
        'links:',
        '  - title: Presentationen från träffen',
        '    url: https://example.com/presentation.pdf',
      ].join('\n'),
    },
    contacts: {
      label: 'Kontaktpersoner',
      help: `Vem man kan kontakta om träffen (filer i content/people/). ${REFERENCE_HINT}`,
      example: 'contacts:\n  - <people>',
    },
    draft: {
      label: 'Utkast',
      help: 'Med draft: true kontrolleras filen men publiceras inte. Ta bort raden när texten är klar.',
      example: 'draft: true',
    },
  },
  team: {
    name: {
      label: 'Namn',
      help: 'Teamets namn, till exempel "Stärkt föräldraskapsstöd".',
      example: 'name: Stärkt föräldraskapsstöd',
    },
    summary: {
      label: 'Sammanfattning',
      help: 'En eller två meningar som visas i listor och sökresultat.',
      example: 'summary: Teamet testar nya sätt att nå föräldrar med stöd tidigt.',
    },
    municipalities: {
      label: 'Kommuner',
      help: 'Kommunerna som teamet arbetar i, som id från content/municipalities.yaml (hela-lanet för team i hela länet). Säger ingen källa vilken kommun, skriv municipalities: [] (gissa aldrig): sidan visar då att kommunen inte är angiven.',
      example: 'municipalities:\n  - <municipalities>',
    },
    organisations: {
      label: 'Verksamheter',
      help: 'Verksamheterna som är med, till exempel Barnhälsovården, Skolan eller Socialtjänsten. Minst en.',
      example: 'organisations:\n  - Barnhälsovården\n  - Socialtjänsten',
    },
    focusAreas: {
      label: 'Fokusområden',
      help: 'Fokusområdena som teamet arbetar med, som id från content/focus-areas.yaml. Minst ett.',
      example: 'focusAreas:\n  - <focusAreas>',
    },
    status: {
      label: 'Status',
      help: `Hur långt arbetet har kommit: ${TEAM_STATUSES.join(', ')}.`,
      example: `status: ${TEAM_STATUSES[0]}`,
    },
    started: {
      label: 'Startade',
      help: 'När arbetet började, som ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM.',
      example: 'started: "2023-03"',
    },
    contacts: {
      label: 'Kontaktpersoner',
      help: `Vem man kan kontakta om teamet (filer i content/people/). ${REFERENCE_HINT}`,
      example: 'contacts:\n  - <people>',
    },
    image: {
      label: 'Bild',
      help: 'En bild på arbetet. Lägg bildfilen i content/images/. alt beskriver vad bilden visar, för den som inte ser den. Har bilden personer på sig behöver de ha sagt ja till att den publiceras.',
      example: 'image:\n  src: ../images/bildens-namn.jpg\n  alt: Beskriv vad bilden visar',
      parts: { src: 'Bildfil', alt: 'Alt-text' },
    },
    draft: {
      label: 'Utkast',
      help: 'Med draft: true kontrolleras filen men publiceras inte. Ta bort raden när texten är klar.',
      example: 'draft: true',
    },
  },
  person: {
    name: {
      label: 'Namn',
      help: 'För- och efternamn.',
      example: 'name: Förnamn Efternamn',
    },
    title: {
      label: 'Befattning',
      help: 'Befattning, till exempel folkhälsoutvecklare. Utelämna den om källan inte säger den.',
      example: 'title: folkhälsoutvecklare',
    },
    organisation: {
      label: 'Arbetsplats',
      help: 'Var personen arbetar: förvaltning eller avdelning och organisation.',
      example: 'organisation: Organisationens namn',
    },
    email: {
      label: 'E-post',
      help: 'E-postadress i tjänsten.',
      example: 'email: fornamn.efternamn@example.se',
    },
    phone: {
      label: 'Telefon',
      help: 'Telefonnummer i tjänsten, inom citattecken.',
      example: 'phone: "070-123 45 67"',
    },
    coach: {
      label: 'Coach',
      help: 'Skriv coach: true om personen är en av nätverkets coacher.',
      example: 'coach: true',
    },
  },
  plan: {
    title: {
      label: 'Rubrik',
      help: 'Planens rubrik, till exempel "Handlingsplan 2024–2025".',
      example: 'title: Handlingsplan 2024–2025',
    },
    summary: {
      label: 'Sammanfattning',
      help: 'En eller två meningar som visas i listor och sökresultat.',
      example: 'summary: Så samverkar kommunerna och regionen för barns och ungas hälsa under två år.',
    },
    period: {
      label: 'Period',
      help: 'Åren som planen gäller: start är första året och end sista året.',
      example: 'period:\n  start: 2024\n  end: 2025',
      parts: { start: 'Första året', end: 'Sista året' },
    },
    owner: {
      label: 'Ägare',
      help: 'Vem som äger planen, till exempel "Strategigrupp Barn och unga".',
      example: 'owner: Strategigrupp Barn och unga',
    },
    revised: {
      label: 'Reviderad',
      help: 'När planen senast reviderades, som ÅÅÅÅ-MM-DD.',
      example: 'revised: "2024-10-21"',
    },
    signatories: {
      label: 'Undertecknad av',
      help: 'Vilka som har skrivit under planen.',
      example:
        'signatories:\n  - name: Förnamn Efternamn\n    title: förvaltningschef\n    organisation: Organisationens namn',
    },
    rows: {
      label: 'Matris',
      help: `Matrisen, en rad per aktivitet: area (OMRÅDE), services (VERKSAMHETER), goal (MÅL), measure (MÅTT), activity (AKTIVITET), done (GENOMFÖRT) och status (${ROW_STATUSES.join(', ')}). measure, done, status och focusAreas kan utelämnas.`,
      example: [
        'rows:',
        '  - area: Föräldraskapsstöd',
        '    services:',
        '      - Barnhälsovården',
        '      - Socialtjänsten',
        '    goal: Fler föräldrar får stöd tidigt',
        '    measure: Antal föräldrar som deltar',
        '    activity: Gemensamma föräldragrupper',
        '    done: Hösten 2024',
        `    status: ${ROW_STATUSES[0]}`,
        '    focusAreas:',
        '      - <focusAreas>',
      ].join('\n'),
    },
    goals: {
      label: 'Mål med uppföljning',
      help: 'Mål med uppföljning år för år: changes (genomförda förändringar), results (resultat), worked (vad har fungerat bra), hard (vad har varit svårt) och milestones (viktiga milstolpar).',
      example: [
        'goals:',
        '  - title: Målet som planen skriver det',
        '    short: Kort namn på målet',
        '    focusAreas:',
        '      - <focusAreas>',
        '    followUps:',
        '      - year: 2024',
        '        changes:',
        '          - En förändring som har genomförts',
        '        results:',
        '          - Ett resultat',
        '        worked:',
        '          - Något som har fungerat bra',
        '        hard:',
        '          - Något som har varit svårt',
        '        milestones:',
        '          - En viktig milstolpe',
      ].join('\n'),
    },
    links: {
      label: 'Länkar',
      help: 'Länkar till dokument som planen hänvisar till.',
      example: 'links:\n  - title: Planen som pdf\n    url: https://example.com/handlingsplan.pdf',
    },
    contacts: {
      label: 'Kontaktpersoner',
      help: `Vem man kan kontakta om planen (filer i content/people/). ${REFERENCE_HINT}`,
      example: 'contacts:\n  - <people>',
    },
    draft: {
      label: 'Utkast',
      help: 'Med draft: true kontrolleras filen men publiceras inte. Ta bort raden när planen är klar.',
      example: 'draft: true',
    },
  },
  series: {
    name: {
      label: 'Namn',
      help: 'Omgångens namn som nätverket använder det.',
      example: 'name: Bästa platsen att leva på – barn och unga',
    },
    start: {
      label: 'Start',
      help: 'När omgången började, som ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM.',
      example: 'start: "2023-03"',
    },
    end: {
      label: 'Slut',
      help: 'När omgången slutade. Utelämna fältet så länge omgången pågår.',
      example: 'end: "2025-06"',
    },
  },
};

/** What a new plan gets when neither a matrix nor goals are given: one row to fill in, as a draft. */
const PLAN_PLACEHOLDER_ROW = {
  area: 'Skriv området här',
  services: ['Skriv verksamheten här'],
  goal: 'Skriv målet här',
  activity: 'Skriv aktiviteten här',
};

// ---------------------------------------------------------------------------------------------
// The schemas, read as data.

/** The top-level fields of a kind's schema, in the schema's order. */
export function schemaShape(kind: ScaffoldKind): Record<string, z.ZodType> {
  const schema = COLLECTIONS[SCAFFOLD_KINDS[kind].collection].schema;
  const shape = defOf(unwrap(schema)).shape;
  if (!shape) throw new Error(`Schemat för ${kind} är inget objekt`);
  return shape;
}

/** Whether a field must be filled in (its schema rejects a missing value). */
export function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success;
}

/** What an editor types for a field: one text, a number, yes/no, or a comma-separated list of texts. */
type ValueType =
  | { type: 'text'; options?: readonly string[]; references?: CollectionName }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'list'; references?: CollectionName };

function valueType(schema: z.ZodType): ValueType | undefined {
  const references = referencedCollection(schema);
  const node = unwrap(schema);
  const def = defOf(node);
  switch (def.type) {
    case 'string':
      return references ? { type: 'text', references } : { type: 'text' };
    case 'enum':
      return { type: 'text', options: Object.values(def.entries ?? {}) };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'array': {
      const element = def.element && valueType(def.element);
      if (element?.type !== 'text' || element.options) return undefined;
      return element.references ? { type: 'list', references: element.references } : { type: 'list' };
    }
    default:
      return undefined;
  }
}

/** One value that can come from a flag or a question: a field, or a field of a nested object. */
export interface Question {
  /** Path in the data, e.g. `['period', 'start']`. */
  path: [string] | [string, string];
  /** The flag, e.g. `--period-start`. */
  flag: string;
  label: string;
  help: string;
  required: boolean;
  value: ValueType;
  schema: z.ZodType;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Every value of a kind that can be given as a flag, in the schema's order. Required ones are asked
 * for when missing; lists of objects (speakers, videos …) are only written as commented examples.
 */
export function questionsFor(kind: ScaffoldKind): Question[] {
  const questions: Question[] = [];
  for (const [key, schema] of Object.entries(schemaShape(kind))) {
    const help = FIELD_HELP[kind][key];
    if (!help) continue;
    const required = isRequired(schema);
    const type = valueType(schema);
    if (type) {
      questions.push({
        path: [key],
        flag: kebab(key),
        label: help.label,
        help: help.help,
        required,
        value: type,
        schema,
      });
      continue;
    }
    const shape = defOf(unwrap(schema)).shape;
    if (defOf(unwrap(schema)).type !== 'object' || !shape) continue;
    for (const [inner, innerSchema] of Object.entries(shape)) {
      const innerType = valueType(innerSchema);
      if (!innerType) continue;
      questions.push({
        path: [key, inner],
        flag: `${kebab(key)}-${kebab(inner)}`,
        label: help.parts?.[inner] ?? `${help.label}: ${inner}`,
        help: help.help,
        required: required && isRequired(innerSchema),
        value: innerType,
        schema: innerSchema,
      });
    }
  }
  return questions;
}

// ---------------------------------------------------------------------------------------------
// Ids and file names.

/**
 * Turns a title into an id: lower case a–z, digits and single hyphens; å and ä become a, ö becomes o,
 * other accents are dropped. Long titles are cut after whole words.
 * @example slugify('Goda exempel – och fortsatt arbete!') // 'goda-exempel-och-fortsatt-arbete'
 * @example slugify('Föräldraskapsstöd i Nässjö') // 'foraldraskapsstod-i-nassjo'
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * The file a new entry is written to, relative to the content folder.
 * @example fileFor('meeting', 'goda-exempel', { date: '2020-09-21' }) // 'meetings/2020-09-21-goda-exempel.mdx'
 */
export function fileFor(kind: ScaffoldKind, slug: string, values: Record<string, unknown>): string {
  const spec = COLLECTIONS[SCAFFOLD_KINDS[kind].collection];
  if (spec.kind !== 'entries') throw new Error(`${kind} är ingen samling av filer`);
  const id = kind === 'meeting' ? `${String(values.date)}-${slug}` : slug;
  return `${spec.dir}/${id}${spec.extensions[0]}`;
}

/** The ids that exist in each collection of the content folder, for checks and hints. */
export function knownIds(contentRoot: string): Map<CollectionName, string[]> {
  const ids = new Map<CollectionName, string[]>();
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (spec.kind === 'list') {
      const file = path.join(contentRoot, spec.file);
      let data: unknown;
      try {
        data = existsSync(file) ? parseYamlText(readFileSync(file, 'utf8')) : undefined;
      } catch {
        data = undefined;
      }
      const list = Array.isArray(data) ? data : [];
      ids.set(
        name,
        list
          .map((item: unknown) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined))
          .filter((id): id is string => typeof id === 'string'),
      );
    } else {
      const dir = path.join(contentRoot, spec.dir);
      const names = existsSync(dir) ? readdirSync(dir) : [];
      const extensions: readonly string[] = spec.extensions;
      ids.set(
        name,
        names
          .filter((file) => extensions.includes(path.extname(file)))
          .map((file) => file.slice(0, -path.extname(file).length))
          .sort(),
      );
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Values from flags and answers.

/**
 * Reads what the editor typed for a question and checks it against the schema and the content's ids.
 * @returns the value, or a Swedish message saying what is wrong
 */
export function readAnswer(
  question: Question,
  raw: string,
  ids: Map<CollectionName, string[]>,
): { value: unknown } | { error: string } {
  const text = raw.trim();
  let value: unknown;
  switch (question.value.type) {
    case 'text':
      value = text;
      break;
    case 'number':
      value = text === '' || Number.isNaN(Number(text)) ? text : Number(text);
      break;
    case 'boolean':
      if (/^(ja|j|true|yes)$/i.test(text)) value = true;
      else if (/^(nej|n|false|no)$/i.test(text)) value = false;
      else return { error: 'svara ja eller nej' };
      break;
    case 'list':
      value = text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      break;
  }
  const parsed = question.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const missing = value === '' || (Array.isArray(value) && value.length === 0);
    return { error: missing ? 'får inte vara tomt' : (issue?.message ?? 'ogiltigt värde') };
  }
  const collection =
    question.value.type === 'text' || question.value.type === 'list' ? question.value.references : undefined;
  if (collection) {
    const known = ids.get(collection) ?? [];
    for (const id of Array.isArray(value) ? (value as string[]) : [value as string]) {
      if (!known.includes(id)) return { error: `"${id}" finns inte${didYouMean(id, known)}` };
    }
  }
  return { value: parsed.data };
}

/** The hint shown before a question: the explanation, the allowed values or the ids that exist. */
export function hintFor(question: Question, ids: Map<CollectionName, string[]>): string[] {
  const lines = [question.help];
  const value = question.value;
  if (value.type === 'text' && value.options) lines.push(`Välj en av: ${value.options.join(', ')}.`);
  if (value.type === 'list') lines.push('Skriv flera med kommatecken emellan.');
  if (value.type === 'boolean') lines.push('Svara ja eller nej.');
  const collection = value.type === 'text' || value.type === 'list' ? value.references : undefined;
  if (collection) lines.push(`Finns: ${(ids.get(collection) ?? []).join(', ') || '(inga ännu)'}.`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The file's text.

/** Plain YAML words that another YAML reader (Astro's js-yaml) takes for yes/no or empty. */
const YAML_1_1_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/** One scalar as YAML: texts that start with a digit or a sign are quoted, so they stay texts everywhere. */
function scalar(value: unknown): string {
  if (typeof value === 'string' && (/^[\d+.-]/.test(value) || YAML_1_1_WORDS.test(value))) {
    return JSON.stringify(value);
  }
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A field and its value as YAML lines, indented by `indent` spaces. */
function yamlField(key: string, value: unknown, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const lines = [`${pad}${key}:`];
    for (const item of value) {
      if (item !== null && typeof item === 'object') {
        const inner = Object.entries(item as Record<string, unknown>).flatMap(([k, v]) => yamlField(k, v, indent + 4));
        lines.push(`${pad}  - ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1));
      } else {
        lines.push(`${pad}  - ${scalar(item)}`);
      }
    }
    return lines;
  }
  if (value !== null && typeof value === 'object') {
    return [
      `${pad}${key}:`,
      ...Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => yamlField(k, v, indent + 2)),
    ];
  }
  return [`${pad}${key}: ${scalar(value)}`];
}

/** The example of a field with its `<collection>` placeholders replaced by ids that exist. */
export function exampleFor(help: FieldHelp, ids: Map<CollectionName, string[]>): string {
  return help.example.replace(/<(\w+)>/g, (whole, name: string) => {
    const first = ids.get(name as CollectionName)?.[0];
    return first ?? PLACEHOLDER_IDS[name as CollectionName] ?? whole;
  });
}

/** Ids shown in examples when a collection is still empty. */
const PLACEHOLDER_IDS: Record<CollectionName, string> = {
  meetings: '2024-05-23-traffens-namn',
  series: 'omgangens-namn',
  teams: 'teamets-namn',
  people: 'fornamn-efternamn',
  plans: 'planens-namn',
  municipalities: 'kommunens-id',
  focusAreas: 'fokusomradets-id',
};

const comment = (text: string) => text.split('\n').map((line) => (line ? `# ${line}` : '#'));

/**
 * Writes the text of a new entry: the given values as fields, every other field of the schema as a
 * commented-out example, each with its Swedish explanation above it.
 * @param kind what to create
 * @param values the values, by field name (nested objects as objects)
 * @param ids the ids in the content folder, for examples of references
 */
export function renderEntry(
  kind: ScaffoldKind,
  values: Record<string, unknown>,
  ids: Map<CollectionName, string[]>,
): string {
  const collection = SCAFFOLD_KINDS[kind].collection;
  const spec = COLLECTIONS[collection];
  const body = spec.kind === 'entries' && spec.body;
  const lines: string[] = [];
  lines.push(
    ...comment(
      [
        `Ny fil för ${SCAFFOLD_KINDS[kind].noun}. Rader som börjar med # är kommentarer och påverkar inte sidan.`,
        'Vill du använda ett valfritt fält: ta bort # (och mellanslaget efter) framför raderna, och fyll i.',
        'Alla fält förklaras i content/README.md. Kontrollera filen med: npm run validate',
      ].join('\n'),
    ),
  );
  for (const [key, schema] of Object.entries(schemaShape(kind))) {
    const help = FIELD_HELP[kind][key];
    if (!help) continue;
    lines.push('');
    const required = isRequired(schema);
    lines.push(...comment(`${help.label}${required ? '' : ' (valfritt)'}: ${help.help}`));
    if (values[key] !== undefined) lines.push(...yamlField(key, values[key]));
    else lines.push(...comment(exampleFor(help, ids)));
  }
  const yaml = lines.join('\n');
  if (!body) return `${yaml}\n`;
  return `---\n${yaml}\n\n# Texten skrivs i Markdown under raden med tre bindestreck (---) här nedanför.\n---\n\n`;
}

/** The values to write for `kind` beyond what the editor gave, so the file is valid from the start. */
export function completeValues(kind: ScaffoldKind, values: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'plan' && values.rows === undefined && values.goals === undefined) {
    // A plan needs a matrix or goals; one row to fill in, and kept as a draft until it is filled in.
    return { ...values, rows: [PLAN_PLACEHOLDER_ROW], draft: true };
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// The command.

export interface ScaffoldIo {
  /** The folder the command runs in; `content/` is found from here. */
  cwd: string;
  /** Asks one question and resolves with the answer, or undefined when input has ended. */
  ask(question: string): Promise<string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  'Så här skapar du en ny fil:',
  '  npm run new -- meeting   en träff (content/meetings/)',
  '  npm run new -- team      ett gott exempel (content/teams/)',
  '  npm run new -- person    en kontaktperson (content/people/)',
  '  npm run new -- plan      en handlingsplan (content/plans/)',
  '  npm run new -- series    en omgång av nätverket (content/series/)',
  'Du får frågor om det som måste fyllas i. Du kan också ge svaren som flaggor, till exempel',
  '  npm run new -- meeting --title "Goda exempel" --date 2024-05-23 --summary "…" --yes',
  '--yes frågar ingenting (för skript), --slug väljer filens namn, --content en annan innehållsmapp.',
];

/**
 * Runs `npm run new`. Never overwrites a file.
 * @param args the command-line arguments after `npm run new --`
 * @returns the exit code: 0 written, 1 the file exists, 2 wrong use or invalid values
 */
export async function runScaffold(args: readonly string[], io: ScaffoldIo): Promise<number> {
  const allQuestions = new Map<string, Question>();
  for (const kind of SCAFFOLD_KIND_NAMES) for (const q of questionsFor(kind)) allQuestions.set(q.flag, q);
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    yes: { type: 'boolean' },
    help: { type: 'boolean' },
    slug: { type: 'string' },
    content: { type: 'string' },
  };
  for (const flag of allQuestions.keys()) options[flag] = { type: 'string' };

  let parsedArgs: ReturnType<typeof parseArgs>;
  try {
    parsedArgs = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const flag = /'(-{1,2}[^' ]+)/.exec(String((error as Error).message))?.[1];
    io.err(flag ? `Flaggan ${flag} är okänd eller saknar ett värde.` : 'Fel i flaggorna.');
    for (const line of USAGE) io.err(line);
    return 2;
  }
  const flags = parsedArgs.values as Record<string, string | boolean | undefined>;
  const kindName = parsedArgs.positionals[0];
  if (flags.help) {
    for (const line of USAGE) io.out(line);
    return 0;
  }
  if (!kindName || !(kindName in SCAFFOLD_KINDS) || parsedArgs.positionals.length > 1) {
    io.err(
      kindName
        ? `Okänd typ "${kindName}"${didYouMean(kindName, SCAFFOLD_KIND_NAMES)}.`
        : 'Ange vad du vill skapa: meeting, team, person, plan eller series.',
    );
    for (const line of USAGE) io.err(line);
    return 2;
  }
  const kind = kindName as ScaffoldKind;
  const questions = questionsFor(kind);
  const ownFlags = new Set(questions.map((q) => q.flag));
  const foreign = [...allQuestions.keys()].filter((flag) => flags[flag] !== undefined && !ownFlags.has(flag));
  if (foreign.length > 0) {
    io.err(
      `${foreign.map((f) => `--${f}`).join(', ')} hör inte till ${SCAFFOLD_KINDS[kind].noun}. Det som går att ange är: ${questions.map((q) => `--${q.flag}`).join(', ')}.`,
    );
    return 2;
  }

  const contentDir = typeof flags.content === 'string' ? flags.content : (process.env.BASTA_CONTENT_DIR ?? 'content');
  const contentRoot = path.resolve(io.cwd, contentDir);
  const ids = knownIds(contentRoot);
  const values: Record<string, unknown> = {};
  const set = (q: Question, value: unknown) => {
    if (q.path.length === 1) values[q.path[0]] = value;
    else values[q.path[0]] = { ...(values[q.path[0]] as object | undefined), [q.path[1]]: value };
  };

  const errors: string[] = [];
  for (const q of questions) {
    const raw = flags[q.flag];
    if (typeof raw !== 'string') continue;
    const answer = readAnswer(q, raw, ids);
    if ('error' in answer) errors.push(`--${q.flag}: ${answer.error}`);
    else set(q, answer.value);
  }
  if (errors.length > 0) {
    for (const line of errors) io.err(line);
    return 2;
  }

  const missing = questions.filter((q) => q.required && typeof flags[q.flag] !== 'string');
  if (missing.length > 0 && flags.yes) {
    io.err(`Det här måste fyllas i: ${missing.map((q) => `--${q.flag} (${q.label})`).join(', ')}.`);
    return 2;
  }
  if (missing.length > 0) io.out(`Ny fil för ${SCAFFOLD_KINDS[kind].noun}. Svara på frågorna (Ctrl+C avbryter).`);
  for (const q of missing) {
    io.out('');
    for (const line of hintFor(q, ids)) io.out(`  ${line}`);
    for (;;) {
      const raw = await io.ask(`${q.label} (${q.path.join('.')}): `);
      if (raw === undefined) {
        io.err('Avbrutet: ingen fil skapades.');
        return 2;
      }
      const answer = readAnswer(q, raw, ids);
      if ('value' in answer) {
        set(q, answer.value);
        break;
      }
      io.out(`  Fel: ${answer.error}${/[.?!]$/.test(answer.error) ? '' : '.'} Försök igen.`);
    }
  }

  const complete = completeValues(kind, values);
  const schema = COLLECTIONS[SCAFFOLD_KINDS[kind].collection].schema;
  const whole = schema.safeParse(complete);
  if (!whole.success) {
    for (const issue of whole.error.issues) io.err(`${issue.path.join('.') || kind}: ${issue.message}`);
    return 2;
  }

  const slugSource = String(values[SCAFFOLD_KINDS[kind].slugFrom] ?? '');
  const slug = typeof flags.slug === 'string' ? flags.slug : slugify(slugSource);
  if (!ID_PATTERN.test(slug)) {
    io.err(`Filnamnet "${slug}" går inte: använd små bokstäver a–z, siffror och bindestreck (välj ett med --slug).`);
    return 2;
  }
  const relative = fileFor(kind, slug, values);
  const shown = path.posix.join(contentDir.split(path.sep).join('/'), relative);
  const spec = COLLECTIONS[SCAFFOLD_KINDS[kind].collection];
  const base = relative.slice(0, -path.extname(relative).length);
  const existing = (spec.kind === 'entries' ? spec.extensions : [])
    .map((extension) => `${base}${extension}`)
    .find((candidate) => existsSync(path.join(contentRoot, candidate)));
  if (existing) {
    io.err(
      `Filen ${path.posix.join(contentDir.split(path.sep).join('/'), existing)} finns redan, och den skrivs inte över. Öppna den och ändra i den, eller välj ett annat namn med --slug.`,
    );
    return 1;
  }
  const target = path.join(contentRoot, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, renderEntry(kind, complete, ids), { flag: 'wx' });
  io.out('');
  io.out(`Skapade ${shown}`);
  if (!isPublished(complete) && values.draft === undefined) {
    io.out('Filen är ett utkast (draft: true) tills du har fyllt i den; ta sedan bort raden draft.');
  }
  io.out('Nästa steg: fyll i filen, titta på den med npm run dev och kontrollera den med npm run validate.');
  return 0;
}
