/**
 * A series' background text where another page shows it: beside a report, on the start page, and
 * as a round on the about page. There it sits under a heading of that page, so its own headings
 * move down and its ids get a prefix that keeps them apart from the page's. Markdown comes as HTML;
 * MDX (and Markdown with images, whose addresses only `render()` fills in) as a component to
 * render. Astro only.
 */
import { render, type CollectionEntry } from 'astro:content';
import { hasBodyText } from '../meetings/meetings.ts';
import { seriesYears, sortSeries } from '../site/about.ts';
import { demoteHeadings, embeddedHtml } from '../site/headings.ts';
import { byId } from './collections.ts';

type Content = Awaited<ReturnType<typeof render>>['Content'];

/**
 * A series' text under a page's `<h2>`: its headings one level down, its ids prefixed
 * (`embeddedHtml`); nothing when the series has no text.
 * @param series the series, if any
 * @param idPrefix e.g. `omgang-`
 * @returns `html` for Markdown, else `Content` for the page to render
 */
export async function seriesText(
  series: CollectionEntry<'series'> | undefined,
  idPrefix: string,
): Promise<{ html?: string; Content?: Content }> {
  if (!series || !hasBodyText(series)) return {};
  const html = embeddedHtml(series.rendered, idPrefix);
  return html ? { html } : { Content: (await render(series)).Content };
}

/** A round on the about page. */
export interface RoundText {
  id: string;
  name: string;
  /** The round's years, as `seriesYears` words them. */
  years: string;
  filePath?: string | undefined;
  /** Markdown's text with its headings two levels down (the round's <h3> sits under an <h2>). */
  html?: string | undefined;
  /** MDX's text, to render with its headings mapped down (`headingTags(2)`). */
  Content?: Content | undefined;
}

/** Every round (series) for the about page, the first one first, each with its text. */
export async function roundTexts(): Promise<RoundText[]> {
  return Promise.all(
    sortSeries((await byId('series')).values()).map(async (entry) => ({
      id: entry.id,
      name: entry.data.name,
      years: seriesYears(entry.data),
      filePath: entry.filePath,
      // Markdown comes pre-rendered; MDX is rendered here, with its headings mapped down instead.
      html: entry.rendered?.html === undefined ? undefined : demoteHeadings(entry.rendered.html, 2),
      Content: entry.rendered?.html === undefined ? (await render(entry)).Content : undefined,
    })),
  );
}
