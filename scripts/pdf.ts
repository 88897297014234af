/**
 * `npm run pdf -- <meeting-id>`: prints the BUILT report page to an A4 PDF, `pdf/<id>.pdf`, with the
 * site's print stylesheet in Chromium (src/lib/build/chromium.ts). Builds nothing: run `npm run build` first.
 * Options: `--dist <folder>` (the built site, default `dist`), `--out <folder>` (default `pdf`).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localAddresses } from '../src/lib/meetings/newsletter/check.ts';
import { findBrowser, missingBrowserMessage } from '../src/lib/build/chromium.ts';
import { printPdf, publicBase } from '../src/lib/meetings/newsletter/pdf.ts';
import { serve } from '../tests/e2e/server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'pdf' } },
});
const id = positionals[0];
if (!id || positionals.length > 1) {
  console.error('Ange träffens id, till exempel: npm run pdf -- 2020-09-21-goda-exempel-och-fortsatt-arbete');
  process.exit(1);
}
const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'traffar', id, 'index.html'))) {
  console.error(
    `Sidan för träffen ”${id}” finns inte i ${dist}. Kontrollera id:t (filnamnet i content/meetings/ utan .mdx) och bygg webbplatsen först med npm run build.`,
  );
  process.exit(1);
}
const browser = await findBrowser();
if (!browser) {
  console.error(missingBrowserMessage(process.platform, process.arch, process.env));
  process.exit(1);
}
const { executablePath } = browser;
const sitemap = path.join(dist, 'sitemap-index.xml');
const base = existsSync(sitemap) ? publicBase(readFileSync(sitemap, 'utf8')) : undefined;
if (base && localAddresses(`href="${base}"`).length > 0) {
  console.warn(
    `Obs: länkarna till webbplatsen går till ${base}, som bara finns på din dator. Bygg med webbplatsens riktiga adress, till exempel SITE_URL=https://example.se npm run build, innan du skickar filen.`,
  );
}
mkdirSync(path.resolve(values.out), { recursive: true });
const file = path.resolve(values.out, `${id}.pdf`);
const { server, baseUrl } = await serve(dist);
try {
  await printPdf(`${baseUrl}/traffar/${id}/`, file, executablePath, base);
} finally {
  server.close();
}
console.log(`Klart: ${path.relative(process.cwd(), file)}`);
