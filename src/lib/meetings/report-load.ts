/**
 * The report model (report.ts) filled from the content collections, and the parts of a report only
 * Astro can render. The one place where a report is loaded: the report page, the e-mail edition's
 * endpoints (newsletter/load.ts) and the RSS feed call these. Astro only.
 */
import { render, type CollectionEntry } from 'astro:content';
import { byId, schedules } from '../content/collections.ts';
import { embeddedHtml } from '../site/headings.ts';
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
 * What the report page renders: the model, the report's body, and the series' background text.
 * The text sits under the box's own <h2>: Markdown comes as HTML with its headings a level down and
 * its ids prefixed so they cannot clash with the report's (`embeddedHtml`); MDX is rendered as it is.
 * @param entry the meeting
 */
export async function reportPage(entry: CollectionEntry<'meetings'>) {
  const view = await loadReport(entry);
  const { Content } = await render(entry);
  const series = await backgroundSeries(entry, view);
  const seriesHtml = embeddedHtml(series?.rendered, 'omgang-');
  const SeriesContent = series && !seriesHtml ? (await render(series)).Content : undefined;
  return { view, Content, seriesHtml, SeriesContent };
}
