/** A contact or coach: `content/people/<id>.yaml`. */
import { z } from 'astro/zod';
import { EmailSchema, TextSchema } from './fragments.ts';

export const PersonSchema = z.strictObject({
  /** Full name. */
  name: TextSchema,
  /** Job title, e.g. "folkhälsoutvecklare"; leave out when the source does not give it. */
  title: TextSchema.optional(),
  /** Where the person works, e.g. "Folkhälsa och sjukvård, Region Jönköpings län". */
  organisation: TextSchema,
  /** Work e-mail address. */
  email: EmailSchema,
  /** Work phone number. */
  phone: z
    .string({ error: 'ska vara ett telefonnummer inom citattecken' })
    .regex(/^\+?[\d\s-]{7,20}$/, { error: 'ska vara ett telefonnummer, till exempel 070-123 45 67' })
    .optional(),
  /** Whether the person is one of the network's coaches. */
  coach: z.boolean({ error: 'ska vara true eller false' }).optional(),
});

export type Person = z.output<typeof PersonSchema>;
