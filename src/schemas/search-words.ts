/** The search glossary: `content/sokord.yaml` (read by src/lib/search/glossary.ts). */
import { z } from 'astro/zod';
import { TextSchema } from './fragments.ts';
import { field } from './meta.ts';

const TermSchema = TextSchema.regex(/^[\p{L}\d][\p{L}\d\s-]*$/u, {
  error: 'ska vara ett ord eller några ord, med bokstäver, siffror, mellanslag och bindestreck',
});

/** One group of words that mean the same to someone searching. */
export const SearchWordGroupSchema = z.strictObject({
  terms: field(z.array(TermSchema).min(2, { error: 'en grupp behöver minst två ord' }), {
    label: 'Ord',
    help: 'Ord som betyder samma sak för den som söker: en förkortning i versaler (`BVC`) och det den står för, eller synonymer. Skriv grundform.',
    example: ['BHV', 'barnhälsovård'],
  }),
  source: field(TextSchema, {
    label: 'Källa',
    help: 'Var ordet används: vilken sida eller vilket dokument.',
    example: 'Handlingsplan 2017: Samverkan BHV–förskolan',
  }),
});

export const SearchWordsSchema = z
  .strictObject({
    groups: field(z.array(SearchWordGroupSchema).min(1, { error: 'listan är tom' }), {
      label: 'Grupper',
      help: 'En grupp per förkortning eller synonym. En sökning på ett av orden hittar sidor med vilket som helst av dem.',
      example: [{ terms: ['BHV', 'barnhälsovård'], source: 'Handlingsplan 2017: Samverkan BHV–förskolan' }],
    }),
  })
  .superRefine((value, context) => {
    const seen = new Map<string, number>();
    value.groups.forEach((group, i) =>
      group.terms.forEach((term, j) => {
        const key = term.toLowerCase();
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier !== i) {
          context.addIssue({
            code: 'custom',
            path: ['groups', i, 'terms', j],
            message: `"${term}" står redan i grupp ${earlier + 1}: slå ihop grupperna eller ta bort ordet här`,
          });
        }
        seen.set(key, i);
      }),
    );
  });

export type SearchWords = z.output<typeof SearchWordsSchema>;
