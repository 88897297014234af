/** A contact or coach: `content/people/<id>.yaml`. */
import { z } from 'astro/zod';
import { EmailSchema, TextSchema } from './fragments.ts';
import { field } from './meta.ts';

/**
 * A phone number as Swedish organisations print it: an optional country code (`+46`, with `(0)` for
 * the trunk zero or without it) or an area code in brackets, then digits in groups joined by a
 * hyphen (spaces around it allowed) or by a space: `036-32 10 00`, `036 - 32 10 00`,
 * `+46 (0)36-32 10 00`, `+46 10 242 40 00`, `(036) 32 10 00`.
 */
const PHONE = /^(?:\+\d{2,3} ?(?:\(0\) ?)?|\(0\d{1,3}\) ?)?\d+(?:(?: ?- ?| )\d+)*$/;
const PHONE_FORMAT = 'ska vara ett telefonnummer, till exempel 036-32 10 00, 070-123 45 67 eller +46 36-32 10 00';
const digitCount = (phone: string) => phone.replace(/\D/g, '').length;

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
      .regex(PHONE, { error: PHONE_FORMAT })
      .refine((phone) => digitCount(phone) >= 7 && digitCount(phone) <= 15, { error: PHONE_FORMAT })
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
