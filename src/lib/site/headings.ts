/**
 * Rendered Markdown placed inside a page: a text written with `##` headings must sit one level below
 * the page section that holds it, or the page's outline breaks; and its heading ids must not clash
 * with those of the page's own text.
 */

/**
 * Moves every heading of an HTML fragment down by some levels (never below `<h6>`).
 * @param html rendered Markdown (the build's own output, not visitor input)
 * @param by how many levels, e.g. 1 turns `<h2>` into `<h3>`
 * @example demoteHeadings('<h2 id="a">Bakgrund</h2>', 1) // '<h3 id="a">Bakgrund</h3>'
 */
export function demoteHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_tag, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + by)}`;
  });
}

/** Attributes whose value is a list of ids in the same document, e.g. a footnote's `aria-describedby`. */
const ID_REFERENCES = /(\s(?:for|headers|aria-controls|aria-describedby|aria-labelledby|aria-owns)=")([^"]*)"/g;

/**
 * Prefixes every `id` attribute of an HTML fragment, and every in-fragment link and reference to one.
 * @param html rendered Markdown (the build's own output, not visitor input)
 * @param prefix e.g. `omgang-`
 * @example prefixIds('<h3 id="bakgrund">Bakgrund</h3>', 'omgang-') // '<h3 id="omgang-bakgrund">Bakgrund</h3>'
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/(\sid=")([^"]*")/g, `$1${prefix}$2`)
    .replace(/(\shref="#)([^"]*")/g, `$1${prefix}$2`)
    .replace(ID_REFERENCES, (_match, attribute: string, ids: string) => {
      const prefixed = ids
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => `${prefix}${id}`);
      return `${attribute}${prefixed.join(' ')}"`;
    });
}

/**
 * An entry's HTML, ready to sit under an `<h2>` of another page: headings one level down, ids prefixed.
 * @param html the entry's HTML (`renderEntryHtml`)
 * @param idPrefix e.g. `omgang-`
 */
export function embeddedHtml(html: string, idPrefix: string): string {
  return prefixIds(demoteHeadings(html, 1), idPrefix);
}
