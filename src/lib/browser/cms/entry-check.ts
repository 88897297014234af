/**
 * The check before the web editor saves a file: the file exactly as it will be written goes through
 * the validator's own checks of one file (src/lib/validate/checks/), so that an entry
 * `npm run validate` would reject is stopped in the editor with the same Swedish message. A problem
 * names the field by its Swedish label (from the schema's field metadata), as the form does.
 *
 * Only the pull request's checks run what needs the rest of the repository (`PR_ONLY_CHECKS`): image
 * files and their bytes, two files with one id, references to other files (the pickers offer only
 * existing entries), and the reviewed personnummer of content/personnummer-allowlist.yaml (the editor
 * checks against an empty allowlist, so an allowed number is stopped here too).
 */
import { fill } from '../../../i18n/fill.ts';
import { cms as strings } from '../../../i18n/sv/cms.ts';
import { valueInfo, type ValueInfo } from '../../../schemas/meta.ts';
import type { FileCheck } from '../../validate/check.ts';
import { dateMismatch } from '../../validate/checks/date-mismatch.ts';
import { duplicateReferences } from '../../validate/checks/duplicate-references.ts';
import { scriptText } from '../../validate/checks/script-text.ts';
import { encoding } from '../../validate/checks/encoding.ts';
import { fileEmpty } from '../../validate/checks/file-empty.ts';
import { fileKind } from '../../validate/checks/file-kind.ts';
import { fileName } from '../../validate/checks/file-name.ts';
import { frontMatter } from '../../validate/checks/front-matter.ts';
import { hasFields } from '../../validate/checks/has-fields.ts';
import { invisibleControl } from '../../validate/checks/invisible-control.ts';
import { listIds } from '../../validate/checks/list-ids.ts';
import { personnummer } from '../../validate/checks/personnummer.ts';
import { schema as schemaCheck } from '../../validate/checks/schema.ts';
import { yamlSyntax } from '../../validate/checks/yaml-syntax.ts';
import { contentFileOf } from '../../validate/file-views.ts';
import type { TextProblem } from '../../validate/problem.ts';
import { BODY_IMAGE } from './body-image.ts';

/** A zod schema, as the schemas' metadata reads it (browser code does not import astro/zod). */
type Schema = Parameters<typeof valueInfo>[0];

/**
 * The validator's checks of one file that the editor runs, in the validator's order (content.ts's
 * `FILE_CHECKS` without `PR_ONLY_CHECKS`; a test holds the two lists together).
 */
export const EDITOR_CHECKS: readonly FileCheck[] = [
  fileKind,
  encoding,
  fileEmpty,
  personnummer,
  invisibleControl,
  fileName,
  frontMatter,
  yamlSyntax,
  hasFields,
  schemaCheck,
  listIds,
  duplicateReferences,
  scriptText,
  dateMismatch,
];

/**
 * The names of the validator's checks that only the pull request's checks run: they read files on
 * disk, (the body) need Sätteri's native parser, which has no browser build without WebAssembly, or
 * (the repository) compare with the repository the build runs in.
 */
export const PR_ONLY_CHECKS = ['body', 'body-images', 'image-field', 'unique-ids', 'references', 'repository'] as const;

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
 * @returns every problem, in the order of the file; empty when the validator's checks of one file accept it
 */
export function checkEntryFile(path: string, text: string): EntryProblem[] {
  const relative = path.replace(/^\/?content\//, '');
  const file = contentFileOf('content', `content/${relative}`, relative, () => ({ text, problem: undefined }));
  const problems: TextProblem[] = [];
  for (const check of EDITOR_CHECKS) {
    if (!check.kinds.includes(file.kind.kind)) continue;
    const found = check.check(file, { allowlist: [] });
    problems.push(...found);
    if (check.final && found.length > 0) break;
  }
  problems.push(...bodyImageProblems(text));
  return described(file.schema, problems, text);
}

/**
 * The editor's image component (body-image.ts) left without its file or its alt text: the CMS does not
 * hold a component's required fields, and the body's own rules (`image-alt`, `image-missing`) run only
 * in the pull request, so the editor looks for its own syntax here.
 * @example bodyImageProblems('---\ntitle: A\n---\n![](../images/a.jpg)\n')[0]?.rule // 'image-alt'
 */
export function bodyImageProblems(text: string): TextProblem[] {
  const pattern = new RegExp(BODY_IMAGE.pattern.source, 'gm');
  return [...text.matchAll(pattern)].flatMap((match) => {
    const line = text.slice(0, match.index).split('\n').length;
    const { alt, src } = BODY_IMAGE.fromBlock(match) as { alt: string; src: string };
    const at = { field: 'body', line, column: 1, severity: 'error' as const };
    return [
      ...(src.trim() === '' ? [{ ...at, rule: 'image-missing' as const, message: strings.check.imageFile }] : []),
      ...(alt.trim() === '' ? [{ ...at, rule: 'image-alt' as const, message: strings.check.imageAlt }] : []),
    ];
  });
}

/**
 * The field a line of a file belongs to: the top-level key of the front matter at or above it, or
 * `body` after the front matter. For the checks that read the whole text (a personnummer), whose
 * problem names only a line.
 * @example fieldAtLine('---\ntitle: A\nsummary: B\n---\nText', 3) // 'summary'
 */
export function fieldAtLine(text: string, line: number): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return 'body';
  let field = 'file';
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]?.trim() === '---') return line > i + 1 ? 'body' : field;
    if (i + 1 > line) return field;
    const key = /^([A-Za-z][\w-]*):/.exec(lines[i] ?? '');
    if (key) field = key[1] as string;
  }
  return field;
}

function described(schema: Schema | undefined, problems: readonly TextProblem[], text: string): EntryProblem[] {
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((problem) => (problem.field === 'text' ? { ...problem, field: fieldAtLine(text, problem.line) } : problem))
    .map((problem) => ({
      field: problem.field,
      label: schema ? fieldLabel(schema, problem.field) : problem.field,
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
