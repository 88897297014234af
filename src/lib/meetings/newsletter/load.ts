/**
 * The e-mail edition's parts gathered from the content, as the report page gathers them
 * (src/pages/traffar/[id].astro). Astro only: used by the endpoints under src/pages/traffar/[id]/.
 */
import { routes } from '../../routing/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { fill, sv } from '../../../i18n/sv.ts';
import { byId, published, schedules, site as siteSettings } from '../../content/collections.ts';
import { resolvePeople } from '../../people/contacts.ts';
import { formatDate } from '../../dates/dates.ts';
import { demoteHeadings } from '../../site/headings.ts';
import { hasReport, meetingCard, placeLabel, presentingTeams, resolveSpeakers, seriesPeriod } from '../meetings.ts';
import { absoluteUrl, siteUrl } from '../../routing/site-url.ts';
import type { NewsletterInput } from './model.ts';
import { renderEntryHtml } from './render-entry.ts';

/** The meetings that get an e-mail edition: published ones with a report. */
export async function newsletterPaths() {
  const meetings = (await published('meetings')).filter(hasReport);
  return meetings.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

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
  const { data } = entry;
  const settings = await siteSettings();
  const people = await byId('people');
  const abs = (path: string) => absoluteUrl(path, site);
  const series = data.series ? (await byId('series')).get(data.series) : undefined;
  // The box's text sits under the box's own <h2>, as on the page: its headings move down a level.
  const seriesText = series?.body?.trim() ? demoteHeadings(await renderEntryHtml(series), 1) : '';
  const seriesName =
    series && data.session !== undefined
      ? fill(sv.meetings.seriesSession, { series: series.data.name, session: data.session })
      : series?.data.name;
  const facts = [
    { label: sv.meetings.date, value: formatDate(data.date) },
    ...(data.time ? [{ label: sv.meetings.time, value: data.time }] : []),
    { label: sv.meetings.place, value: placeLabel(data) ?? sv.meetings.placeUnknown },
    ...(seriesName ? [{ label: sv.meetings.series, value: seriesName }] : []),
    ...(data.kind ? [{ label: sv.meetings.kind, value: sv.meetings.kinds[data.kind] }] : []),
  ];
  const schedule = series ? ((await schedules()).get(series.id) ?? []).map(meetingCard) : [];
  return {
    siteName: settings.name,
    owner: settings.owner,
    siteUrl: siteUrl(site).href,
    pageUrl: abs(routes.meeting(entry.id)),
    title: data.title,
    summary: data.summary,
    facts,
    bodyHtml: await renderEntryHtml(entry),
    background:
      series && seriesText
        ? {
            heading: sv.meetings.background,
            name: series.data.name,
            period: seriesPeriod(series.data),
            html: seriesText,
          }
        : undefined,
    speakers: resolveSpeakers(data.speakers, people),
    teams: presentingTeams(data.teams, await byId('teams')).map((team) => ({
      name: team.name,
      url: team.href ? abs(team.href) : undefined,
    })),
    videos: data.videos ?? [],
    links: (data.links ?? []).map((link) => ({ title: link.title, url: abs(link.url) })),
    contacts: resolvePeople(data.contacts, people),
    schedule:
      series && schedule.length > 0
        ? {
            heading: sv.meetings.schedule,
            intro: fill(sv.meetings.scheduleIntro, { series: series.data.name }),
            meetings: schedule.map((card) => ({
              when: [
                card.session !== undefined ? fill(sv.meetings.session, { session: card.session }) : undefined,
                formatDate(card.date) + (card.time ? `, ${card.time}` : ''),
              ]
                .filter(Boolean)
                .join(', '),
              title: card.title,
              url: abs(card.href),
              where: [card.place ?? sv.meetings.placeUnknown, card.kind ? sv.meetings.kinds[card.kind] : undefined]
                .filter(Boolean)
                .join(' · '),
              current: card.id === entry.id,
            })),
          }
        : undefined,
    labels: {
      speakers: sv.meetings.speakers,
      teams: sv.meetings.teams,
      videos: sv.meetings.videos,
      links: sv.meetings.links,
      contacts: sv.meetings.contacts,
      email: sv.meetings.email,
      phone: sv.meetings.phone,
      thisMeeting: sv.meetings.thisMeeting,
    },
  };
}
