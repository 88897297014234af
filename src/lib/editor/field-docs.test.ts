import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../schemas/index.ts';
import { exampleOf, field } from '../../schemas/meta.ts';
import { fieldTables, GUIDE_TABLES, markers, updateGuide } from './field-docs.ts';

const Inner = z.strictObject({
  year: field(z.number().int().min(1900), { label: 'År', help: 'Året.', example: 2024 }),
});
const Schema = z.strictObject({
  title: field(z.string().min(1).max(80), { label: 'Rubrik', help: 'Rubriken, inte `a|b`.', example: 'R' }),
  items: field(z.array(Inner).optional(), { label: 'Poster', help: 'Posterna.', example: [exampleOf(Inner)] }),
});

describe('fieldTables', () => {
  it('writes a padded table of the fields, then one for the objects inside, saying where they belong', () => {
    expect(fieldTables(Schema)).toBe(
      [
        '| Fält    | Måste finnas | Vad                                                  |',
        '| ------- | ------------ | ---------------------------------------------------- |',
        '| `title` | ja           | **Rubrik** – Rubriken, inte `a\\|b`. Högst 80 tecken. |',
        '| `items` | nej          | **Poster** – Posterna.                               |',
        '',
        'Varje sak i listan `items` (Poster) har de här fälten:',
        '',
        '| Fält   | Måste finnas | Vad                                 |',
        '| ------ | ------------ | ----------------------------------- |',
        '| `year` | ja           | **År** – Året. Till exempel `2024`. |',
      ].join('\n'),
    );
  });

  it('shows one item of a list file', () => {
    expect(fieldTables(COLLECTIONS.municipalities.schema)).toMatch(/^\| Fält +\|[\s\S]*\| `id` +\| ja/);
  });
});

describe('updateGuide', () => {
  const blocks = Object.keys(GUIDE_TABLES).map((name) => markers(name).join('\nstale\n'));

  it('rewrites what stands between each pair of markers and leaves the rest of the guide alone', () => {
    const guide = `# Guide\n\n${blocks.join('\n\ntext\n\n')}\n`;
    const updated = updateGuide(guide);
    expect(updated).not.toContain('stale');
    expect(updated.startsWith('# Guide\n\n')).toBe(true);
    expect(updated).toContain(`${markers('site')[0]}\n\n${fieldTables(GUIDE_TABLES.site!)}\n\n${markers('site')[1]}`);
    expect(updateGuide(updated)).toBe(updated);
  });

  it('refuses a guide that lacks the markers of a file type', () => {
    expect(() => updateGuide(blocks.slice(1).join('\n'))).toThrow(markers(Object.keys(GUIDE_TABLES)[0]!)[0]);
  });
});
