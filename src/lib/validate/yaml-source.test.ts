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
