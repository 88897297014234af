/**
 * A series' background text where another page shows it: beside a report, on the start page, and
 * as a round on the about page. There it sits under a heading of that page, so its own headings
 * move down and its ids get a prefix that keeps them apart from the page's. The text is the
 * entry's HTML (`renderEntryHtml`, the same as every other output of it). Astro only.
 */
import type { CollectionEntry } from 'astro:content';
import { hasBodyText } from '../meetings/meetings.ts';
import type { ListPage } from '../routing/paging.ts';
import { roundPages, seriesYears, sortSeries } from '../site/about.ts';
import { demoteHeadings, embeddedHtml } from '../site/headings.ts';
import { byId, once } from './collections.ts';
import { renderEntryHtml } from './entry-html.ts';

/**
 * A series' text under a page's `<h2>` (`embeddedHtml`: headings one level down, ids prefixed);
 * nothing when the series has no text.
 * @param series the series, if any
 * @param idPrefix e.g. `omgang-`
 */
export async function seriesText(
  series: CollectionEntry<'series'> | undefined,
  idPrefix: string,
): Promise<string | undefined> {
  if (!series || !hasBodyText(series)) return undefined;
  return embeddedHtml(await renderEntryHtml(series), idPrefix);
}

/** A round on the about page. */
export interface RoundText {
  id: string;
  name: string;
  /** The round's years, as `seriesYears` words them. */
  years: string;
  filePath?: string | undefined;
  /** The round's text with its headings two levels down (the round's <h3> sits under an <h2>). */
  html: string;
}

/** Every round (series) for the about page, the first one first, each with its text. */
async function roundTexts(): Promise<RoundText[]> {
  return Promise.all(
    sortSeries((await byId('series')).values()).map(async (entry) => ({
      id: entry.id,
      name: entry.data.name,
      years: seriesYears(entry.data),
      filePath: entry.filePath,
      html: demoteHeadings(await renderEntryHtml(entry), 2),
    })),
  );
}

/**
 * The about page's pages of rounds (`/om/`, `/om/sida/2/`, …; see `roundPages`), each round's text
 * rendered once per build for all of them.
 */
export function roundTextPages(): Promise<Array<ListPage<RoundText>>> {
  return once('about:rounds', async () => roundPages(await roundTexts()));
}
