import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sv } from '../../../i18n/sv.ts';
import { meetingFacts } from '../../meetings/report.ts';
import { MeetingPreview, PlanPreview, reportFacts, TeamPreview, type PreviewProps } from './preview.ts';

interface Element {
  type: string;
  props: Record<string, unknown> | null;
  children: unknown[];
}

/** React's createElement as the CMS hands it to previews, recording the tree instead. */
const h = (type: string, props: Record<string, unknown> | null, ...children: unknown[]): Element => ({
  type,
  props,
  children,
});

/** Every text in a tree, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object' && 'children' in node) return texts((node as Element).children);
  return [];
}

function props(data: Record<string, unknown>): PreviewProps & { document: { title: string } } {
  return {
    entry: { getIn: (path) => (path[0] === 'data' ? data[path[1] as string] : undefined) },
    widgetFor: (name) => `[${name}]`,
    document: { title: '' } as Document & { title: string },
  };
}

beforeEach(() => {
  (globalThis as unknown as { h: typeof h }).h = h;
});
afterEach(() => {
  delete (globalThis as unknown as { h?: typeof h }).h;
});

describe('reportFacts', () => {
  it('gives the facts of the report page, with the series where the page puts it, before the kind of meeting', () => {
    const data = { date: '2020-09-21', time: '13:30–16:00', series: 'vaxa', kind: 'uppfoljning' } as const;
    const facts = reportFacts(data, '[series]');
    expect(facts.map((fact) => fact.label)).toEqual([
      sv.meetings.date,
      sv.meetings.time,
      sv.meetings.place,
      sv.meetings.series,
      sv.meetings.kind,
    ]);
    const page = meetingFacts(data);
    expect(facts.filter((fact) => fact.label !== sv.meetings.series)).toEqual(page);
    expect(facts[3]?.value).toBe('[series]');
  });

  it('shows no facts while the date is not a content date yet, instead of failing', () => {
    expect(reportFacts({ date: '2020-0' }, '')).toEqual([]);
    expect(reportFacts({}, '')).toEqual([]);
  });
});

describe('the preview templates', () => {
  it('lay a report out as its page does, say when there is no report, and name the preview after the entry', () => {
    const given = props({ title: 'Träff 5', summary: 'Om träffen.', date: '2020-11-17', speakers: [{ person: 'a' }] });
    const shown = texts(MeetingPreview(given));
    expect(shown.slice(0, 2)).toEqual(['Träff 5', 'Om träffen.']);
    expect(shown).toContain('17 november 2020');
    expect(shown).toContain(sv.meetings.noReport);
    expect(shown).toContain(sv.meetings.speakers);
    expect(shown).not.toContain(sv.meetings.videos);
    expect(given.document.title).toBe('Förhandsgranskning: Träff 5');
  });

  it('show the body through the CMS when there is one, and a team status in the page’s words', () => {
    expect(texts(MeetingPreview(props({ title: 'T', date: '2020-11-17', body: 'Text' })))).toContain('[body]');
    const team = props({ name: 'KAA', status: 'infort', organisations: ['Skolan', 'BVC'] });
    const shown = texts(TeamPreview(team));
    expect(shown).toEqual(expect.arrayContaining(['KAA', 'Infört', 'Skolan', 'BVC', '[body]']));
    expect(team.document.title).toBe('Förhandsgranskning: KAA');
    expect(texts(PlanPreview(props({ title: 'Plan' })))).toEqual(['Plan', '', '[body]', '[rows]', '[goals]']);
  });
});
