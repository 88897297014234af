/**
 * The check before the web editor saves a file: the file exactly as it will be written, put through
 * the validator's own checks (validator.ts), so that an entry the validator would reject is stopped
 * in the editor with the validator's Swedish message. A problem names the field by its Swedish label
 * (from the schema's field metadata), as the form does.
 */
import { fill } from '../../../i18n/fill.ts';
import { cms as strings } from '../../../i18n/sv/cms.ts';
import { ID_PATTERN, type CollectionName } from '../../../schemas/fragments.ts';
import { COLLECTIONS, SITE_FILE } from '../../../schemas/index.ts';
import { valueInfo, type ValueInfo } from '../../../schemas/meta.ts';

/** A zod schema, as the schemas' metadata reads it (browser code does not import astro/zod). */
type Schema = Parameters<typeof valueInfo>[0];
import { RESERVED_TEAM_IDS } from '../../routing/routes.ts';
import {
  checkBody,
  issuesToProblems,
  maskPersonnummer,
  parseYaml,
  splitFrontMatter,
  unallowedPersonnummer,
  type TextProblem,
} from './validator.ts';

/** A problem as the editor is told it: the field's label and the validator's message. */
export interface EntryProblem {
  /** The validator's dotted path (`speakers.0.person`), `body`, or `file`. */
  field: string;
  /** The field's Swedish label path, e.g. `Talare 1 › Person`. */
  label: string;
  message: string;
  /** The validator's rule id. */
  rule: string;
}

/** What a path under `content/` is: an entry of a collection, a list file or the site file. */
type Target =
  | { kind: 'entry'; collection: CollectionName; id: string; extension: string; schema: Schema; body: boolean }
  | { kind: 'yaml'; schema: Schema };

/** A meeting's file name: its date (`YYYY-MM-DD` or `YYYY-MM`), a hyphen, then a slug (as content.ts). */
const MEETING_NAME = /^(\d{4}-\d{2}(?:-\d{2})?)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** What `path` (relative to the project) is, or undefined when the editor does not write such files. */
export function targetOf(path: string): Target | undefined {
  const relative = path.replace(/^\/?content\//, '');
  if (relative === SITE_FILE.file) return { kind: 'yaml', schema: SITE_FILE.schema };
  for (const [collection, spec] of Object.entries(COLLECTIONS) as Array<
    [CollectionName, (typeof COLLECTIONS)[CollectionName]]
  >) {
    if (spec.kind === 'list') {
      if (relative === spec.file) return { kind: 'yaml', schema: spec.schema };
      continue;
    }
    const match = new RegExp(`^${spec.dir}/([^/]+?)(\\.[^./]+)$`).exec(relative);
    if (match) {
      return {
        kind: 'entry',
        collection,
        id: match[1] as string,
        extension: match[2] as string,
        schema: spec.schema,
        body: spec.body,
      };
    }
  }
  return undefined;
}

const wholeFile = (message: string): TextProblem => ({
  line: 1,
  column: 1,
  severity: 'error',
  field: 'file',
  message,
  rule: 'file-name',
});

/** The file-name rules of the validator (content.ts): ids, a meeting's date first, the team ids the site uses. */
export function fileNameProblems(collection: CollectionName, id: string, data: unknown): TextProblem[] {
  if (collection === 'meetings') {
    const match = MEETING_NAME.exec(id);
    if (!match) {
      return [
        wholeFile(
          'filnamnet ska börja med träffens datum och sedan ett kort namn, till exempel 2020-09-21-goda-exempel.mdx (små bokstäver a–z, siffror, bindestreck)',
        ),
      ];
    }
    const date = (data as { date?: unknown } | undefined)?.date;
    if (typeof date === 'string' && date !== match[1]) {
      return [
        {
          ...wholeFile(
            `datumet ${date} stämmer inte med filnamnets datum ${match[1]}: ändra det ena så att de blir lika`,
          ),
          field: 'date',
          rule: 'date-mismatch',
        },
      ];
    }
    return [];
  }
  if (!ID_PATTERN.test(id)) {
    return [
      wholeFile(
        `filnamnet "${id}" får bara innehålla små bokstäver a–z, siffror och bindestreck (inga å, ä, ö eller mellanslag)`,
      ),
    ];
  }
  if (collection === 'teams' && RESERVED_TEAM_IDS.has(id)) {
    return [wholeFile(`filnamnet "${id}" är upptaget av webbplatsen: välj ett annat namn, till exempel ${id}-team`)];
  }
  return [];
}

/**
 * The Swedish labels along a dotted path of a schema: `speakers.0.person` → `Talare 1 › Person`.
 * @example fieldLabel(MeetingSchema, 'summary') // 'Sammanfattning'
 */
export function fieldLabel(schema: Schema, path: string): string {
  if (path === 'body') return strings.check.body;
  if (path === 'file') return strings.check.file;
  const labels: string[] = [];
  let info: ValueInfo | undefined = valueInfo(schema);
  for (const segment of path.split('.')) {
    if (!info) break;
    if (/^\d+$/.test(segment)) {
      if (labels.length > 0) labels[labels.length - 1] += ` ${Number(segment) + 1}`;
      info = info.item;
      continue;
    }
    const fields: ValueInfo['fields'] =
      info.fields ?? info.variants?.find((variant) => variant.fields?.[segment])?.fields;
    const field = fields?.[segment];
    labels.push(field?.label ?? segment);
    info = field;
  }
  return labels.join(' › ') || path;
}

/**
 * Checks a file as the web editor is about to write it.
 * @param path the file's path relative to the project, e.g. `content/meetings/2025-05-20-traff.mdx`
 * @param text the file's whole text
 * @returns every problem, in the order of the file; empty when the validator would accept the file
 */
export function checkEntryFile(path: string, text: string): EntryProblem[] {
  const target = targetOf(path);
  if (!target) return [];
  const problems: TextProblem[] = [];
  for (const hit of unallowedPersonnummer(text, [])) {
    problems.push({
      line: hit.line,
      column: hit.column,
      severity: 'error',
      field: 'text',
      message: `texten innehåller ett personnummer eller samordningsnummer (${maskPersonnummer(hit.raw)}): ta bort det`,
      rule: 'personnummer',
    });
  }
  let yaml = text;
  let firstLine = 1;
  if (target.kind === 'entry' && target.body) {
    const split = splitFrontMatter(text);
    problems.push(...split.problems);
    if (split.yaml === undefined) return described(target.schema, problems);
    yaml = split.yaml;
    firstLine = split.yamlFirstLine;
    if (split.hasBody) problems.push(...checkBody(split.body, target.extension === '.md' ? 'md' : 'mdx').problems);
  }
  const source = parseYaml(yaml, firstLine);
  problems.push(...source.problems);
  if (source.data !== undefined) {
    const parsed = target.schema.safeParse(source.data);
    if (!parsed.success) problems.push(...issuesToProblems(target.schema, source.data, parsed.error.issues, source));
  }
  if (target.kind === 'entry') problems.push(...fileNameProblems(target.collection, target.id, source.data));
  return described(target.schema, problems);
}

function described(schema: Schema, problems: readonly TextProblem[]): EntryProblem[] {
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((problem) => ({
      field: problem.field,
      label: fieldLabel(schema, problem.field),
      message: problem.message,
      rule: problem.rule,
    }));
}

/** What the editor is told when a save is stopped: one line per problem. */
export function problemsMessage(problems: readonly EntryProblem[]): string {
  return [
    strings.check.intro,
    ...problems.map(
      (problem) => `• ${fill(strings.check.problem, { field: problem.label, message: problem.message })}`,
    ),
  ].join('\n');
}
