import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sv } from '../../../i18n/sv.ts';
import { meetingFacts } from '../../meetings/report.ts';
import { teams as teamStrings } from '../../../i18n/sv/teams.ts';
import { LISTS_COLLECTION } from './config.ts';
import { listNames, MeetingPreview, PlanPreview, reportFacts, TeamPreview, type PreviewProps } from './preview.ts';

interface Element {
  type: unknown;
  props: Record<string, unknown> | null;
  children: unknown[];
}

/** React's createElement as the CMS hands it to previews, recording the tree instead. */
const h = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]): Element => ({
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

/** A class component's specification, as create-react-class takes it. */
interface ClassSpec {
  getInitialState(): Record<string, unknown>;
  componentDidMount(): void;
  render(): unknown;
}

/** create-react-class as the CMS hands it to previews: the specification itself, run by {@link mount}. */
const createClass = (spec: ClassSpec) => spec;

/** Every element of a tree whose type is a class component. */
function components(node: unknown): Element[] {
  if (Array.isArray(node)) return node.flatMap(components);
  if (!node || typeof node !== 'object' || !('children' in node)) return [];
  const element = node as Element;
  return [...(typeof element.type === 'object' ? [element] : []), ...components(element.children)];
}

/** What a class component draws before and after it has mounted and its promises have settled. */
async function mount(element: Element): Promise<{ first: unknown; settled: unknown }> {
  const spec = element.type as ClassSpec;
  const instance = {
    props: element.props,
    state: spec.getInitialState(),
    setState(state: Record<string, unknown>) {
      this.state = { ...this.state, ...state };
    },
  };
  const first = spec.render.call(instance);
  spec.componentDidMount.call(instance);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { first, settled: spec.render.call(instance) };
}

beforeEach(() => {
  Object.assign(globalThis, { h, createClass });
});
afterEach(() => {
  delete (globalThis as unknown as { h?: typeof h }).h;
  delete (globalThis as unknown as { createClass?: typeof createClass }).createClass;
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

/** A list file's entry as the CMS holds it, by what `getCollection` is asked. */
function lists(items: Record<string, unknown>): NonNullable<PreviewProps['getCollection']> {
  return (collection, slug) =>
    Promise.resolve(
      collection === LISTS_COLLECTION && slug in items
        ? { getIn: (path: readonly string[]) => (path.join('.') === 'data.items' ? items[slug] : undefined) }
        : undefined,
    );
}

const MUNICIPALITIES = [
  { id: 'jonkoping', name: 'Jönköping' },
  { id: 'habo', name: 'Habo' },
];

describe("a team's municipalities and focus areas", () => {
  it('are drawn by name from their lists as the CMS holds them, in the order picked, as the page shows them', async () => {
    const team = {
      ...props({ name: 'KAA', municipalities: ['habo', 'jonkoping'], focusAreas: ['psykisk-halsa'] }),
      getCollection: lists({
        municipalities: MUNICIPALITIES,
        focusAreas: [{ id: 'psykisk-halsa', name: 'Psykisk hälsa' }],
      }),
    };
    const [municipalities, focusAreas] = components(TeamPreview(team));
    const shown = await mount(municipalities!);
    expect(shown.first).toBeNull();
    expect(texts(shown.settled)).toEqual(['Habo', 'Jönköping']);
    expect(texts((await mount(focusAreas!)).settled)).toEqual(['Psykisk hälsa']);
  });

  it('say the municipality is not stated when none is picked, as the page does', async () => {
    const team = {
      ...props({ name: 'KAA', municipalities: [] }),
      getCollection: lists({ municipalities: MUNICIPALITIES }),
    };
    const [municipalities] = components(TeamPreview(team));
    expect((await mount(municipalities!)).settled).toBe(teamStrings.municipalityNotStated);
  });

  it("fall back to the CMS's own field preview when the list cannot be read", async () => {
    const withoutLists = props({ name: 'KAA', municipalities: ['habo'] });
    const [municipalities] = components(TeamPreview(withoutLists));
    expect((await mount(municipalities!)).settled).toBe('[municipalities]');
    const broken = { ...withoutLists, getCollection: () => Promise.reject(new Error('nej')) };
    expect((await mount(components(TeamPreview(broken))[0]!)).settled).toBe('[municipalities]');
  });
});

describe('listNames', () => {
  it('reads names by id from the list file, and leaves out an item without both', async () => {
    const known = await listNames(
      { ...props({}), getCollection: lists({ municipalities: [...MUNICIPALITIES, { id: 'x' }, 'y'] }) },
      'municipalities',
    );
    expect([...known]).toEqual([
      ['jonkoping', 'Jönköping'],
      ['habo', 'Habo'],
    ]);
  });
});
