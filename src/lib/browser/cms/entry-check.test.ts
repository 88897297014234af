import { describe, expect, it } from 'vitest';
import { MeetingSchema } from '../../../schemas/meeting.ts';
import { CONTENT_CHECKS, FILE_CHECKS } from '../../validate/content.ts';
import {
  bodyImageProblems,
  checkEntryFile,
  EDITOR_CHECKS,
  fieldAtLine,
  fieldLabel,
  PR_ONLY_CHECKS,
  problemsMessage,
} from './entry-check.ts';

const MEETING = `---
title: Nätverksträff om rörelse på schemat
date: "2025-05-20"
summary: Teamen berättade om hur de får in mer rörelse under skoldagen och vad det har gett.
---

Text om träffen.
`;

describe('the check before the web editor saves', () => {
  it("runs the validator's checks of one file in its order, all but those named as pull-request only", () => {
    const names = EDITOR_CHECKS.map((check) => check.name);
    expect(names).toEqual(
      FILE_CHECKS.map((check) => check.name).filter((name) => !(PR_ONLY_CHECKS as readonly string[]).includes(name)),
    );
    expect([...FILE_CHECKS, ...CONTENT_CHECKS].map((check) => check.name)).toEqual(
      expect.arrayContaining([...PR_ONLY_CHECKS]),
    );
  });

  it('accepts a meeting the validator accepts', () => {
    expect(checkEntryFile('content/meetings/2025-05-20-natverkstraff.mdx', MEETING)).toEqual([]);
  });

  it.each([
    [
      'a date that differs from the file name',
      'content/meetings/2025-05-21-natverkstraff.mdx',
      MEETING,
      'date-mismatch',
    ],
    [
      'a summary that is too short',
      'content/meetings/2025-05-20-natverkstraff.mdx',
      MEETING.replace(/summary: .*/, 'summary: Kort.'),
      'length',
    ],
    [
      'a list pasted from Word',
      'content/meetings/2025-05-20-natverkstraff.mdx',
      MEETING.replace('---\n\nText', 'contacts:\n  – ida-erixon\n---\n\nText'),
      'list-dash',
    ],
    ['a file name with å', 'content/teams/skolan-på-berget.mdx', '---\nname: Skolan\n---\n', 'file-name'],
  ])('stops %s with the validator rule', (_case, path, text, rule) => {
    expect(checkEntryFile(path, text).map((problem) => problem.rule)).toContain(rule);
  });

  it('leaves the body to the pull request, whose validator refuses what the editor let through', () => {
    const text = `${MEETING}\nimport X from './x.js'\n`;
    expect(checkEntryFile('content/meetings/2025-05-20-natverkstraff.mdx', text)).toEqual([]);
    expect(PR_ONLY_CHECKS).toContain('body');
    expect(FILE_CHECKS.map((check) => check.name)).toContain('body');
  });

  it('stops an image of the text without its file or its alt text, which the CMS does not hold, naming the text', () => {
    const text = `---\ntitle: Träff\ndate: "2025-05-20"\nsummary: ${'En sammanfattning av träffen. '.repeat(2)}\n---\n\n![](../images/a.jpg)\n\n![Karta]()\n\n![Karta](../images/karta.png)\n`;
    const problems = checkEntryFile('content/meetings/2025-05-20-traff.mdx', text);
    expect(problems.map((problem) => [problem.rule, problem.label])).toEqual([
      ['image-alt', 'Texten'],
      ['image-missing', 'Texten'],
    ]);
    expect(bodyImageProblems('Text\n\n![Karta](../images/karta.png)\n')).toEqual([]);
  });

  it('names the field a personnummer stands in, or the text, by its line', () => {
    const text = `---\ntitle: Träff\ndate: "2025-05-20"\nsummary: Ring 19121212-1212 om träffen.\n---\n\nMer text 19121212-1212.\n`;
    const problems = checkEntryFile('content/meetings/2025-05-20-traff.mdx', text);
    expect(problems.map((problem) => [problem.rule, problem.label])).toEqual([
      ['personnummer', 'Sammanfattning'],
      ['personnummer', 'Texten'],
    ]);
    expect(fieldAtLine(text, 2)).toBe('title');
    expect(fieldAtLine(text, 5)).toBe('summary');
  });

  it("names fields by their Swedish labels and says the validator's message", () => {
    const problems = checkEntryFile(
      'content/meetings/2025-05-20-natverkstraff.mdx',
      MEETING.replace(/summary: .*/, 'summary: Kort.'),
    );
    expect(problems[0]?.label).toBe('Sammanfattning');
    expect(problemsMessage(problems)).toContain('Sammanfattning: ');
    expect(fieldLabel(MeetingSchema, 'speakers.0.person')).toMatch(/ 1 › /);
  });
});
