/**
 * Splits a Markdown/MDX file into its YAML front matter and its body, keeping line numbers: the
 * body text has the front matter lines blanked, so positions in it are positions in the file.
 */
import type { TextProblem } from './problem.ts';

export interface SplitFile {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  yaml: string | undefined;
  /** The file line on which the YAML starts. */
  yamlFirstLine: number;
  /** The whole file with the front matter replaced by empty lines. */
  body: string;
  /** Whether the body holds anything but white space. */
  hasBody: boolean;
  problems: TextProblem[];
}

const FENCE = /^---[ \t]*$/;

/**
 * @param text the file's text
 * @example splitFrontMatter('---\ntitle: A\n---\nText').yaml // 'title: A'
 */
export function splitFrontMatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      yaml: undefined,
      yamlFirstLine: 1,
      body: text,
      hasBody: text.trim().length > 0,
      problems: [
        {
          line: 1,
          column: 1,
          severity: 'error',
          field: 'front matter',
          message: 'filen ska börja med en rad med tre bindestreck (---), fälten och en rad till med ---',
          rule: 'front-matter',
        },
      ],
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    return {
      yaml: undefined,
      yamlFirstLine: 2,
      body: '',
      hasBody: false,
      problems: [
        {
          line: 1,
          column: 1,
          severity: 'error',
          field: 'front matter',
          message: 'fälten i början av filen avslutas aldrig: lägg till en rad med tre bindestreck (---) efter dem',
          rule: 'front-matter',
        },
      ],
    };
  }
  const rest = lines.slice(close + 1);
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: '\n'.repeat(close + 1) + rest.join('\n'),
    hasBody: rest.some((line) => line.trim().length > 0),
    problems: [],
  };
}
