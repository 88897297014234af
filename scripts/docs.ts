/**
 * `npm run docs`: rewrites the field tables of the editors' guide, content/README.md, from the
 * schemas' field metadata (src/schemas/). See src/lib/editor/field-docs.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { updateGuide } from '../src/lib/editor/field-docs.ts';

const file = path.resolve(import.meta.dirname, '../content/README.md');
const before = readFileSync(file, 'utf8');
const after = updateGuide(before);
if (after === before) {
  console.log('content/README.md: fälttabellerna stämmer redan med schemana.');
} else {
  writeFileSync(file, after);
  console.log('content/README.md: fälttabellerna är uppdaterade från schemana.');
}
