/**
 * The report model (report.ts) filled from the content collections, and the parts of a report only
 * Astro can render. The one place where a report is loaded: the report page, the e-mail edition's
 * endpoints (newsletter/load.ts) and the RSS feed call these. Astro only.
 */
import { render, type CollectionEntry } from 'astro:content';
import { pageCacheKey } from '../content/cache-key.ts';
import { byId, metaFor, schedules, site } from '../content/collections.ts';
import { entryPaths } from '../content/static-paths.ts';
import { seriesText } from '../content/series-text.ts';
import { reportView, type ReportView } from './report.ts';

/** The meeting's series, when it names one that exists. */
async function seriesOf(entry: CollectionEntry<'meetings'>): Promise<CollectionEntry<'series'> | undefined> {
  return entry.data.series ? (await byId('series')).get(entry.data.series) : undefined;
}

/**
 * The report of a meeting, from the collections.
 * @param entry the meeting
 */
export async function loadReport(entry: CollectionEntry<'meetings'>): Promise<ReportView> {
  const series = await seriesOf(entry);
  return reportView(entry, {
    people: await byId('people'),
    teams: await byId('teams'),
    series,
    schedule: series ? ((await schedules()).get(series.id) ?? []) : [],
  });
}

/**
 * The series whose background box a report shows (its text is rendered by each output); undefined
 * when the report shows none.
 * @param entry the meeting
 * @param view its report
 */
export async function backgroundSeries(
  entry: CollectionEntry<'meetings'>,
  view: Pick<ReportView, 'background'>,
): Promise<CollectionEntry<'series'> | undefined> {
  return view.background ? seriesOf(entry) : undefined;
}

/**
 * What the report page renders: the model, the report's body, and the series' background text
 * under the box's own <h2> (`seriesText`; its ids prefixed so they cannot clash with the report's).
 * @param entry the meeting
 */
export async function reportPage(entry: CollectionEntry<'meetings'>) {
  const view = await loadReport(entry);
  const { Content } = await render(entry);
  const seriesHtml = await seriesText(await backgroundSeries(entry, view), 'omgang-');
  return { view, Content, seriesHtml };
}

/**
 * The report pages, `/traffar/<id>/`, each with the key of what it shows
 * (src/lib/content/cache-key.ts), so Astro renders a page again only when that changes: the
 * meeting's entry (front matter, body), its report model (series, schedule, people, teams as
 * shown), the background series, the site's settings and the page's "last changed" facts.
 */
export async function reportPaths() {
  return Promise.all(
    (await entryPaths('meetings')).map(async (path) => {
      const entry = path.props.entry;
      const view = await loadReport(entry);
      const parts = [
        'report',
        entry,
        view,
        await backgroundSeries(entry, view),
        await site(),
        await metaFor([entry.filePath]),
      ];
      return { ...path, cacheKey: pageCacheKey(...parts) };
    }),
  );
}
