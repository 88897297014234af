/**
 * Whether an entry is published — the one place the site decides it. An entry is published unless
 * its front matter says `draft: true`: a draft is validated like any entry but has no page, is in no
 * list, feed, hub, search index or calendar, and nothing links to it. The build's expected pages,
 * the change summaries and the site's lists all ask here (a lint rule keeps `draft` from being read
 * anywhere else).
 */

/**
 * @param data an entry's front matter (or YAML data), as parsed; anything else is not an entry
 * @example isPublished({ title: 'Träff' }) // true
 * @example isPublished({ title: 'Träff', draft: true }) // false
 * @example isPublished(undefined) // false
 */
export function isPublished(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft !== true;
}

/**
 * The published entries of a list, in their order.
 * @example publishedOnly([{ id: 'a', data: {} }, { id: 'b', data: { draft: true } }]) // [{ id: 'a', data: {} }]
 */
export function publishedOnly<E extends { data: unknown }>(entries: readonly E[]): E[] {
  return entries.filter((entry) => isPublished(entry.data));
}
