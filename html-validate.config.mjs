// @ts-check
/**
 * html-validate's rules for every HTML file the build writes: the pages and the e-mail editions
 * (`traffar/<id>/nyhetsbrev.html`). Checked over the built site by tests/e2e/html.test.ts, and by
 * `npx html-validate <folder>` run from the project. The presets are `html-validate:recommended` and
 * `html-validate:document`; every rule turned off or loosened below says why. Patterns in `files`
 * are matched against paths relative to the built site's folder.
 */
import { defineFlatConfig } from 'html-validate';
import html5 from 'html-validate/elements/html5';
import { document, recommended } from 'html-validate/presets';

export default defineFlatConfig([
  { name: 'html5', elements: [html5] },
  recommended,
  document,
  {
    name: 'the site',
    rules: {
      // A group of checkboxes shares one name and sends each ticked value under it
      // (`/sok/?typ=traff&typ=plan`), which is how the search reads several choices of one filter.
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit', 'button', 'reset'] }],
      // A page's title is its own name, then the site's ("… – Bästa platsen att leva på – barn och
      // unga"): the site's name alone is 40 characters, and the page's name comes from the editors'
      // titles, which must be shown whole. Search engines cut a long title, but after the page's name.
      'long-title': 'off',
      // The plans' matrix is an ARIA table of <div>s (src/components/plans/PlanMatrix.astro): on a
      // phone its rows become cards, and Safari with VoiceOver drops a <table>'s semantics when CSS
      // changes the display of its rows and cells, while roles on <tr> and <td> are invalid HTML.
      // Only these two roles are let through; every other role still needs its native element.
      'prefer-native-element': ['error', { exclude: ['table', 'cell'] }],
      // Subresource integrity guards against a file changed on another server. Every script and
      // style is the build's own, served from the same origin; a resource from elsewhere still needs it.
      'require-sri': ['error', { target: 'crossorigin' }],
      // The rule wants U+2011 (non-breaking hyphen) in phone numbers shown as text. A number copied
      // from the page with U+2011 is not read as a hyphen by dialers and contact apps; the number is
      // also a tel: link, which is what phones use.
      'tel-non-breaking': 'off',
    },
  },
  {
    name: 'the search page',
    files: ['sok/index.html'],
    rules: {
      // The result template (<template id="sokmall">) holds an empty heading that the search script
      // fills for each result. A template's content is not part of the page until it is copied.
      'empty-heading': 'off',
    },
  },
  {
    name: 'the e-mail editions',
    files: ['**/nyhetsbrev.html'],
    rules: {
      // Mail clients (Gmail, Outlook) drop or ignore <style> blocks: inline styles are the only
      // styles that survive, which is why they are inlined.
      'no-inline-style': 'off',
      // Outlook renders with Word's engine, which honours cellpadding, cellspacing, border, width and
      // align on tables and cells, and not their CSS equivalents.
      'no-deprecated-attr': 'off',
      // role="presentation" is the older synonym of role="none" and the one older screen readers and
      // mail clients know; layout tables in e-mail use it by convention.
      'presentation-role-style': 'off',
      // Outlook on Windows reads `mso-hide`, the property that hides the preheader from it, only in
      // a conditional comment (src/lib/meetings/newsletter/email-html.ts); every other client sees a comment.
      'no-conditional-comment': 'off',
    },
  },
]);
