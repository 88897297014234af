/**
 * `npm run validate [-- --format github] [-- --content <dir>]`: checks every file under content/
 * and prints every problem; exit 1 on any error.
 */
import { parseArgs } from 'node:util';
import { validateContent } from '../src/lib/validate/content.ts';
import { builtRepository } from '../src/lib/validate/checks/repository.ts';
import { formatProblem, formatSummary, type OutputFormat } from '../src/lib/validate/format.ts';
import { guideUrlFromEnv } from '../src/lib/validate/rules.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    content: { type: 'string', default: process.env.BASTA_CONTENT_DIR ?? 'content' },
  },
});

if (values.format !== 'text' && values.format !== 'github') {
  console.error(`Okänt format "${values.format}": använd --format text eller --format github.`);
  process.exit(2);
}
const format: OutputFormat = values.format;
const result = validateContent({
  root: process.cwd(),
  contentDir: values.content,
  repository: builtRepository(process.env),
});
// In GitHub Actions each annotation links to its rule in the editors' guide.
const guideUrl = format === 'github' ? guideUrlFromEnv(process.env, values.content) : undefined;
for (const problem of result.problems) console.log(formatProblem(problem, format, guideUrl));
console.log(formatSummary(result.problems, result.fileCount));
process.exitCode = result.problems.some((p) => p.severity === 'error') ? 1 : 0;
