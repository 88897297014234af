import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compoundParts,
  compoundTerms,
  createSplitter,
  MIN_PART_LENGTH,
  swedishDictionary,
  swedishSplitter,
  termsKey,
} from './compounds.ts';
import { DOMAIN_WORDS } from './domain-words.ts';

describe('compoundParts with the Swedish dictionary', () => {
  it.each([
    ['föräldraskapsstöd', ['föräldraskap', 'stöd']],
    ['elevhälsocentralerna', ['elev', 'hälsa', 'centralerna']],
    ['skolnärvaro', ['skola', 'närvaro']],
    ['barnhälsovården', ['barn', 'hälsa', 'vården']],
    ['hembesök', ['hem', 'besök']],
    ['hembesöken', ['hem', 'besöken']],
    ['familjecentralerna', ['familj', 'centralerna']],
    ['socialtjänsten', ['social', 'tjänsten']],
    ['lärandeseminarium', ['lärande', 'seminarium']],
    ['aktivitetsansvar', ['aktivitet', 'ansvar']],
    ['ungdomsmottagning', ['ungdom', 'mottagning']],
    ['föräldrastöd', ['förälder', 'stöd']],
    ['gymnasieskolan', ['gymnasium', 'skolan']],
    ['småbarnsfamiljer', ['små', 'barn', 'familjer']],
    ['ungdomsmottagningsverksamhet', ['ungdom', 'mottagning', 'verksamhet']],
    ['beredningstjänstemännen', ['beredning', 'tjänst', 'männen']],
    ['lättillgängliga', ['lätt', 'tillgängliga']],
  ])('splits %s into %j', (word, parts) => {
    expect(compoundParts(word)).toEqual(parts);
  });

  it.each([
    // Lexical words that only look like compounds, or hold a part shorter than three letters.
    ['fullföljda'],
    ['kommunen'],
    ['verksamheter'],
    ['barnen'],
    ['rapport'],
    ['arbete'],
    ['insatser'],
    ['samverkan'],
    // A derivational suffix is not a head (rule 4).
    ['ungdomar'],
    ['sjukdom'],
    ['betydelsefulla'],
    // A particle is not a modifier (rule 3).
    ['motsvarande'],
    ['framtiden'],
    ['undersökning'],
    ['bakgrund'],
    ['fortsättning'],
  ])('leaves %s whole', (word) => {
    expect(compoundParts(word)).toEqual([]);
  });

  it.each([['Värnamo'], ['Jönköping'], ['Sandquist'], ['sandquist'], ['Föräldraskapsstöd'], ['BVC'], ['eHälsa']])(
    'leaves the name, acronym or capitalised word %s whole',
    (word) => {
      expect(compoundParts(word)).toEqual([]);
    },
  );

  it('splits no word of the shipped content into a part shorter than three letters', () => {
    const splitter = swedishSplitter();
    const words = new Set(contentText().match(/\p{Ll}+/gu));
    const split = [...words].map((word) => splitter.split(word)).filter((parts) => parts.length > 0);
    expect(split.length).toBeGreaterThan(100);
    const short = split.flat().filter((part) => part.text.length < MIN_PART_LENGTH);
    expect(short).toEqual([]);
  });

  it('reads every part of a split word where it stands, from the first letter to the last', () => {
    const splitter = swedishSplitter();
    for (const word of new Set(contentText().match(/\p{Ll}+/gu))) {
      const parts = splitter.split(word);
      if (parts.length === 0) continue;
      for (const part of parts) expect(word.startsWith(part.text, part.start)).toBe(true);
      expect(parts[0]!.start).toBe(0);
      expect(parts.at(-1)!.start + parts.at(-1)!.text.length).toBe(word.length);
    }
  });
});

describe('compoundTerms', () => {
  it.each([
    ['föräldraskapsstöd', ['stöd']],
    ['barnhälsovården', ['hälsovården', 'hälsa', 'vården']],
    ['elevhälsocentralerna', ['hälsocentralerna', 'hälsa', 'centralerna']],
    ['hembesöken', ['besöken']],
    ['föräldrastöd', ['förälder', 'stöd']],
    ['ungdomsmottagningsverksamhet', ['mottagningsverksamhet', 'verksamhet']],
  ])('gives %s the tails from each boundary and the modifiers its linking forms hide: %j', (word, terms) => {
    expect(compoundTerms(word)).toEqual(terms);
  });

  it('gives a sentence the terms of each of its compounds', () => {
    expect(compoundTerms('Hembesöken och föräldraskapsstöd i barnhälsovården.')).toEqual([
      'besöken',
      'stöd',
      'hälsovården',
      'hälsa',
      'vården',
    ]);
  });

  it('lists each term once, in the order the text first needs it', () => {
    expect(compoundTerms('hembesök och föräldraskapsstöd, hembesöken och föräldrastöd')).toEqual([
      'besök',
      'stöd',
      'besöken',
      'förälder',
    ]);
  });

  it('leaves out terms the text already holds as words', () => {
    expect(compoundTerms('Stöd till föräldrar: föräldraskapsstöd och hembesök. Besök i hemmet.')).toEqual([]);
  });

  it.each([
    ['the text', 'Föräldraskapsstöd ges.'],
    ['a sentence', 'Det är bra. Föräldraskapsstöd ges.'],
    ['a line', 'Det är bra\nFöräldraskapsstöd ges.'],
    ['a heading', '## Föräldraskapsstöd i länet'],
    ['a list item', '- Föräldraskapsstöd'],
    ['a table cell', '| Föräldraskapsstöd |'],
    ['a quotation after a colon', 'Hon sa: ”Föräldraskapsstöd ges.”'],
  ])('splits a capitalised word that starts %s', (_, text) => {
    expect(compoundTerms(text)).toEqual(['stöd']);
  });

  it.each([
    ['a capitalised word within a sentence', 'Vi träffade Föräldraskapsstöd AB.'],
    ['a name the dictionary knows, starting a sentence', 'Bergström berättade.'],
    ['a name that must be capitalised as a compound', 'Sandquist berättade.'],
    ['an acronym', 'BARNHÄLSOVÅRDEN och BVC'],
  ])('leaves %s whole', (_, text) => {
    expect(compoundTerms(text)).toEqual([]);
  });

  it('reads letters written with combining marks as the letters they make', () => {
    expect(compoundParts('föräldraskapsstöd'.normalize('NFD'))).toEqual(['föräldraskap', 'stöd']);
    expect(compoundTerms('hembesöken'.normalize('NFD'))).toEqual(['besöken']);
  });

  it('finds nothing in a text without compounds', () => {
    expect(compoundTerms('Barnen i kommunen fick en rapport om arbetet.')).toEqual([]);
  });
});

describe('termsKey', () => {
  it.each([
    ['barnhälsovården', false, 'barnhälsovården'],
    ['barnhälsovården', true, 'barnhälsovården'],
    ['Barnhälsovården', true, 'Barnhälsovården'],
    ['Barnhälsovården', false, undefined],
    ['BVC', true, undefined],
    ['eHälsa', true, undefined],
  ] as const)('gives %s (at a sentence start: %s) the key %s', (word, sentenceStart, key) => {
    expect(termsKey(word, sentenceStart)).toBe(key);
  });

  it('gives a name the dictionary lists no terms where it starts a sentence, and a compound its terms', () => {
    expect(compoundTerms('Bergström kom.')).toEqual([]);
    expect(compoundTerms('Barnhälsovården kom.')).toEqual(['hälsovården', 'hälsa', 'vården']);
  });
});

describe('the domain words', () => {
  const { aff, dic } = swedishDictionary();
  const without = createSplitter(aff, dic);
  const withThem = createSplitter(aff, dic, DOMAIN_WORDS);

  it.each(DOMAIN_WORDS.map((word) => [word.entry, word.compound] as const))(
    '%s is needed: %s stays whole without it and splits with it',
    (_, compound) => {
      expect(without.split(compound)).toEqual([]);
      expect(withThem.split(compound).length).toBeGreaterThan(1);
    },
  );

  it.each(DOMAIN_WORDS.map((word) => [word.compound] as const))('%s appears in the shipped content', (compound) => {
    expect(contentText()).toContain(compound);
  });
});

describe('the compounding rules, on a small dictionary', () => {
  const aff = [
    'SET UTF-8',
    'FORBIDDENWORD %',
    'FORCEUCASE c',
    'CHECKCOMPOUNDTRIPLE',
    'SIMPLIFIEDTRIPLE',
    'CHECKCOMPOUNDDUP',
    'COMPOUNDPERMITFLAG W',
    'COMPOUNDBEGIN X',
    'COMPOUNDMIDDLE U',
    'COMPOUNDEND Y',
    'ONLYINCOMPOUND Z',
    'SFX D Y 1',
    'SFX D 0 en [^a]',
    'SFX v N 1',
    'SFX v 0 s/WXZ .',
    'SFX o N 1',
    'SFX o a o/WUZ a',
    'SFX p N 1',
    'SFX p 0 s/XZ .',
  ].join('\n');
  const dic = [
    '16',
    'barn/XY',
    'hälsa/oY',
    'vård/DY',
    'stöd/DY',
    'föräldraskap/vY',
    'fall/XY',
    'lucka/Y',
    'bil/XY',
    'sand/XY',
    'quist/cYZ',
    'bok/pY',
    'hylla/Y',
    'tokord/%XY',
    'en/XY',
    'barnvård/%D',
  ].join('\n');
  const splitter = createSplitter(aff, dic);
  const texts = (word: string) => splitter.split(word).map((part) => part.text);

  it.each([
    ['a first part with a linking suffix that permits compounding', 'föräldraskapsstöd', ['föräldraskaps', 'stöd']],
    ['a middle linking form and an inflected last part', 'barnhälsovården', ['barn', 'hälso', 'vården']],
    ['a first part and an inflected last part', 'barnstöden', ['barn', 'stöden']],
    ['three equal letters written as two', 'fallucka', ['fall', 'lucka']],
  ])('splits %s', (_, word, parts) => {
    expect(texts(word)).toEqual(parts);
  });

  it.each([
    ['a first part whose linking suffix does not permit compounding', 'bokshylla'],
    ['a first part the dictionary does not let begin', 'bokhylla'],
    ['a middle linking form in first place', 'hälsovård'],
    ['three equal letters across a boundary', 'falllucka'],
    ['a part repeating the part before', 'bilbil'],
    ['a last part that makes a name', 'sandquist'],
    ['a forbidden first part', 'tokordstöd'],
    ['a word the dictionary forbids as a whole', 'barnvården'],
    ['a part shorter than three letters', 'barnen'],
    ['an unknown part', 'barnxyz'],
  ])('refuses %s', (_, word) => {
    expect(texts(word)).toEqual([]);
  });
});

function contentText(): string {
  const root = join(import.meta.dirname, '../../../content');
  return ['meetings', 'teams', 'plans', 'series']
    .flatMap((folder) => readdirSync(join(root, folder)).map((file) => readFileSync(join(root, folder, file), 'utf8')))
    .join('\n');
}
