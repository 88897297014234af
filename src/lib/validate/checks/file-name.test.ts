import { describe, expect, it } from 'vitest';
import { fileOf, NO_ALLOWLIST } from '../../../../tests/fixtures/validator/content-file.ts';
import { fileName, meetingDateOf } from './file-name.ts';

const rules = (relative: string) => fileName.check(fileOf(relative, 'x'), NO_ALLOWLIST).map((p) => p.message);

describe('the file-name check', () => {
  it('accepts ids of a-z, digits and hyphens, and meetings that start with their date', () => {
    expect(rules('teams/team-a.mdx')).toEqual([]);
    expect(rules('meetings/2020-09-21-goda-exempel.mdx')).toEqual([]);
    expect(rules('meetings/2023-03-ny-omgang.mdx')).toEqual([]);
  });

  it('reports a meeting without its date first', () => {
    expect(rules('meetings/goda-exempel.mdx')).toEqual([expect.stringMatching(/börja med träffens datum/)]);
  });

  it('suggests an id for a name with capitals, å, ä, ö or spaces', () => {
    expect(rules('teams/Barn och Föräldrar.mdx')).toEqual([expect.stringMatching(/till exempel barn-och-foraldrar$/)]);
  });

  it('reports a team name the site uses itself and suggests another', () => {
    expect(rules('teams/sida.mdx')).toEqual([expect.stringMatching(/upptaget.*till exempel sida-team$/)]);
  });
});

describe('meetingDateOf', () => {
  it.each([
    ['2020-09-21-goda-exempel', '2020-09-21'],
    ['2023-03-ny-omgang', '2023-03'],
    ['goda-exempel', undefined],
  ])('reads the date of %s', (id, date) => {
    expect(meetingDateOf(id)).toBe(date);
  });
});
