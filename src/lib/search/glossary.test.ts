import { describe, expect, it } from 'vitest';
import { glossaryTerms, isAcronym, readGlossary, termPattern } from './glossary.ts';

const GLOSSARY = [
  { terms: ['BHV', 'BVC', 'barnhälsovård'] },
  { terms: ['elevhälsa', 'skolhälsovård'] },
  { terms: ['HAL', 'Hälsosam och aktiv livsstil'] },
];

describe('glossaryTerms', () => {
  it.each([
    ['Hembesök av barnhälsovården.', ['BHV', 'BVC']],
    ['Samverkan BHV–förskolan', ['BVC', 'barnhälsovård']],
    ['fyra elevhälsor i länet', ['skolhälsovård']],
    ['Skola/elevhälsa', ['skolhälsovård']],
    ['Satsningen Hälsosam och aktiv livsstil (HAL).', []],
    ['Hälsosam och aktiv livsstil', ['HAL']],
  ])('gives the other words of each group a text mentions: %s', (text, terms) => {
    expect(glossaryTerms(text, GLOSSARY)).toEqual(terms);
  });

  it.each([
    ['Det är hal is ute.', 'an acronym only in capitals'],
    ['En elevhälsocentral startar.', 'a word with a longer ending than an inflection'],
    ['Barnhälsovårdsenhetens arbete.', 'a compound that only begins with the word'],
  ])('gives nothing for %s (%s)', (text) => {
    expect(glossaryTerms(text, GLOSSARY)).toEqual([]);
  });
});

describe('the glossary words', () => {
  it('tells acronyms from other words', () => {
    expect(['BVC', 'KAA', 'SKR'].every(isAcronym)).toBe(true);
    expect(['elevhälsa', 'Bvc', 'B'].some(isAcronym)).toBe(false);
  });

  it('finds a phrase across line breaks and in any case', () => {
    expect(termPattern('samordnad individuell plan').test('SIP – Samordnad\nindividuell plan')).toBe(true);
  });

  it('reads the shipped glossary, whose every group has at least two words', () => {
    const glossary = readGlossary('content/sokord.yaml');
    expect(glossary.length).toBeGreaterThan(5);
    expect(glossary.flatMap((group) => group.terms)).toEqual(
      expect.arrayContaining(['BVC', 'BHV', 'KAA', 'SKR', 'SIP']),
    );
  });
});
