/**
 * The part of pa11y's API (https://github.com/pa11y/pa11y#javascript-interface) that the tests use;
 * the package ships no types of its own.
 */
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';

  interface Pa11yIssue {
    /** E.g. `WCAG2AA.Principle4.Guideline4_1.4_1_1.F77`. */
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    selector: string;
    runner: string;
  }

  interface Pa11yOptions {
    /** A browser to use instead of one pa11y launches (then `chromeLaunchConfig` is ignored). */
    browser?: Browser;
    /** A page of `browser` to test as it is (with `ignoreUrl`) instead of a new one. */
    page?: Page;
    ignoreUrl?: boolean;
    runners?: Array<'htmlcs' | 'axe'>;
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    includeWarnings?: boolean;
    includeNotices?: boolean;
    timeout?: number;
  }

  function pa11y(url: string, options?: Pa11yOptions): Promise<{ pageUrl: string; issues: Pa11yIssue[] }>;
  export default pa11y;
}
