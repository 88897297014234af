import { describe, expect, it } from 'vitest';
import type { KnownIds } from './files.ts';
import { hintFor, questionsFor, readAnswer, type Question } from './questions.ts';

const ids: KnownIds = new Map([
  ['people', ['ida-erixon', 'kim-karlsson']],
  ['municipalities', ['nassjo', 'vetlanda']],
  ['series', []],
]);

const question = (kind: Parameters<typeof questionsFor>[0], flag: string): Question => {
  const found = questionsFor(kind).find((q) => q.flag === flag);
  if (!found) throw new Error(`no question --${flag}`);
  return found;
};

describe('questionsFor', () => {
  it('asks for the fields of a nested object one by one, with their own labels', () => {
    const flags = questionsFor('plan').map((q) => [q.flag, q.field.label, q.required]);
    expect(flags.slice(0, 5)).toEqual([
      ['title', 'Rubrik', true],
      ['summary', 'Sammanfattning', false],
      ['period-start', 'Första året', true],
      ['period-end', 'Sista året', true],
      ['owner', 'Ägare', true],
    ]);
  });

  it('leaves lists of objects and unions to the commented examples', () => {
    const flags = questionsFor('meeting').map((q) => q.flag);
    expect(flags).toEqual(expect.arrayContaining(['title', 'focus-areas', 'contacts', 'draft']));
    expect(flags).not.toContain('speakers');
    expect(flags).not.toContain('videos');
  });
});

describe('readAnswer', () => {
  it.each([
    ['person', 'coach', 'ja', true],
    ['person', 'coach', 'Nej', false],
    ['meeting', 'session', ' 3 ', 3],
    ['team', 'municipalities', 'nassjo, vetlanda,', ['nassjo', 'vetlanda']],
    [
      'meeting',
      'summary',
      '  Teamen berättade om sina tester och om arbetet.  ',
      'Teamen berättade om sina tester och om arbetet.',
    ],
  ] as const)('reads the %s answer --%s "%s" as the schema’s value', (kind, flag, raw, value) => {
    expect(readAnswer(question(kind, flag), raw, ids)).toEqual({ value });
  });

  it.each([
    ['person', 'coach', 'kanske', 'svara ja eller nej'],
    ['meeting', 'summary', 'Kort.', 'ska vara minst 30 tecken'],
    ['meeting', 'title', '   ', 'får inte vara tomt'],
    ['meeting', 'kind', 'fest', 'ska vara en av: larandeseminarium, uppfoljning, natverkstraff'],
    ['team', 'municipalities', 'nasjo', '"nasjo" finns inte – menade du "nassjo"?'],
  ] as const)('rejects the %s answer --%s "%s" with the message "%s"', (kind, flag, raw, error) => {
    expect(readAnswer(question(kind, flag), raw, ids)).toEqual({ error });
  });
});

describe('hintFor', () => {
  it('gives the help, the schema’s rules and an example', () => {
    expect(hintFor(question('meeting', 'summary'), ids)).toEqual([
      'En eller två meningar som visas i listor, sökresultat, flöden och nyhetsbrev. 30–300 tecken.',
      'Till exempel: Teamen berättade om sina tester och om hur arbetet har gått sedan förra träffen.',
    ]);
  });

  it('lists the ids that exist instead of an example for a reference', () => {
    const hint = hintFor(question('team', 'municipalities'), ids);
    expect(hint).toContain('Skriv flera med kommatecken emellan.');
    expect(hint).toContain('Finns: nassjo, vetlanda.');
    expect(hint.join(' ')).not.toContain('Till exempel');
    expect(hintFor(question('meeting', 'series'), ids)).toContain('Finns: (inga ännu).');
  });

  it('shows the allowed values of a choice, and a yes/no question as such', () => {
    expect(hintFor(question('team', 'status'), ids)[0]).toContain(
      'Välj ett av: ide, planerar, testar, infort, avslutat.',
    );
    expect(hintFor(question('person', 'coach'), ids)).toEqual([
      'true om personen är en av nätverkets coacher.',
      'Svara ja eller nej.',
    ]);
  });
});
