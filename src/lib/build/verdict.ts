/**
 * What scripts/build.ts receives from the validator's process (validate-child.ts). Its own module,
 * so the build script imports neither the validator nor the schemas (they stay in that process).
 */
import type { AllowlistEntry } from '../validate/personnummer.ts';
import type { ExpectedPage } from './pages.ts';

/** Set in the environment of the process scripts/build.ts forks to run validate-child.ts. */
export const VALIDATE_CHILD_ENV = 'BASTA_VALIDATE_CHILD';

/** What the build needs from the validator; plain data, so it crosses the IPC channel. */
export interface Verdict {
  /** How many problems are errors (the build stops on any). */
  errors: number;
  /** Every problem, formatted for the terminal (`path:line:col  error  field: message  (rule)`). */
  lines: string[];
  /** The closing line, e.g. "2 fel i 1 fil (134 filer kontrollerade)". */
  summary: string;
  fileCount: number;
  /** The pages the content must produce (checked after Astro's build). */
  pages: ExpectedPage[];
  /**
   * The reviewed personnummer (`content/personnummer-allowlist.yaml`), as the validator read them:
   * the build's scan of the built pages honours the same list as the validator's scan of the content.
   */
  allowlist: AllowlistEntry[];
  /** How long validation took, in ms. */
  ms: number;
}
