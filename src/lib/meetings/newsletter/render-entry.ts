/**
 * A content entry's body as HTML, once per build: Markdown as Astro rendered it when loading the
 * content, MDX with Astro's container API and the same MDX components as the page — so the e-mail edition and the feed carry exactly the page's report
 * text, never a second copy of it. Only usable inside Astro (endpoints), not in plain scripts.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { mdxComponents } from '../../../components/mdx/index.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

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
        // Markdown is rendered when the content is loaded; only MDX, and Markdown with local images
        // (their addresses are filled in by render()), need the container.
        const images = entry.rendered?.metadata?.imagePaths?.length ?? 0;
        if (entry.rendered && images === 0 && !entry.filePath?.endsWith('.mdx')) return entry.rendered.html;
        const { Content } = await render(entry);
        return (await getContainer()).renderToString(Content, { props: { components: mdxComponents } });
      })(),
    );
  }
  return rendered.get(key) as Promise<string>;
}
