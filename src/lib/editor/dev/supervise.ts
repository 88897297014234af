/**
 * Keeps `npm run dev` running through content errors. Astro 7 stops the dev server when the content
 * is invalid at start (its first content sync throws); later errors it survives, and the integration
 * in `integration.ts` reports them (validate-on-change.ts). So: check the content first, print every problem and wait
 * for a fix before starting Astro, and after Astro stops with an error caused by the content, wait
 * for a fix again and restart it.
 */
import path from 'node:path';
import { validateContent } from '../../validate/content.ts';
import { formatProblem, formatSummary } from '../../validate/format.ts';

export interface SuperviseIo {
  /** Starts `astro dev` and resolves with its exit code when it stops. */
  startAstro(): Promise<number>;
  /** Resolves when a file under `dir` changes (after the changes have settled). */
  nextChange(dir: string): Promise<void>;
  out(line: string): void;
}

/**
 * Runs the dev server until it stops for a reason other than the content.
 * @returns Astro's exit code
 */
export async function supervise(options: { root: string; contentDir: string }, io: SuperviseIo): Promise<number> {
  const contentRoot = path.resolve(options.root, options.contentDir);
  for (;;) {
    await waitForValidContent(options, contentRoot, io);
    const code = await io.startAstro();
    if (code === 0) return 0;
    const errors = validateContent(options).problems.filter((problem) => problem.severity === 'error');
    if (errors.length === 0) return code;
    io.out('Utvecklingsservern stannade på grund av fel i innehållet.');
  }
}

async function waitForValidContent(
  options: { root: string; contentDir: string },
  contentRoot: string,
  io: SuperviseIo,
): Promise<void> {
  for (;;) {
    const result = validateContent(options);
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (errors.length === 0) return;
    io.out('');
    for (const problem of result.problems) io.out(formatProblem(problem, 'text'));
    io.out(formatSummary(result.problems, result.fileCount));
    io.out('Rätta felen och spara filen. Servern startar så snart innehållet är rätt (Ctrl+C avslutar).');
    await io.nextChange(contentRoot);
  }
}
