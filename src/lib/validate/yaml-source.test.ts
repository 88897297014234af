import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-source.ts';

describe('parseYaml', () => {
  it('keeps dates as text, as the schemas expect', () => {
    expect(parseYaml('date: 2020-09-21\n').data).toEqual({ date: '2020-09-21' });
  });

  it('locates a nested field, counting from the line the YAML starts on', () => {
    const source = parseYaml('title: A\nspeakers:\n  - person: a\n  - name: B\n    role: C\n', 2);
    expect(source.locate(['speakers', 1, 'role'])).toEqual({ line: 6, column: 11 });
    expect(source.locate(['speakers', 1, 'role'], { key: true })).toEqual({ line: 6, column: 5 });
  });

  it('locates a missing field at its closest parent', () => {
    const source = parseYaml('title: A\nspeakers:\n  - name: B\n');
    expect(source.locate(['speakers', 0, 'role'])).toEqual({ line: 3, column: 5 });
  });

  it.each([
    ['a duplicate key', 'title: A\ntitle: B\n', 2],
    ['a bad indent', 'name: A\n  email: b\n', 2],
    ['a tab', 'a:\n\t- b\n', 2],
  ])('reports %s on its line, in Swedish', (_name, text, line) => {
    const source = parseYaml(text);
    expect(source.data).toBeUndefined();
    expect(source.problems[0]).toMatchObject({
      line,
      rule: 'yaml-syntax',
      message: expect.stringMatching(/^YAML-fel: /),
    });
  });
});

describe('the field at a place, the reverse of locate', () => {
  const text = [
    '# Överst',
    'title: A # en kommentar',
    'summary: >-',
    '  rad ett',
    '  rad två',
    'speakers:',
    '  # i listan',
    '  - person: a',
    '    role: C',
    '  - [x, y]',
    'q: "\\u202e"',
  ].join('\n');
  const source = parseYaml(text, 2);

  it.each([
    [2, 3, []],
    [3, 1, ['title']],
    [3, 8, ['title']],
    [3, 14, ['title']],
    [5, 5, ['summary']],
    [8, 5, ['speakers']],
    [9, 7, ['speakers', 0, 'person']],
    [10, 11, ['speakers', 0, 'role']],
    [11, 8, ['speakers', 1]],
    [11, 9, ['speakers', 1, 1]],
    [12, 5, ['q']],
  ])('names the field at line %i, column %i', (line, column, path) => {
    expect(source.pathAt(line, column)).toEqual(path);
  });

  it('names no field outside the YAML text', () => {
    expect(source.pathAt(1, 1)).toBeUndefined();
    expect(source.pathAt(13, 1)).toBeUndefined();
  });

  it('finds each character a double-quoted value writes by its number, with its place and field', () => {
    const escaped = parseYaml(
      'a: "x\\u202Ey \\\\u202E z\\xe4"\nb: \'\\u202E\'\nc: \\u202E\nd:\n  - "\\U0001F600"\n"\\u200bk": 1\n',
    );
    const a = { source: '"x\\u202Ey \\\\u202E z\\xe4"', value: 'x\u202ey \\u202E zä' };
    expect(escaped.escapes()).toEqual([
      { line: 1, column: 6, char: '\u202e', written: '\\u202E', path: ['a'], ...a },
      { line: 1, column: 23, char: 'ä', written: '\\xe4', path: ['a'], ...a },
      { line: 5, column: 6, char: '😀', written: '\\U0001F600', path: ['d', 0], source: '"\\U0001F600"', value: '😀' },
      {
        line: 6,
        column: 2,
        char: '\u200b',
        written: '\\u200b',
        path: ['\u200bk'],
        source: '"\\u200bk"',
        value: '\u200bk',
      },
    ]);
  });
});

describe('tags', () => {
  it.each([
    [
      'an unknown tag, which stops Astro’s parser',
      'title: !egen Provträff\n',
      { line: 1, column: 8, field: 'title' },
      '!egen',
    ],
    ['a JavaScript tag', 'title: !!js/undefined x\n', { line: 1, column: 8, field: 'title' }, '!!js/undefined'],
    ['a core tag', 'name: A\nyear: !!str 2020\n', { line: 2, column: 7, field: 'year' }, '!!str'],
    ['a tag on a list item', 'items:\n  - !x {id: a}\n', { line: 2, column: 5, field: 'yaml' }, '!x'],
    ['a binary value', 'a: !!binary aGVq\n', { line: 1, column: 4, field: 'a' }, '!!binary'],
  ])('refuses %s on its line, naming the tag and the fix', (_name, text, where, tag) => {
    const source = parseYaml(text);
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([
      {
        ...where,
        severity: 'error',
        rule: 'yaml-syntax',
        message: expect.stringContaining(`Ta bort "${tag}"`),
      },
    ]);
  });

  it('reads a text that begins with ! inside quotes as text', () => {
    expect(parseYaml('title: "!Viktigt"\n')).toMatchObject({ data: { title: '!Viktigt' }, problems: [] });
  });
});

describe('values that parse, but not as the editor wrote them', () => {
  const rules = (text: string) => parseYaml(text).problems.map((p) => [p.line, p.field, p.rule]);

  it.each([
    ['place: Sal 3 #2\n', [[1, 'place', 'yaml-comment']]],
    ['title: Möte # utkast\nplace: Sal 1\n', [[1, 'title', 'yaml-comment']]],
    ['contacts:\n  - ida-erixon # samordnare\n', [[2, 'yaml', 'yaml-comment']]],
  ])('refuses a value cut short by " #" in %j', (text, expected) => {
    expect(rules(text)).toEqual(expected);
    expect(parseYaml(text).data).toBeUndefined();
  });

  it.each([
    '# En kommentar på en egen rad\nplace: Sal 3\n',
    'place: "Sal 3 #2"\n',
    "place: 'Sal 3 #2' # citerad, så inget klipps\n",
    'place: Sal#2\n',
    'contacts: [ida-erixon] # en lista slutar med ]\n',
    'summary: >\n  Text med # i mitten\n',
  ])('accepts %j, where nothing is cut', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    ['contacts:\n  – ida-erixon\n  – anna-andersson\n', '–', 2],
    ['contacts:\n  — ida-erixon\n', '—', 2],
    ['contacts:\n  • ida-erixon\n', '•', 2],
    ['contacts:\n  - ida-erixon\n  – anna-andersson\n', '–', 3],
    ['contacts:\n  - ida-erixon\n  • anna-andersson\n', '•', 3],
  ])('names a list item written with Word’s dash in %j', (text, dash, line) => {
    const problems = parseYaml(text).problems;
    expect(problems.map((p) => [p.line, p.rule])).toEqual([[line, 'list-dash']]);
    expect(problems[0]?.message).toContain(`"${dash}" i stället för ett bindestreck`);
    expect(problems[0]?.message).toMatch(/\n {2}- ida-erixon/);
  });

  it('accepts a text that has a dash after its first word', () => {
    expect(rules('summary: Barn – och unga – i länet\n')).toEqual([]);
  });
});

describe('parseYaml on hostile YAML', () => {
  const laughs = [
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
      (name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`,
    ),
  ].join('\n');
  const deepBlock = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' 1\n';
  const deepSequence = `list:\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2 + 2)}-`).join('\n')} x\n`;

  it.each([
    ['aliases of aliases ("billion laughs")', `title: A\n${laughs}\n`, 6, /alias/],
    ['brackets nested thousands deep', `title: A\nx: ${'['.repeat(100_000)}\n`, 3, /nästlade/],
    ['braces nested past the limit', `title: A\n\nx: ${'{a: '.repeat(30)}1${'}'.repeat(30)}\n`, 4, /nästlade/],
    ['maps nested past the limit', `title: A\n${deepBlock}`, 23, /nästlade/],
    ['lists nested past the limit', `title: A\n${deepSequence}`, 23, /nästlade/],
  ])('refuses %s with an error on its line, and never throws', (_name, text, line, message) => {
    const source = parseYaml(text, 2);
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([
      expect.objectContaining({ line, rule: 'yaml-limit', severity: 'error', message: expect.stringMatching(message) }),
    ]);
  });

  it('reads an alias or two, and brackets and # inside quotes, as before', () => {
    const source = parseYaml('a: &x [1]\nb: *x\nc: "[[[[[[[[[[[[[[[[[[[[[[[[[ # {{{"\n');
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ a: [1], b: [1], c: '[[[[[[[[[[[[[[[[[[[[[[[[[ # {{{' });
  });
});
