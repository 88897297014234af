import { describe, expect, it } from 'vitest';
import { contentText as read } from '../../../../tests/fixtures/content-text.ts';
import { VARIANT_KEY } from './config.ts';
import { frontMatterFormat, SOURCE_KEY, yamlFormat } from './formats.ts';

/** The lines of `after` that differ from `before`, as `-old` / `+new` (equal line counts only). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [`-${line}`, `+${b[index]}`]));
}

describe('the web editor formats', () => {
  it.each([
    'teams/attarpsskolan.mdx',
    'plans/handlingsplan-2016-2017.mdx',
    'plans/uppfoljning-2021.mdx',
    'meetings/2023-05-23-larandeseminarium.mdx',
  ])('write %s back byte for byte when nothing changed', (file) => {
    const text = read(file);
    expect(frontMatterFormat.toFile(frontMatterFormat.fromFile(text))).toBe(text);
  });

  it.each(['people/ida-erixon.yaml', 'municipalities.yaml', 'focus-areas.yaml', 'site.yaml'])(
    'write the YAML file %s back byte for byte when nothing changed',
    (file) => {
      const text = read(file);
      expect(yamlFormat.toFile(yamlFormat.fromFile(text))).toBe(text);
    },
  );

  it("changes only the edited line of a team story's summary, keeping its comments and the body", () => {
    const text = read('teams/attarpsskolan.mdx');
    const data = frontMatterFormat.fromFile(text);
    const after = frontMatterFormat.toFile({
      ...data,
      summary: 'En ny sammanfattning av hur Attarpsskolan arbetar med närvaro och relationer.',
    });
    expect(changedLines(text, after)).toEqual([
      `-summary: ${String(data.summary)}`,
      '+summary: En ny sammanfattning av hur Attarpsskolan arbetar med närvaro och relationer.',
    ]);
  });

  it("changes only the edited field of one matrix row of a plan, and the other rows' quoting stays", () => {
    const text = read('plans/handlingsplan-2016-2017.mdx');
    const data = frontMatterFormat.fromFile(text) as { rows: Array<Record<string, unknown>> } & Record<string, unknown>;
    const rows = data.rows.map((row, index) => (index === 0 ? { ...row, measure: 'Avvikelser och uppföljning' } : row));
    const after = frontMatterFormat.toFile({ ...data, rows });
    expect(changedLines(text, after)).toEqual([
      '-    measure: Avvikelserapportering',
      '+    measure: Avvikelser och uppföljning',
    ]);
  });

  it('writes a new entry without a source in the order of the form, quoting dates and times, without unticked boxes', () => {
    const text = frontMatterFormat.toFile({
      title: 'Träff',
      date: '2025-05-20',
      time: '09:00',
      draft: undefined,
      body: 'Text.',
    });
    expect(text).toBe('---\ntitle: Träff\ndate: "2025-05-20"\ntime: "09:00"\n---\n\nText.\n');
  });

  it('keeps its source key out of the written file', () => {
    const data = frontMatterFormat.fromFile(read('teams/attarpsskolan.mdx'));
    expect(data[SOURCE_KEY]).toEqual(expect.any(String));
    expect(frontMatterFormat.toFile(data)).not.toContain(SOURCE_KEY);
  });
});

describe('the alternative of each speaker', () => {
  const text =
    '---\ntitle: Träff\nspeakers:\n  - person: ida-erixon\n    topic: Inledning\n  - name: Anna\n    role: rektor\n---\n';

  it('is marked when a file is read, so the form shows that alternative’s fields', () => {
    const data = frontMatterFormat.fromFile(text);
    expect((data.speakers as Array<Record<string, unknown>>).map((item) => item[VARIANT_KEY])).toEqual([
      'person',
      'name',
    ]);
  });

  it('is left out of the written file, which stays byte for byte the same when nothing changed', () => {
    expect(frontMatterFormat.toFile(frontMatterFormat.fromFile(text))).toBe(text);
    const fresh = frontMatterFormat.toFile({ title: 'Träff', speakers: [{ name: 'Anna', [VARIANT_KEY]: 'name' }] });
    expect(fresh).toBe('---\ntitle: Träff\nspeakers:\n  - name: Anna\n---\n');
  });
});

describe('the keys the CMS adds while editing', () => {
  it('are left out of the written file', () => {
    const text = frontMatterFormat.toFile({
      title: 'Träff',
      speakers: [{ name: 'Anna', __sc_item_id: 'x1', __sc_item_original_key_path: 'speakers.0' }],
    });
    expect(text).toBe('---\ntitle: Träff\nspeakers:\n  - name: Anna\n---\n');
  });
});
