/** Site settings: `content/site.yaml`. */
import { z } from 'astro/zod';
import { EmailSchema, IsoDateSchema, TextSchema, WebUrlSchema } from './fragments.ts';
import { exampleOf, field } from './meta.ts';

const AccessibilitySchema = z.strictObject({
  compliance: field(z.enum(['full', 'delvis', 'inte'], { error: 'ska vara full, delvis eller inte' }), {
    label: 'Förenlighet med kraven',
    help: 'Hur väl webbplatsen uppfyller kraven i lagen: helt, delvis eller inte alls.',
    example: 'delvis',
  }),
  method: field(TextSchema, {
    label: 'Metod',
    help: 'Hur webbplatsen har granskats.',
    example: 'Egen granskning med automatiska tester och manuell kontroll',
  }),
  assessed: field(IsoDateSchema, {
    label: 'Granskad',
    help: 'När webbplatsen senast granskades, som `ÅÅÅÅ-MM-DD`.',
    example: '2025-01-15',
  }),
  feedbackEmail: field(EmailSchema, {
    label: 'E-post för brister',
    help: 'Dit besökare kan anmäla brister i tillgängligheten.',
    example: 'tillganglighet@example.se',
  }),
});

export const SiteSchema = z.strictObject({
  name: field(TextSchema, {
    label: 'Namn',
    help: 'Webbplatsens namn, som visas i sidhuvudet och i sidornas titlar.',
    example: 'Bästa platsen att leva på – barn och unga',
  }),
  description: field(TextSchema, {
    label: 'Beskrivning',
    help: 'En mening om vad webbplatsen är.',
    example: 'Träffar och goda exempel från det lärande nätverket.',
  }),
  owner: field(TextSchema, {
    label: 'Ägare',
    help: 'Den offentliga organisation som ansvarar för webbplatsen.',
    example: 'Region Jönköpings län',
  }),
  contactEmail: field(EmailSchema.optional(), {
    label: 'E-post till redaktionen',
    help: 'Dit besökare kan skriva till webbplatsens redaktörer.',
    example: 'redaktionen@example.se',
  }),
  repository: field(WebUrlSchema.optional(), {
    label: 'Projektets adress',
    help: 'Projektets adress på GitHub. Den ger länkarna **Föreslå en ändring** och ändringshistorik på varje sida.',
    example: 'https://github.com/organisation/basta-platsen',
  }),
  accessibility: field(AccessibilitySchema.optional(), {
    label: 'Tillgänglighetsredogörelse',
    help: 'Uppgifterna till webbplatsens tillgänglighetsredogörelse.',
    example: exampleOf(AccessibilitySchema),
  }),
});

export type Site = z.output<typeof SiteSchema>;
