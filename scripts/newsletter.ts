/**
 * `npm run newsletter -- <meeting-id>`: the e-mail edition of a report, `newsletter/<id>.html` and
 * its plain-text alternative `newsletter/<id>.txt`, ready to send. Builds nothing: it reads the
 * files the build wrote at `/traffar/<id>/nyhetsbrev.html` and `.txt` (the report is rendered once,
 * by the build, with src/lib/meetings/newsletter/), so run `SITE_URL=https://… npm run build` first.
 * Options: `--dist <folder>` (the built site, default `dist`), `--out <folder>` (default `newsletter`).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localAddresses } from '../src/lib/meetings/newsletter/check.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'newsletter' } },
});
const id = positionals[0];
if (!id || positionals.length > 1) {
  console.error('Ange träffens id, till exempel: npm run newsletter -- 2020-09-21-goda-exempel-och-fortsatt-arbete');
  process.exit(1);
}
const dist = path.resolve(values.dist);
const built = path.join(dist, 'traffar', id);
const sources = ['html', 'txt'].map((ext) => path.join(built, `nyhetsbrev.${ext}`));
if (!sources.every((file) => existsSync(file))) {
  console.error(
    `Nyhetsbrevet för träffen ”${id}” finns inte i ${dist}. Kontrollera id:t (filnamnet i content/meetings/ utan .mdx): träffen måste ha en rapport och får inte vara ett utkast. Bygg sedan webbplatsen med SITE_URL=https://… npm run build.`,
  );
  process.exit(1);
}
const local = localAddresses(readFileSync(sources[0] as string, 'utf8'));
if (local.length > 0) {
  console.warn(
    `Obs: länkarna går till ${local.join(', ')}, som bara finns på din dator. Bygg med webbplatsens riktiga adress, till exempel SITE_URL=https://example.se npm run build, innan du skickar brevet.`,
  );
}
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
for (const [i, ext] of ['html', 'txt'].entries()) {
  const target = path.join(out, `${id}.${ext}`);
  copyFileSync(sources[i] as string, target);
  console.log(`Klart: ${path.relative(process.cwd(), target)}`);
}
