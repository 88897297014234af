import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { MeetingSchema } from '../../schemas/meeting.ts';
import { field, fieldMeta } from '../../schemas/meta.ts';
import { TeamSchema } from '../../schemas/team.ts';
import { fieldRules, fieldText, plainText } from './field-rules.ts';

const described = { label: 'Fält', help: 'Hjälp.' };

describe('fieldRules', () => {
  it.each([
    ['a text of 30–300 characters', fieldMeta(MeetingSchema.shape.summary), ['30–300 tecken.']],
    [
      'a list of at least one reference',
      fieldMeta(TeamSchema.shape.focusAreas),
      ['Minst 1 i listan.', 'Skriv id från content/focus-areas.yaml.'],
    ],
    [
      'a reference to a file',
      fieldMeta(MeetingSchema.shape.series),
      ['Skriv id:t, alltså namnet på en fil i content/series/ utan filändelse.'],
    ],
    ['a choice', fieldMeta(MeetingSchema.shape.kind), ['Välj ett av: larandeseminarium, uppfoljning, natverkstraff.']],
    ['a plain non-empty text', fieldMeta(MeetingSchema.shape.title), []],
  ])('states the rules of %s', (_name, info, rules) => {
    expect(fieldRules(info)).toEqual(rules);
  });

  it('follows the schema when a limit changes', () => {
    const info = fieldMeta(field(z.string().max(50), { ...described, example: 'x' }));
    expect(fieldRules(info)).toEqual(['Högst 50 tecken.']);
    const list = fieldMeta(field(z.array(z.string()).min(2).max(4), { ...described, example: ['a', 'b'] }));
    expect(fieldRules(list)).toEqual(['2–4 i listan.']);
  });

  it('marks values and paths with the given function', () => {
    expect(fieldRules(fieldMeta(TeamSchema.shape.status), (value) => `\`${value}\``)).toEqual([
      'Välj ett av: `ide`, `planerar`, `testar`, `infort`, `avslutat`.',
    ]);
  });
});

describe('fieldText', () => {
  it('joins the help and the rules, as Markdown for the guide and as plain text elsewhere', () => {
    const info = fieldMeta(field(z.string().min(5), { ...described, help: 'Skriv `ja`.', example: 'ja ja' }));
    expect(fieldText(info, true)).toBe('Skriv `ja`. Minst 5 tecken.');
    expect(fieldText(info)).toBe('Skriv ja. Minst 5 tecken.');
  });
});

describe('plainText', () => {
  it('removes code spans and bold', () => {
    expect(plainText('Med `true` publiceras **inte**')).toBe('Med true publiceras inte');
  });
});
