/**
 * A content entry's body as HTML, once per build: as Astro keeps it from loading the content (`.md`
 * by Astro's Markdown processor, `.mdx` by ours, src/lib/mdx/render-html.ts), or, when the body has
 * local images (whose addresses Astro fills in only in `render()`), rendered with Astro's container
 * API. So the report page, its e-mail edition, the feed and the pages that show a series' text carry
 * exactly the same text, never a second copy of it. Only usable inside Astro (pages, endpoints).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render, type CollectionEntry } from 'astro:content';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/**
 * The entry's body as HTML; empty when it has none. Cached by collection and id for the build.
 * @param entry a meeting or series entry
 */
export function renderEntryHtml(entry: CollectionEntry<'meetings'> | CollectionEntry<'series'>): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  if (!rendered.has(key)) {
    rendered.set(
      key,
      (async () => {
        if (!entry.body?.trim()) return '';
        const images = entry.rendered?.metadata?.imagePaths?.length ?? 0;
        if (entry.rendered && images === 0) return entry.rendered.html;
        const { Content } = await render(entry);
        container ??= AstroContainer.create();
        return (await container).renderToString(Content);
      })(),
    );
  }
  return rendered.get(key) as Promise<string>;
}
