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
