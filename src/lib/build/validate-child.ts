/**
 * The content check of `npm run build`, run by scripts/build.ts as a child process beside
 * `astro build`: on a two-core machine the validator then takes the second core instead of
 * delaying Astro, and its memory (every parsed file) goes back to the system when it exits,
 * before Astro reaches its peak. It sends one `Verdict` (verdict.ts) over IPC and exits.
 */
import { contentDir } from '../content/content-dir.ts';
import { validateContent, type ValidationResult } from '../validate/content.ts';
import { builtRepository } from '../validate/checks/repository.ts';
import { formatProblem, formatSummary } from '../validate/format.ts';
import { isRecord } from '../validate/schema-walk.ts';
import type { ExpectedPage } from './pages.ts';
import { VALIDATE_CHILD_ENV, type Verdict } from './verdict.ts';
import { isPublished } from '../content/published.ts';
import { entryPage } from '../routing/routes.ts';

/**
 * The pages the content should produce: one per entry that is not a draft, in collections with pages.
 * @param entries the validator's entries
 */
export function expectedPages(entries: ValidationResult['entries']): ExpectedPage[] {
  const pages: ExpectedPage[] = [];
  for (const [collection, byId] of entries) {
    for (const entry of byId.values()) {
      const url = entryPage(collection, entry.id);
      if (!url) break;
      if (!isRecord(entry.data) || !isPublished(entry.data)) continue;
      const title = entry.data.title ?? entry.data.name;
      if (typeof title !== 'string') continue;
      pages.push({ file: entry.file, url, title });
    }
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Validates the content under `root` (the folder from `BASTA_CONTENT_DIR`, else `content/`).
 * @param root the project root; paths in the verdict are relative to it
 * @param dir the content folder, relative to `root` or absolute
 */
export function verdictFor(root: string, dir = contentDir()): Verdict {
  const started = performance.now();
  const result = validateContent({ root, contentDir: dir, repository: builtRepository(process.env) });
  return {
    errors: result.problems.filter((p) => p.severity === 'error').length,
    lines: result.problems.map((p) => formatProblem(p, 'text')),
    summary: formatSummary(result.problems, result.fileCount),
    fileCount: result.fileCount,
    pages: expectedPages(result.entries),
    allowlist: result.allowlist,
    ms: Math.round(performance.now() - started),
  };
}

// Run as the child of scripts/build.ts (forked, so `process.send` exists); importing does nothing.
const send = process.send?.bind(process);
if (send && process.env[VALIDATE_CHILD_ENV] === '1') {
  send(verdictFor(process.cwd()), () => process.disconnect?.());
}
