/**
 * The e-mail edition's input gathered from the content: the report model as the report page gets it
 * (../report-load.ts), with the rendered report and series text. Astro only: used by the endpoints
 * under src/pages/traffar/[id]/ and by the RSS feed.
 */
import type { CollectionEntry } from 'astro:content';
import path from 'node:path';
import { pageCacheKey } from '../../content/cache-key.ts';
import { astroCacheDir } from '../../content/content-dir.ts';
import { site as siteSettings } from '../../content/collections.ts';
import { entryPaths } from '../../content/static-paths.ts';
import { absoluteUrl, siteUrl } from '../../routing/site-url.ts';
import { demoteHeadings } from '../../site/headings.ts';
import { hasReport } from '../meetings.ts';
import { backgroundSeries, loadReport } from '../report-load.ts';
import { isString, readKeptMap, writeKeptMap } from '../../build/kept-map.ts';
import { feedContent } from './feed-content.ts';
import type { NewsletterInput } from './model.ts';
import { renderEntryHtml } from '../../content/entry-html.ts';

/**
 * The meetings that get an e-mail edition: published ones with a report. Each path carries the
 * key of what its edition is made of (`editionKey`), so Astro renders an edition again only when
 * that changes and otherwise copies it from the previous build.
 */
export async function newsletterPaths() {
  const paths = (await entryPaths('meetings')).filter((path) => hasReport(path.props.entry));
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await editionKey(path.props.entry) })));
}

/**
 * The key of a meeting's e-mail editions (src/lib/content/cache-key.ts): the meeting's entry (front
 * matter, body, rendered body), its report model (its series and schedule, the people and teams it
 * names, as shown), the series whose background text it carries, and the site's settings; the site's
 * address is in Astro's configuration, which Astro compares itself.
 */
function editionKey(entry: CollectionEntry<'meetings'>): Promise<string> {
  // Both editions' routes ask (each gets paths of its own: Astro keeps them per route).
  let key = editionKeys.get(entry.id);
  if (!key) {
    key = (async () => {
      const report = await loadReport(entry);
      return pageCacheKey('edition', entry, report, await backgroundSeries(entry, report), await siteSettings());
    })();
    editionKeys.set(entry.id, key);
  }
  return key;
}
const editionKeys = new Map<string, Promise<string>>();

const inputs = new Map<string, Promise<NewsletterInput>>();

/**
 * Everything the e-mail edition of a meeting shows; gathered once per meeting and build, as the
 * HTML and the plain-text edition show the same.
 * @param entry the meeting
 * @param site `Astro.site`
 */
export function newsletterInput(entry: CollectionEntry<'meetings'>, site: URL | undefined): Promise<NewsletterInput> {
  const key = `${entry.id} ${site?.href ?? ''}`;
  let input = inputs.get(key);
  if (!input) {
    input = gather(entry, site);
    inputs.set(key, input);
  }
  return input;
}

async function gather(entry: CollectionEntry<'meetings'>, site: URL | undefined): Promise<NewsletterInput> {
  const settings = await siteSettings();
  const report = await loadReport(entry);
  const series = await backgroundSeries(entry, report);
  return {
    siteName: settings.name,
    owner: settings.owner,
    siteUrl: siteUrl(site).href,
    pageUrl: absoluteUrl(report.href, site),
    report,
    bodyHtml: await renderEntryHtml(entry),
    // The box's text sits under the box's own <h2>, as on the page: its headings move down a level.
    backgroundHtml: series ? demoteHeadings(await renderEntryHtml(series), 1) : '',
  };
}

/**
 * Each report's full content for the RSS feed, by meeting id (see `feedContent`).
 * @param meetings published meetings; those without a report get none
 * @param site `Astro.site`
 */
export async function feedContents(
  meetings: readonly CollectionEntry<'meetings'>[],
  site: URL | undefined,
): Promise<Map<string, string>> {
  // Kept from the last build while what a text is made of is unchanged (src/lib/build/kept-map.ts):
  // the feed carries every report in full, so each build would otherwise render every report's
  // body again for it, even when the report pages and e-mail editions are copied.
  const file = path.join(astroCacheDir(), FEED_CACHE);
  const kept = readKeptMap(file, isString);
  const texts = new Map<string, string>();
  const contents = await Promise.all(
    meetings.filter(hasReport).map(async (entry) => {
      const report = await loadReport(entry);
      const pageUrl = absoluteUrl(report.href, site);
      const key = pageCacheKey('feed', entry, report.videos, report.links, pageUrl);
      const text = kept.get(key) ?? feedContent(await renderEntryHtml(entry), report, pageUrl);
      texts.set(key, text);
      return [entry.id, text] as const;
    }),
  );
  writeKeptMap(file, texts);
  return new Map(contents);
}

/** The feed's kept report texts, in Astro's cache folder. */
const FEED_CACHE = 'basta-feed.json';
