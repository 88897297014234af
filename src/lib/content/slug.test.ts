import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Skola', 'skola'],
    ['Skola/elevhälsa', 'skola-elevhalsa'],
    ['Hälso- och sjukvård (BHV)', 'halso-och-sjukvard-bhv'],
    ['Förskola', 'forskola'],
    ['Socialtjänst', 'socialtjanst'],
    ['  Café  Åre ', 'cafe-are'],
    ['BUP 2', 'bup-2'],
    ['–', ''],
    ['Goda exempel – och fortsatt arbete!', 'goda-exempel-och-fortsatt-arbete'],
    ['Föräldraskapsstöd i Nässjö', 'foraldraskapsstod-i-nassjo'],
    ['Åsa Öberg', 'asa-oberg'],
    ['Café Émile 2024', 'cafe-emile-2024'],
    ['  --Lärandeseminarium 23 maj--  ', 'larandeseminarium-23-maj'],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps a long name whole when no limit is given', () => {
    const name = 'Ett mycket långt namn på en träff som handlar om väldigt många olika saker på en gång';
    expect(slugify(name)).toBe('ett-mycket-langt-namn-pa-en-traff-som-handlar-om-valdigt-manga-olika-saker-pa-en-gang');
  });

  it('cuts a long name after a whole word at the limit', () => {
    const id = slugify('Ett mycket långt namn på en träff som handlar om väldigt många olika saker på en gång', 30);
    expect(id).toBe('ett-mycket-langt-namn-pa-en');
  });

  it('cuts one long word at the limit when there is no word break', () => {
    expect(slugify('Barnhälsovårdssamverkansöverenskommelse', 10)).toBe('barnhalsov');
  });
});
