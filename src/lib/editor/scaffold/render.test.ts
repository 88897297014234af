import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KnownIds } from './files.ts';
import { kindFields, SCAFFOLD_KIND_NAMES } from './kinds.ts';
import { completeValues, exampleFor, explain, renderEntry, scalar, yamlField } from './render.ts';

const ids: KnownIds = new Map([
  ['people', ['ida-erixon']],
  ['series', ['leva-pa-barn-och-unga']],
]);

/** The YAML of a rendered file: the front matter of an MDX file, or the whole YAML file. */
const yamlOf = (text: string) => /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? text;

/** The commented-out example of `key`: from its line `# key:` to the next blank line, comment marks removed. */
function commentedExample(yaml: string, key: string): unknown {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`# ${key}:`));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('#'));
  const block = lines.slice(start, end < 0 ? undefined : end).map((line) => line.replace(/^# ?/, ''));
  return (parse(block.join('\n')) as Record<string, unknown>)[key];
}

describe('renderEntry', () => {
  const meeting = { title: 'Goda exempel', date: '2031-05-23', summary: 'Teamen berättade om sina tester i år.' };

  it('writes the given values as fields, which read back as the same values', () => {
    expect(parse(yamlOf(renderEntry('meeting', meeting, ids)))).toEqual(meeting);
  });

  it('explains every field with its label, help and rules from the schema, above the field', () => {
    const text = renderEntry('meeting', meeting, ids);
    expect(text).toContain(
      '# Sammanfattning: En eller två meningar som visas i listor, sökresultat, flöden och nyhetsbrev. 30–300 tecken.\nsummary: ',
    );
    expect(text).toContain('# Tid (valfritt): När träffen börjar och slutar, som TT:MM–TT:MM.\n# time: "13:00–16:00"');
  });

  it('explains the fields inside lists of objects, and each alternative of a union', () => {
    const text = renderEntry('meeting', meeting, ids);
    expect(text).toContain('#   captions – Undertexter: true om filmen har undertexter, annars false.');
    expect(text).toContain('#   Talare utifrån: En talare utan egen fil, skriven med namn.');
    expect(text).toContain('#     role – Roll (valfritt): Talarens roll eller befattning.');
  });

  it.each(SCAFFOLD_KIND_NAMES)(
    'writes every field of %s not given as a commented-out example that reads as a valid value',
    (kind) => {
      const fields = kindFields(kind);
      const yaml = yamlOf(renderEntry(kind, {}, ids));
      for (const [key, field] of Object.entries(fields)) {
        const example = commentedExample(yaml, key);
        expect(example, `${kind}.${key}`).toBeDefined();
        expect(field.schema.safeParse(example).error?.issues, `${kind}.${key}`).toBeUndefined();
      }
    },
  );

  it('keeps the body of an MDX file below its front matter, and a YAML file without one', () => {
    expect(renderEntry('meeting', meeting, ids)).toMatch(/^---\n[\s\S]*\n---\n\n$/);
    expect(renderEntry('person', { name: 'Kim' }, ids)).not.toContain('---');
  });
});

describe('exampleFor', () => {
  it('puts an id that exists in place of the example’s placeholder id, also inside objects', () => {
    const fields = kindFields('meeting');
    expect(exampleFor(fields.series!, ids)).toBe('leva-pa-barn-och-unga');
    expect(exampleFor(fields.contacts!, ids)).toEqual(['ida-erixon']);
    expect((exampleFor(fields.speakers!, ids) as Array<{ person?: string }>)[0]?.person).toBe('ida-erixon');
  });

  it('keeps the placeholder id when the collection has no entries yet', () => {
    expect(exampleFor(kindFields('meeting').teams!, ids)).toEqual(['teamets-namn']);
  });
});

describe('explain', () => {
  it('marks an optional field and writes the help as plain text', () => {
    expect(explain(kindFields('person').coach!)).toBe(
      'Coach (valfritt): true om personen är en av nätverkets coacher.',
    );
  });
});

describe('YAML values', () => {
  it.each([
    ['2024-05-23', '"2024-05-23"'],
    ['070-123 45 67', '"070-123 45 67"'],
    ['no', '"no"'],
    ['../images/bild.jpg', '"../images/bild.jpg"'],
    ['Goda exempel: del 2', '"Goda exempel: del 2"'],
    [3, '3'],
  ])('writes %j as %s, so every YAML reader reads it back the same', (value, yaml) => {
    expect(scalar(value)).toBe(yaml);
  });

  it('writes lists of objects with their fields under the dash', () => {
    expect(yamlField('links', [{ title: 'A', url: 'https://example.com/' }])).toEqual([
      'links:',
      '  - title: A',
      '    url: https://example.com/',
    ]);
  });
});

describe('completeValues', () => {
  it('gives a new plan without a matrix or goals one row to fill in, and keeps it a draft', () => {
    expect(completeValues('plan', { title: 'P' })).toMatchObject({
      rows: [{ area: 'Skriv området här' }],
      draft: true,
    });
    expect(completeValues('plan', { title: 'P', goals: [] })).toEqual({ title: 'P', goals: [] });
    expect(completeValues('meeting', { title: 'M' })).toEqual({ title: 'M' });
  });
});
