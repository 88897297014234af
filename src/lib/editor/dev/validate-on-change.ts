/**
 * Live content checks for `npm run dev`: runs the validator when the dev server starts and whenever
 * a file under `content/` changes, prints every problem in the terminal as
 * `file:line:col  error  field: message  (rule)`, and shows the first error in the browser through
 * Vite's error overlay. The server keeps running; fixing the file clears the overlay.
 *
 * The Astro integration (integration.ts) loads this module, and with it the validator, only when
 * the dev server starts, never in `astro build`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from '../../validate/content.ts';
import { formatProblem, formatSummary } from '../../validate/format.ts';
import type { Problem } from '../../validate/problem.ts';
import { PLUGIN } from './integration.ts';

/** Vite's error overlay message (`ErrorPayload` in Vite's types). */
export interface OverlayPayload {
  type: 'error';
  err: {
    message: string;
    stack: string;
    id: string;
    frame?: string;
    plugin: string;
    loc: { file: string; line: number; column: number };
  };
}

/** The parts of Vite's dev server the integration uses. */
export interface DevServer {
  watcher: {
    add(paths: string): unknown;
    on(event: 'all', listener: (event: string, file: string) => void): unknown;
  };
  ws: {
    send(payload: OverlayPayload | { type: 'full-reload' }): void;
    on(event: 'connection', listener: () => void): unknown;
  };
}

/** The parts of Astro's integration logger the integration uses. */
export interface DevLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Whether a changed file should run the checks again: any file inside the content folder (a new
 * image, a stray file and a deleted entry all change the result).
 * @param file the absolute path the watcher reports
 * @param contentRoot the absolute content folder
 * @example isContentChange('/p/content/meetings/a.mdx', '/p/content') // true
 */
export function isContentChange(file: string, contentRoot: string): boolean {
  const relative = path.relative(contentRoot, path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * A few lines of the file around the problem, with a marker under the column, for the overlay.
 * @param text the file's text
 * @param line 1-based
 * @param column 1-based
 */
export function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const frame: string[] = [];
  for (let number = first; number <= last; number++) {
    const marker = number === line ? '>' : ' ';
    frame.push(`${marker} ${String(number).padStart(width)} | ${lines[number - 1] ?? ''}`);
    if (number === line) frame.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return frame.join('\n');
}

/**
 * The overlay message for a problem: the field, the message and the rule, and where it is.
 * @param problem the first error
 * @param root the project root (problems carry paths relative to it)
 * @param errorCount how many errors there are in all
 * @param text the file's text, for the code frame, when it can be read
 */
export function overlayPayload(problem: Problem, root: string, errorCount = 1, text?: string): OverlayPayload {
  const file = path.resolve(root, problem.file);
  const more =
    errorCount > 1 ? `\n\n…och ${errorCount - 1} fel till. Alla står i terminalen där npm run dev körs.` : '';
  const payload: OverlayPayload = {
    type: 'error',
    err: {
      message: `Fel i innehållet: ${problem.field}: ${problem.message} (${problem.rule})${more}`,
      stack: '',
      id: file,
      plugin: PLUGIN,
      loc: { file, line: problem.line, column: problem.column },
    },
  };
  if (text !== undefined) payload.err.frame = codeFrame(text, problem.line, problem.column);
  return payload;
}

/**
 * Connects the checks to a dev server: runs them now and after each change under the content folder.
 * @returns a function that runs the checks at once (for tests)
 */
export function watchContent(
  server: DevServer,
  logger: DevLogger,
  options: { root: string; contentDir: string; delay?: number },
): () => void {
  const contentRoot = path.resolve(options.root, options.contentDir);
  let shown: OverlayPayload | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    let problems: Problem[];
    let fileCount: number;
    try {
      ({ problems, fileCount } = validateContent({ root: options.root, contentDir: options.contentDir }));
    } catch (error) {
      logger.error(`Kontrollen av innehållet gick inte att köra: ${(error as Error).message}`);
      return;
    }
    for (const problem of problems) {
      const line = formatProblem(problem, 'text');
      if (problem.severity === 'error') logger.error(line);
      else logger.warn(line);
    }
    const errors = problems.filter((problem) => problem.severity === 'error');
    const first = errors[0];
    if (first) {
      logger.error(formatSummary(problems, fileCount));
      let text: string | undefined;
      try {
        text = readFileSync(path.resolve(options.root, first.file), 'utf8');
      } catch {
        text = undefined;
      }
      shown = overlayPayload(first, options.root, errors.length, text);
      server.ws.send(shown);
    } else if (shown) {
      logger.info('Innehållet har inga fel längre.');
      shown = undefined;
      server.ws.send({ type: 'full-reload' });
    }
  };

  server.watcher.add(contentRoot);
  server.watcher.on('all', (_event, file) => {
    if (!isContentChange(file, contentRoot)) return;
    // One save can fire several events; check once when they have settled.
    clearTimeout(timer);
    timer = setTimeout(run, options.delay ?? 150);
  });
  // A page opened after the check still gets the overlay.
  server.ws.on('connection', () => {
    if (shown) server.ws.send(shown);
  });
  run();
  return run;
}
