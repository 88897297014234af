/**
 * The schema of `content/personnummer-allowlist.yaml`: the reviewed personnummer that may be
 * published, each with the file it may appear in and why (see personnummer.ts).
 */
import { z } from 'astro/zod';
import type { AllowlistEntry } from './personnummer.ts';

/** The allowlist file: a list of reviewed numbers. */
export const AllowlistSchema = z.array(
  z.strictObject({
    /** The number as written, digits only or with separator. */
    number: z.string({ error: 'ska vara numret inom citattecken' }),
    /** The file it may appear in, relative to content/; every file when left out. */
    file: z.string().optional(),
    /** Why this number may be published (e.g. a test number from Skatteverket). */
    reason: z.string().trim().min(1, { error: 'skriv varför numret får finnas' }),
  }),
) satisfies z.ZodType<AllowlistEntry[]>;
