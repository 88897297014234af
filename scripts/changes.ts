/**
 * `npm run changes -- --base <ref> [--site <url>] [--content <dir>]`: the entries a pull request
 * adds, changes and removes, with their public addresses, as Markdown (for $GITHUB_STEP_SUMMARY).
 */
import { parseArgs } from 'node:util';
import { ChangesError, describeChanges, formatChanges } from '../src/lib/editor/changes.ts';

let values: { base?: string; site?: string; content?: string };
try {
  ({ values } = parseArgs({
    options: {
      base: { type: 'string' },
      site: { type: 'string', default: process.env.SITE_URL },
      content: { type: 'string', default: process.env.BASTA_CONTENT_DIR ?? 'content' },
    },
  }));
} catch (error) {
  console.error(`Fel i flaggorna: ${(error as Error).message}`);
  console.error('Så här: npm run changes -- --base origin/main');
  process.exit(2);
}
if (!values.base) {
  console.error('Ange vad ändringarna ska jämföras med: npm run changes -- --base origin/main');
  process.exit(2);
}
try {
  process.stdout.write(formatChanges(describeChanges(process.cwd(), values.base, values.content), values.site));
} catch (error) {
  if (!(error instanceof ChangesError)) throw error;
  console.error(error.message);
  process.exit(2);
}
