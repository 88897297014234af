import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingCard, MeetingEntry } from '../../lib/meetings/meetings.ts';
import { meetingFacts, scheduleItems } from '../../lib/meetings/report.ts';
import MeetingFacts from './MeetingFacts.astro';
import MeetingList from './MeetingList.astro';
import SeriesBackground from './SeriesBackground.astro';
import SeriesSchedule from './SeriesSchedule.astro';
import SpeakerList from './SpeakerList.astro';
import PresentingTeams from './PresentingTeams.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The text a reader sees: tags removed, white space collapsed. */
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.:])/g, '$1')
    .trim();

const card = (id: string, extra: Partial<MeetingCard> = {}): MeetingCard => ({
  id,
  href: `/traffar/${id}/`,
  title: `Träff ${id}`,
  date: '2020-09-21',
  summary: `Sammanfattning av ${id}.`,
  hasReport: false,
  ...extra,
});

describe('MeetingFacts', () => {
  it('shows date, time, place, series with session and the kind of meeting', async () => {
    const html = await container.renderToString(MeetingFacts, {
      props: {
        facts: meetingFacts(
          { date: '2020-09-21', time: '13:30–16:00', place: 'Rosensalen', session: 4, kind: 'uppfoljning' },
          'Bästa platsen att växa upp',
        ),
      },
    });
    expect(html).toMatch(/<dl class="facts[^"]*"/);
    expect(html).toContain('<time datetime="2020-09-21"');
    expect(text(html)).toBe(
      'Datum 21 september 2020 Tid 13:30–16:00 Plats Rosensalen Omgång Bästa platsen att växa upp, träff 4 Typ av träff Uppföljning',
    );
  });

  it('says that the place is not given when neither place nor online is known, and leaves out unknown facts', async () => {
    const html = await container.renderToString(MeetingFacts, { props: { facts: meetingFacts({ date: '2023-03' }) } });
    expect(text(html)).toBe('Datum mars 2023 Plats Plats är inte angiven');
  });

  it('names the series without a number when the session is not known', async () => {
    const html = await container.renderToString(MeetingFacts, {
      props: { facts: meetingFacts({ date: '2023-03' }, 'Omgången') },
    });
    expect(text(html)).toBe('Datum mars 2023 Plats Plats är inte angiven Omgång Omgången');
  });
});

describe('MeetingList', () => {
  it('links each title and shows date, time and place, or that the place is not given', async () => {
    const html = await container.renderToString(MeetingList, {
      props: {
        meetings: [card('a', { time: '13:00–15:00', place: 'Digitalt via Zoom' }), card('b', { date: '2023-03' })],
      },
    });
    expect(html).toMatch(/<ul class="meeting-list[^"]*"/);
    expect(html).toMatch(/<a href="\/traffar\/a\/"[^>]*>Träff a<\/a>/);
    expect(text(html)).toContain('Träff a 21 september 2020, 13:00–15:00 · Digitalt via Zoom');
    expect(text(html)).toContain('Träff b mars 2023 · Plats är inte angiven');
    expect(text(html)).not.toMatch(/rapport|Sammanfattning/i);
  });

  it('says whether a report exists, and shows summaries, when asked to', async () => {
    const html = await container.renderToString(MeetingList, {
      props: { meetings: [card('a', { hasReport: true }), card('b')], showReport: true, showSummary: true },
    });
    expect(text(html)).toContain(
      'Träff a 21 september 2020 · Plats är inte angiven · Rapport finns Sammanfattning av a.',
    );
    expect(text(html)).toContain('· Ingen rapport Sammanfattning av b.');
  });

  it('hides the dot separators from screen readers', async () => {
    const html = await container.renderToString(MeetingList, { props: { meetings: [card('a')] } });
    expect(html).toMatch(/<span class="separator"[^>]* aria-hidden="true"/);
  });
});

describe('SpeakerList', () => {
  it('shows each speaker with role, organisation and topic, and leaves out what is not known', async () => {
    const html = await container.renderToString(SpeakerList, {
      props: {
        speakers: [
          { name: 'Tyra Warfvinge', role: 'samordnare', organisation: 'SKR', topic: 'Barnhälsovården' },
          { name: 'Susan Hannah' },
        ],
      },
    });
    const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1] ?? ''));
    expect(items).toEqual(['Tyra Warfvinge, samordnare, SKR Barnhälsovården', 'Susan Hannah']);
  });
});

describe('PresentingTeams', () => {
  it('links a team with a page and names a team without one as plain text', async () => {
    const html = await container.renderToString(PresentingTeams, {
      props: {
        teams: [
          { id: 'klar', name: 'Ett klart team', href: '/exempel/klar/' },
          { id: 'utkast', name: 'Ett utkast' },
        ],
      },
    });
    expect(html).toMatch(/<li[^>]*><a href="\/exempel\/klar\/"[^>]*>Ett klart team<\/a><\/li>/);
    expect(html).toMatch(/<li[^>]*>Ett utkast<\/li>/);
    expect(html).not.toContain('/exempel/utkast/');
  });
});

describe('SeriesSchedule', () => {
  const entry = (id: string, data: Partial<MeetingEntry['data']> & { date: string }): MeetingEntry => ({
    id,
    data: { title: `Träff ${id}`, summary: `Sammanfattning av ${id}.`, ...data },
  });
  const meetings = scheduleItems(
    [
      entry('a', { session: 1, date: '2020-03-03', time: '13:00–16:00', place: 'Rocksjöbadet' }),
      entry('b', { session: 2, date: '2020-04-27', kind: 'uppfoljning', online: 'Zoom' }),
      entry('c', { date: '2020-06-08' }),
    ],
    'b',
  );

  it('lists every meeting in the given order as an ordered list', async () => {
    const html = await container.renderToString(SeriesSchedule, { props: { meetings } });
    expect(html).toMatch(/<ol class="schedule[^"]*"/);
    const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1] ?? ''));
    expect(items).toEqual([
      'Träff 1: 3 mars 2020, 13:00–16:00 Träff a Rocksjöbadet',
      'Träff 2: 27 april 2020 Träff b Den här träffen Digitalt via Zoom · Uppföljning',
      '8 juni 2020 Träff c Plats är inte angiven',
    ]);
  });

  it('marks this meeting with aria-current="page" and visible text, and only this one', async () => {
    const html = await container.renderToString(SeriesSchedule, { props: { meetings } });
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/<a href="\/traffar\/b\/" aria-current="page"[^>]*>/);
    expect(html.match(/Den här träffen/g)).toHaveLength(1);
  });
});

describe('SeriesBackground', () => {
  it('is a labelled aside with a heading, the series name, its period and the text', async () => {
    const html = await container.renderToString(SeriesBackground, {
      props: { name: 'Bästa platsen att växa upp, leva och bo på', period: 'mars 2020 – januari 2021' },
      slots: { default: '<h3>Bakgrund</h3><p>Text.</p>' },
    });
    expect(html).toMatch(/<aside class="series-background[^"]*" aria-labelledby="bakgrundsruta-rubrik"/);
    expect(html).toMatch(/<h2 id="bakgrundsruta-rubrik"[^>]*>Om omgången<\/h2>/);
    expect(text(html)).toBe(
      'Om omgången Bästa platsen att växa upp, leva och bo på mars 2020 – januari 2021 Bakgrund Text.',
    );
  });
});
