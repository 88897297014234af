import { describe, expect, it } from 'vitest';
import { Lexicon, parseAff, parseDic } from './hunspell.ts';

const AFF = `SET UTF-8
# A comment, and a setting this reader ignores:
TRY aerndtislogmkpbhfjuväcöåyqxzvwé
FORBIDDENWORD %
NEEDAFFIX ¤
FORCEUCASE c
CHECKCOMPOUNDTRIPLE
SIMPLIFIEDTRIPLE
CHECKCOMPOUNDDUP
COMPOUNDPERMITFLAG W
COMPOUNDBEGIN X
COMPOUNDMIDDLE U
COMPOUNDEND Y
ONLYINCOMPOUND Z

SFX D Y 2
SFX D 0 en [^a]
SFX D 0 ens [^a]

SFX t N 2
SFX t er ra/WXZ er
SFX t um e/WXZ um

SFX x N 1
SFX x a o/WUZ a

SFX q N 1
SFX q 0 s/XZ .
`;

const DIC = `11
barn/DXY
förälder/tY
hälsa/xY
gymnasium/tY
vård/DY
bok/qY
skola/Y
skola/X
ad hoc
missstavning/%DXY
antigen/¤DY`;

const lexicon = new Lexicon(parseAff(AFF), parseDic(DIC));

describe('parseAff', () => {
  it('reads the compounding flags and switches', () => {
    const settings = parseAff(AFF);
    expect(settings).toMatchObject({
      compoundBegin: 'X',
      compoundMiddle: 'U',
      compoundEnd: 'Y',
      compoundPermit: 'W',
      onlyInCompound: 'Z',
      forbiddenWord: '%',
      needAffix: '¤',
      forceUpperCase: 'c',
      checkCompoundDup: true,
      checkCompoundTriple: true,
      simplifiedTriple: true,
    });
  });

  it('reads each suffix rule under what it appends, skipping the header of each class', () => {
    const settings = parseAff(AFF);
    expect(settings.suffixesByAdd.get('ra')).toEqual([
      { flag: 't', strip: 'er', add: 'ra', continuation: 'WXZ', condition: /er$/u },
    ]);
    expect(settings.suffixesByAdd.get('en')?.map((rule) => rule.flag)).toEqual(['D']);
    expect(settings.maxAddLength).toBe(3);
  });

  it('leaves every switch off and every flag unset in a file that sets none', () => {
    const settings = parseAff('SET UTF-8');
    expect(settings.compoundBegin).toBeUndefined();
    expect(settings).toMatchObject({
      checkCompoundDup: false,
      checkCompoundTriple: false,
      simplifiedTriple: false,
      maxAddLength: 0,
    });
  });
});

describe('parseDic', () => {
  it('keeps both entries of a word listed twice and leaves out multi-word entries', () => {
    const words = parseDic(DIC);
    expect(words.get('skola')).toEqual(['Y', 'X']);
    expect(words.has('ad hoc')).toBe(false);
    expect(words.get('barn')).toBe('DXY');
  });
});

describe('Lexicon', () => {
  it.each([
    ['barn', 'begin', { root: 'barn' }],
    ['föräldra', 'begin', { root: 'förälder', suffix: expect.objectContaining({ flag: 't' }) }],
    ['hälso', 'middle', { root: 'hälsa', suffix: expect.objectContaining({ flag: 'x' }) }],
    ['vården', 'end', { root: 'vård', suffix: expect.objectContaining({ flag: 'D' }) }],
    ['skola', 'begin', { root: 'skola' }],
  ] as const)('reads %s as a part at the %s of a compound', (text, role, reading) => {
    expect(lexicon.part(text, role)).toEqual(reading);
  });

  it.each([
    ['a linking form at the end', 'föräldra', 'end'],
    ['a suffixed form without the permit flag at the beginning', 'boks', 'begin'],
    ['a word without the middle flag in the middle', 'barn', 'middle'],
    ['a forbidden word', 'missstavning', 'begin'],
    ['a word that needs an affix, bare', 'antigen', 'end'],
    ['an unknown word', 'xyz', 'end'],
  ] as const)('refuses %s', (_, text, role) => {
    expect(lexicon.part(text, role)).toBeUndefined();
  });

  it.each([
    ['barn', true],
    ['barnen', true],
    ['vårdens', true],
    ['antigenen', true],
    ['hälso', false],
    ['föräldra', false],
    ['antigen', false],
    ['missstavning', false],
    ['xyz', false],
  ])('says whether %s is a word on its own: %s', (text, isWord) => {
    expect(lexicon.isWord(text)).toBe(isWord);
  });

  it.each([
    ['missstavning', true],
    ['missstavningen', true],
    ['barnen', false],
    ['xyz', false],
  ])('says whether %s is a word the dictionary forbids: %s', (text, forbidden) => {
    expect(lexicon.isForbidden(text)).toBe(forbidden);
  });

  it.each([
    ['hälso', ['hälsa']],
    ['föräldra', ['förälder']],
    ['gymnasie', ['gymnasium']],
    ['barn', []],
  ])('finds the word a linking form %s stands for: %j', (form, words) => {
    expect(lexicon.linkedWords(form)).toEqual(words);
  });
});
