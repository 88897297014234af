/** A contact or coach: `content/people/<id>.yaml`. */
import { z } from 'astro/zod';
import { EmailSchema, TextSchema } from './fragments.ts';
import { field } from './meta.ts';

export const PersonSchema = z.strictObject({
  name: field(TextSchema, { label: 'Namn', help: 'För- och efternamn.', example: 'Förnamn Efternamn' }),
  title: field(TextSchema.optional(), {
    label: 'Befattning',
    help: 'Befattningen i tjänsten. Lämna bort fältet om källan inte säger den.',
    example: 'folkhälsoutvecklare',
  }),
  organisation: field(TextSchema, {
    label: 'Arbetsplats',
    help: 'Var personen arbetar: förvaltning eller avdelning, och organisation.',
    example: 'Folkhälsa och sjukvård, Region Jönköpings län',
  }),
  email: field(EmailSchema, {
    label: 'E-post',
    help: 'E-postadress i tjänsten.',
    example: 'fornamn.efternamn@example.se',
  }),
  phone: field(
    z
      .string({ error: 'ska vara ett telefonnummer inom citattecken' })
      .regex(/^\+?[\d\s-]{7,20}$/, { error: 'ska vara ett telefonnummer, till exempel 070-123 45 67' })
      .optional(),
    { label: 'Telefon', help: 'Telefonnummer i tjänsten, inom citattecken.', example: '070-123 45 67' },
  ),
  coach: field(z.boolean({ error: 'ska vara true eller false' }).optional(), {
    label: 'Coach',
    help: '`true` om personen är en av nätverkets coacher.',
    example: true,
  }),
});

export type Person = z.output<typeof PersonSchema>;
