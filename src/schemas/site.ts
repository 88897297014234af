/** Site settings: `content/site.yaml`. */
import { z } from 'astro/zod';
import { EmailSchema, IsoDateSchema, TextSchema, WebUrlSchema } from './fragments.ts';

export const SiteSchema = z.strictObject({
  /** The site's name, shown in the header and titles. */
  name: TextSchema,
  /** One sentence on what the site is. */
  description: TextSchema,
  /** The public body responsible for the site. */
  owner: TextSchema,
  /** Where visitors can write to the site's editors. */
  contactEmail: EmailSchema.optional(),
  /** The repository on the hosting service, for "Föreslå en ändring" and history links. */
  repository: WebUrlSchema.optional(),
  /** Data of the accessibility statement (tillgänglighetsredogörelse). */
  accessibility: z
    .strictObject({
      /** How well the site meets the requirements: `full`, `delvis` or `inte`. */
      compliance: z.enum(['full', 'delvis', 'inte'], { error: 'ska vara full, delvis eller inte' }),
      /** How the site was assessed. */
      method: TextSchema,
      /** When the site was last assessed, `YYYY-MM-DD`. */
      assessed: IsoDateSchema,
      /** Where to report accessibility problems. */
      feedbackEmail: EmailSchema,
    })
    .optional(),
});

export type Site = z.output<typeof SiteSchema>;
