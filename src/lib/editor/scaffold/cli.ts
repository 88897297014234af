/**
 * `npm run new -- meeting|team|person|plan|series`: the command line. Reads the flags, asks for what
 * is required and missing (unless `--yes`), checks the whole entry against its schema, and writes a
 * new file that passes the validator as it stands. Never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { ID_PATTERN } from '../../../schemas/fragments.ts';
import { isPublished } from '../../content/published.ts';
import { didYouMean } from '../../validate/suggest.ts';
import { existingFile, fileFor, knownIds, type KnownIds } from './files.ts';
import { slugify } from '../../content/slug.ts';
import { kindSchema, SCAFFOLD_KIND_NAMES, SCAFFOLD_KINDS, type ScaffoldKind } from './kinds.ts';
import { hintFor, questionsFor, readAnswer, type Question } from './questions.ts';
import { completeValues, renderEntry } from './render.ts';

// zod's own messages (where a schema gives none) in Swedish, as in the validator.
z.config(z.locales.sv());

/** How the command talks to the editor; the terminal in scripts/new.ts, a script in tests. */
export interface ScaffoldIo {
  /** The folder the command runs in; `content/` is found from here. */
  cwd: string;
  /** Asks one question and resolves with the answer, or undefined when input has ended. */
  ask(question: string): Promise<string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

/** The longest id `npm run new` makes from a title; a longer title is cut after a whole word. */
const ID_MAX_LENGTH = 60;

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

type Flags = Record<string, string | boolean | undefined>;

/** Parses the arguments; every kind's value flags are known, so a flag of another kind is named as such. */
function parseFlags(
  args: readonly string[],
  allQuestions: Map<string, Question>,
): { flags: Flags; positionals: string[] } | { error: string } {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    yes: { type: 'boolean' },
    help: { type: 'boolean' },
    slug: { type: 'string' },
    content: { type: 'string' },
  };
  for (const flag of allQuestions.keys()) options[flag] = { type: 'string' };
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { flags: parsed.values as Flags, positionals: parsed.positionals };
  } catch (error) {
    const flag = /'(-{1,2}[^' ]+)/.exec(String((error as Error).message))?.[1];
    return { error: flag ? `Flaggan ${flag} är okänd eller saknar ett värde.` : 'Fel i flaggorna.' };
  }
}

/** Asks until the answer is valid. @returns false when input ended */
async function ask(q: Question, io: ScaffoldIo, ids: KnownIds, set: (value: unknown) => void) {
  io.out('');
  for (const line of hintFor(q, ids)) io.out(`  ${line}`);
  for (;;) {
    const raw = await io.ask(`${q.field.label} (${q.path.join('.')}): `);
    if (raw === undefined) return false;
    const answer = readAnswer(q, raw, ids);
    if ('value' in answer) {
      set(answer.value);
      return true;
    }
    io.out(`  Fel: ${answer.error}${/[.?!]$/.test(answer.error) ? '' : '.'} Försök igen.`);
  }
}

/**
 * Runs `npm run new`. Never overwrites a file.
 * @param args the command-line arguments after `npm run new --`
 * @returns the exit code: 0 written, 1 the file exists, 2 wrong use or invalid values
 */
export async function runScaffold(args: readonly string[], io: ScaffoldIo): Promise<number> {
  const allQuestions = new Map<string, Question>();
  for (const kind of SCAFFOLD_KIND_NAMES) for (const q of questionsFor(kind)) allQuestions.set(q.flag, q);
  const parsed = parseFlags(args, allQuestions);
  if ('error' in parsed) {
    io.err(parsed.error);
    for (const line of USAGE) io.err(line);
    return 2;
  }
  const { flags, positionals } = parsed;
  const kindName = positionals[0];
  if (flags.help) {
    for (const line of USAGE) io.out(line);
    return 0;
  }
  if (!kindName || !(kindName in SCAFFOLD_KINDS) || positionals.length > 1) {
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
  const setter = (q: Question) => (value: unknown) => {
    if (q.path.length === 1) values[q.path[0]] = value;
    else values[q.path[0]] = { ...(values[q.path[0]] as object | undefined), [q.path[1]]: value };
  };

  const errors: string[] = [];
  for (const q of questions) {
    const raw = flags[q.flag];
    if (typeof raw !== 'string') continue;
    const answer = readAnswer(q, raw, ids);
    if ('error' in answer) errors.push(`--${q.flag}: ${answer.error}`);
    else setter(q)(answer.value);
  }
  if (errors.length > 0) {
    for (const line of errors) io.err(line);
    return 2;
  }

  const missing = questions.filter((q) => q.required && typeof flags[q.flag] !== 'string');
  if (missing.length > 0 && flags.yes) {
    io.err(`Det här måste fyllas i: ${missing.map((q) => `--${q.flag} (${q.field.label})`).join(', ')}.`);
    return 2;
  }
  if (missing.length > 0) io.out(`Ny fil för ${SCAFFOLD_KINDS[kind].noun}. Svara på frågorna (Ctrl+C avbryter).`);
  for (const q of missing) {
    if (!(await ask(q, io, ids, setter(q)))) {
      io.err('Avbrutet: ingen fil skapades.');
      return 2;
    }
  }

  const complete = completeValues(kind, values);
  const whole = kindSchema(kind).safeParse(complete);
  if (!whole.success) {
    for (const issue of whole.error.issues) io.err(`${issue.path.join('.') || kind}: ${issue.message}`);
    return 2;
  }

  const slug =
    typeof flags.slug === 'string'
      ? flags.slug
      : slugify(String(values[SCAFFOLD_KINDS[kind].slugFrom] ?? ''), ID_MAX_LENGTH);
  if (!ID_PATTERN.test(slug)) {
    io.err(`Filnamnet "${slug}" går inte: använd små bokstäver a–z, siffror och bindestreck (välj ett med --slug).`);
    return 2;
  }
  const relative = fileFor(kind, slug, values);
  const shown = (file: string) => path.posix.join(contentDir.split(path.sep).join('/'), file);
  const existing = existingFile(kind, relative, contentRoot);
  if (existing) {
    io.err(
      `Filen ${shown(existing)} finns redan, och den skrivs inte över. Öppna den och ändra i den, eller välj ett annat namn med --slug.`,
    );
    return 1;
  }
  const target = path.join(contentRoot, relative);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, renderEntry(kind, complete, ids), { flag: 'wx' });
  io.out('');
  io.out(`Skapade ${shown(relative)}`);
  if (!isPublished(complete) && values.draft === undefined) {
    io.out('Filen är ett utkast (draft: true) tills du har fyllt i den; ta sedan bort raden draft.');
  }
  io.out('Nästa steg: fyll i filen, titta på den med npm run dev och kontrollera den med npm run validate.');
  return 0;
}
