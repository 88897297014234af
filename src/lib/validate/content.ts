/**
 * The validator: reads every file under `content/` on its own (not through Astro) and returns ALL
 * problems of all files. `scripts/validate.ts` prints them; `scripts/build.ts` runs the same check
 * in a process beside `astro build`, and keeps nothing Astro built unless the check passes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, SITE_FILE } from '../../schemas/index.ts';
import { ID_PATTERN, type CollectionName } from '../../schemas/fragments.ts';
import { checkBody } from './body/index.ts';
import { ALLOWLIST_FILE, classify, IMAGE_EXTENSIONS } from './files.ts';
import { splitFrontMatter } from './front-matter.ts';
import { maskPersonnummer, PERSONNUMMER_RULE, unallowedPersonnummer, type AllowlistEntry } from './personnummer.ts';
import { sortProblems, type Problem, type TextProblem } from './problem.ts';
import { findReferences, isRecord } from './schema-walk.ts';
import { didYouMean } from './suggest.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { dotted, issuesToProblems } from './zod-issues.ts';
import { MUNICIPALITY_NOT_STATED } from '../browser/team-filters.ts';
import { RESERVED_TEAM_IDS, routes } from '../routing/routes.ts';

/** A valid-so-far entry, kept for the checks across files. */
export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: unknown;
  source: YamlSource;
  /** Whether the file has text after its front matter. */
  hasBody: boolean;
}

export interface ValidationResult {
  problems: Problem[];
  /** How many files were read. */
  fileCount: number;
  /** Entries per collection, by id (the first file wins when an id is duplicated). */
  entries: Map<CollectionName, Map<string, LoadedEntry>>;
  /** The reviewed personnummer of `content/personnummer-allowlist.yaml` (empty when it is missing or wrong). */
  allowlist: AllowlistEntry[];
}

export interface ValidateOptions {
  /** The project root; paths in problems are relative to it. */
  root: string;
  /** The content folder, relative to `root`. Default `content`. */
  contentDir?: string;
}

/** A meeting's file name: its date (`YYYY-MM-DD` or `YYYY-MM`), a hyphen, then a slug. */
const MEETING_NAME = /^(\d{4}-\d{2}(?:-\d{2})?)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const AllowlistSchema = z.array(
  z.strictObject({
    /** The number as written, digits only or with separator. */
    number: z.string({ error: 'ska vara numret inom citattecken' }),
    /** The file it may appear in, relative to content/; every file when left out. */
    file: z.string().optional(),
    /** Why this number may be published (e.g. a test number from Skatteverket). */
    reason: z.string().trim().min(1, { error: 'skriv varför numret får finnas' }),
  }),
) satisfies z.ZodType<AllowlistEntry[]>;

/**
 * Validates the whole content folder.
 * @returns every problem found, sorted by file and line
 */
export function validateContent(options: ValidateOptions): ValidationResult {
  const root = options.root;
  const contentDir = options.contentDir ?? 'content';
  const absoluteContent = path.resolve(root, contentDir);
  const problems: Problem[] = [];
  const entries = new Map<CollectionName, Map<string, LoadedEntry>>();
  const lists = new Map<CollectionName, { ids: Set<string> }>();
  let allowlist: AllowlistEntry[] = [];
  const rel = (relative: string) => path.posix.join(contentDir.split(path.sep).join('/'), relative);
  const report = (file: string, items: readonly TextProblem[]) => {
    for (const item of items) problems.push({ file, ...item });
  };
  const wholeFile = (file: string, rule: string, message: string, field = 'file') =>
    problems.push({ file, line: 1, column: 1, severity: 'error', field, message, rule });

  // The allowlist first, so every other file is scanned against it.
  const files = listFiles(absoluteContent).sort((a, b) => Number(b === ALLOWLIST_FILE) - Number(a === ALLOWLIST_FILE));
  for (const relative of files) {
    const file = rel(relative);
    const kind = classify(relative);
    if (kind.kind === 'invalid') {
      wholeFile(file, kind.rule, kind.message);
      continue;
    }
    if (kind.kind === 'image') continue;
    const text = readFileSync(path.join(absoluteContent, relative), 'utf8');
    if (text.trim().length === 0) {
      wholeFile(file, 'file-empty', 'filen är tom: fyll i den eller ta bort den');
      continue;
    }
    // The allowlist holds the reviewed numbers themselves; everything else is scanned.
    if (kind.kind !== 'allowlist') {
      for (const hit of unallowedPersonnummer(text, allowlist, relative)) {
        problems.push({
          file,
          line: hit.line,
          column: hit.column,
          severity: 'error',
          field: 'text',
          message: `texten innehåller ett personnummer eller samordningsnummer (${maskPersonnummer(hit.raw)}): ta bort det. Är det granskat och får publiceras, lägg det i content/${ALLOWLIST_FILE}`,
          rule: PERSONNUMMER_RULE,
        });
      }
    }

    switch (kind.kind) {
      case 'guide':
        break;
      case 'allowlist': {
        const source = parseYaml(text);
        report(file, source.problems);
        if (source.data === undefined) break;
        const parsed = AllowlistSchema.safeParse(source.data);
        if (parsed.success) allowlist = parsed.data;
        else report(file, issuesToProblems(AllowlistSchema, source.data, parsed.error.issues, source));
        break;
      }
      case 'site': {
        const source = parseYaml(text);
        report(file, source.problems);
        if (source.data === undefined) break;
        const parsed = SITE_FILE.schema.safeParse(source.data);
        if (!parsed.success) report(file, issuesToProblems(SITE_FILE.schema, source.data, parsed.error.issues, source));
        break;
      }
      case 'list': {
        const source = parseYaml(text);
        report(file, source.problems);
        if (source.data === undefined) break;
        const schema = COLLECTIONS[kind.collection].schema;
        const parsed = schema.safeParse(source.data);
        if (!parsed.success) report(file, issuesToProblems(schema, source.data, parsed.error.issues, source));
        const ids = new Set<string>();
        if (Array.isArray(source.data)) {
          source.data.forEach((item: unknown, index) => {
            const id = isRecord(item) ? item.id : undefined;
            if (typeof id !== 'string') return;
            if (ids.has(id)) {
              problems.push({
                file,
                ...source.locate([index, 'id']),
                severity: 'error',
                field: `${index}.id`,
                message: `id "${id}" finns redan tidigare i listan: varje id får bara finnas en gång`,
                rule: 'duplicate-id',
              });
            } else if (kind.collection === 'municipalities' && id === MUNICIPALITY_NOT_STATED) {
              problems.push({
                file,
                ...source.locate([index, 'id']),
                severity: 'error',
                field: `${index}.id`,
                message: `id "${id}" är upptaget: webbplatsen använder det för exempel utan angiven kommun (${routes.teamFilter('kommun', id)}). Välj ett annat id`,
                rule: 'duplicate-id',
              });
            }
            ids.add(id);
          });
        }
        lists.set(kind.collection, { ids });
        break;
      }
      case 'entry':
        checkEntry(file, relative, text, kind.collection, kind.id, kind.extension);
        break;
    }
  }

  function checkEntry(
    file: string,
    relative: string,
    text: string,
    collection: CollectionName,
    id: string,
    extension: string,
  ) {
    const spec = COLLECTIONS[collection];
    if (spec.kind !== 'entries') return;
    const fileDate = checkFileName(file, collection, id);
    let source: YamlSource;
    let hasBody = false;
    if (spec.body) {
      const split = splitFrontMatter(text);
      report(file, split.problems);
      if (split.yaml === undefined) return;
      source = parseYaml(split.yaml, split.yamlFirstLine);
      hasBody = split.hasBody;
      if (split.hasBody) {
        const body = checkBody(split.body, extension === '.md' ? 'md' : 'mdx');
        report(file, body.problems);
        for (const image of body.images) checkImage(file, relative, image.src, image, 'body');
      }
    } else {
      source = parseYaml(text);
    }
    report(file, source.problems);
    if (source.data === undefined) return;
    if (source.data === null || !isRecord(source.data)) {
      wholeFile(file, 'type', 'fälten saknas: filen ska innehålla fält som "namn: värde"', 'front matter');
      return;
    }
    const parsed = spec.schema.safeParse(source.data);
    if (!parsed.success) report(file, issuesToProblems(spec.schema, source.data, parsed.error.issues, source));

    const data = source.data;
    if (fileDate && typeof data.date === 'string' && data.date !== fileDate) {
      problems.push({
        file,
        ...source.locate(['date']),
        severity: 'error',
        field: 'date',
        message: `datumet ${data.date} stämmer inte med filnamnets datum ${fileDate}: ändra det ena så att de blir lika`,
        rule: 'date-mismatch',
      });
    }
    const image = data.image;
    if (isRecord(image) && typeof image.src === 'string') {
      checkImage(file, relative, image.src, source.locate(['image', 'src']), 'image.src');
    }

    const byId = entries.get(collection) ?? new Map<string, LoadedEntry>();
    entries.set(collection, byId);
    const earlier = byId.get(id);
    if (earlier) {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        field: 'file',
        message: `id "${id}" finns redan i ${earlier.file}: två filer kan inte ha samma namn (bara filändelsen skiljer); byt namn på den ena`,
        rule: 'duplicate-id',
      });
      return;
    }
    byId.set(id, { collection, id, file, data, source, hasBody });
  }

  function checkFileName(file: string, collection: CollectionName, id: string): string | undefined {
    if (collection === 'meetings') {
      const match = MEETING_NAME.exec(id);
      if (!match) {
        wholeFile(
          file,
          'file-name',
          'filnamnet ska börja med träffens datum och sedan ett kort namn, till exempel 2020-09-21-goda-exempel.mdx (små bokstäver a–z, siffror, bindestreck)',
        );
        return undefined;
      }
      return match[1];
    }
    if (!ID_PATTERN.test(id)) {
      wholeFile(
        file,
        'file-name',
        `filnamnet "${id}" får bara innehålla små bokstäver a–z, siffror och bindestreck (inga å, ä, ö eller mellanslag), till exempel ${suggestId(id)}`,
      );
    } else if (collection === 'teams' && RESERVED_TEAM_IDS.has(id)) {
      wholeFile(
        file,
        'file-name',
        `filnamnet "${id}" är upptaget: adresser som börjar med /exempel/${id}/ används redan av webbplatsen (listans sidor och filter). Välj ett annat namn, till exempel ${id}-team`,
      );
    }
    return undefined;
  }

  function checkImage(
    file: string,
    relative: string,
    src: string,
    at: { line: number; column: number },
    field: string,
  ) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
      problems.push({
        file,
        ...at,
        severity: 'error',
        field,
        message: 'bilder ska ligga i content/, inte hämtas från en annan webbplats',
        rule: 'image-missing',
      });
      return;
    }
    const target = path.resolve(absoluteContent, path.dirname(relative), decodeURI(src.split(/[?#]/)[0] ?? ''));
    const inside = target.startsWith(absoluteContent + path.sep);
    const extension = path.extname(target);
    if (!inside || !existsSync(target) || !statSync(target).isFile()) {
      problems.push({
        file,
        ...at,
        severity: 'error',
        field,
        message: `bildfilen "${src}" finns inte (sökvägen räknas från filens mapp)`,
        rule: 'image-missing',
      });
    } else if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
      problems.push({
        file,
        ...at,
        severity: 'error',
        field,
        message: `bilder kan vara ${IMAGE_EXTENSIONS.join(', ')}`,
        rule: 'image-missing',
      });
    }
  }

  // References across files: every id must exist in its collection.
  const idsOf = (collection: CollectionName): Set<string> =>
    lists.get(collection)?.ids ?? new Set(entries.get(collection)?.keys() ?? []);
  for (const byId of entries.values()) {
    for (const entry of byId.values()) {
      const schema = COLLECTIONS[entry.collection].schema;
      for (const found of findReferences(schema, entry.data)) {
        if (typeof found.value !== 'string') continue;
        const known = idsOf(found.collection);
        if (known.has(found.value)) continue;
        problems.push({
          file: entry.file,
          ...entry.source.locate(found.path),
          severity: 'error',
          field: dotted(found.path),
          message: `"${found.value}" finns inte bland ${COLLECTION_LABELS[found.collection]}${didYouMean(found.value, known)}`,
          rule: 'reference',
        });
      }
    }
  }

  return { problems: dedupe(sortProblems(problems)), fileCount: files.length, entries, allowlist };
}

/** Where an editor finds each collection, for messages. */
const COLLECTION_LABELS: Record<CollectionName, string> = {
  meetings: 'träffarna i content/meetings/',
  series: 'omgångarna i content/series/',
  teams: 'teamen i content/teams/',
  people: 'personerna i content/people/',
  plans: 'handlingsplanerna i content/plans/',
  municipalities: 'kommunerna i content/municipalities.yaml',
  focusAreas: 'fokusområdena i content/focus-areas.yaml',
};

/** Every file below `dir`, relative to it, with forward slashes, sorted. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile() || dirent.isSymbolicLink())
    .map((dirent) => path.relative(dir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'))
    .sort();
}

function suggestId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!id) return 'mitt-inlagg';
  return RESERVED_TEAM_IDS.has(id) ? `${id}-team` : id;
}

/** The zod check and the reference check may both flag one value; keep the clearer one. */
function dedupe(problems: Problem[]): Problem[] {
  const referenced = new Set(problems.filter((p) => p.rule === 'reference').map((p) => `${p.file}\0${p.field}`));
  return problems.filter((p) => p.rule === 'reference' || !referenced.has(`${p.file}\0${p.field}`));
}
