import { describe, expect, it } from 'vitest';
import { checkBody } from './index.ts';

const rules = (text: string) => checkBody(text, 'md').problems.map((p) => [p.line, p.rule]);

describe('the outline of a body', () => {
  it.each([['## A\n\n### B\n\n#### C\n\n## D\n\n### E\n'], ['Text utan rubriker.\n'], ['## A\n\n### B\n\n## C\n']])(
    'accepts headings that go down one level at a time from ## (%#)',
    (text) => {
      expect(rules(text)).toEqual([]);
    },
  );

  it('refuses a # heading: it would be a second h1 beside the page title', () => {
    expect(rules('# Välkomna\n\nText.\n')).toEqual([[1, 'heading-level']]);
  });

  it('refuses a body whose first heading is deeper than ##', () => {
    expect(rules('### Bakgrund\n')).toEqual([[1, 'heading-level']]);
  });

  it('refuses a jump of more than one level, and goes on from the heading as written', () => {
    expect(rules('## A\n\n#### B\n\n##### C\n\n## D\n\n###### E\n')).toEqual([
      [3, 'heading-level'],
      [9, 'heading-level'],
    ]);
  });

  it('says which level to write', () => {
    expect(checkBody('## A\n\n#### B\n', 'md').problems[0]?.message).toMatch(/från ## till ####.*Skriv ###/);
  });

  it('counts Setext headings by their level', () => {
    expect(rules('Rubrik\n======\n')).toEqual([[1, 'heading-level']]);
  });
});
