/**
 * The web editor's preview: an entry laid out as its public page lays it out, in the site's own
 * stylesheets (admin.ts registers them) and the page's own words — a report's facts come from the
 * report model (src/lib/meetings/report.ts, `meetingFacts`), a team's status from teams.ts, the
 * headings from the same strings the pages use. What an editor picks by name (series, people,
 * teams) and the body with its components are drawn by the CMS's own field previews (`widgetFor`),
 * which show names and the components' previews. A team's municipalities and focus areas are drawn
 * here, by name, from their lists as the CMS holds them: the CMS's own preview shows a value picked
 * from a list file as "Jönköping (jonkoping)" (it adds the value to the name unless the value is an
 * entry's slug).
 *
 * The CMS takes React components; it puts React's `createElement` on `window.h` and
 * create-react-class on `window.createClass` for them, so this file needs no React of its own.
 */
import { fill, sv } from '../../../i18n/sv.ts';
import { cms as strings } from '../../../i18n/sv/cms.ts';
import { meetingFacts } from '../../meetings/report.ts';
import { municipalityText, namesOf, statusLabel, type Named } from '../../teams/teams.ts';
import type { CollectionName } from '../../../schemas/fragments.ts';
import type { COLLECTIONS } from '../../../schemas/index.ts';
import type { Meeting } from '../../../schemas/meeting.ts';
import type { Team } from '../../../schemas/team.ts';
import { LISTS_COLLECTION } from './config.ts';

type Child = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: Child[]) => Child;

/** The collections that are one list file each (municipalities, focus areas). */
type ListName = {
  [K in CollectionName]: (typeof COLLECTIONS)[K]['kind'] extends 'list' ? K : never;
}[CollectionName];

/** An entry as the CMS holds it (an Immutable map). */
interface CmsEntry {
  getIn(path: readonly string[]): unknown;
}

/** What the CMS hands a preview template. */
export interface PreviewProps {
  entry: CmsEntry;
  widgetFor(name: string): Child;
  /** An entry of a collection as the CMS holds it; of a file collection, by the file's name. */
  getCollection?(collection: string, slug: string): Promise<CmsEntry | undefined>;
  /** The preview frame's document. */
  document?: Document;
}

/**
 * Names the preview frame's document after the entry (the CMS leaves it without a `<title>`, which
 * screen readers announce the frame by; WCAG 2.4.2).
 */
function titled(props: PreviewProps, heading: string | undefined): void {
  const title = fill(strings.previewTitle, { title: heading ?? '' });
  if (props.document && props.document.title !== title) props.document.title = title;
}

const h: CreateElement = (type, props, ...children) =>
  (globalThis as unknown as { h: CreateElement }).h(type, props ?? null, ...children);

/** A value as plain data (the CMS keeps lists and objects as Immutable values). */
function plain(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
}

/** A field's value as plain data. */
function valueOf(props: PreviewProps, name: string): unknown {
  return plain(props.entry.getIn(['data', name]));
}

const text = (props: PreviewProps, name: string): string | undefined => {
  const value = valueOf(props, name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

const filled = (props: PreviewProps, name: string): boolean => {
  const value = valueOf(props, name);
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '';
};

/** A `<dl class="facts">` as the pages write it. */
function facts(rows: ReadonlyArray<{ label: string; value: Child }>): Child {
  return h(
    'dl',
    { className: 'facts' },
    ...rows.flatMap((row) => [h('dt', null, row.label), h('dd', null, row.value)]),
  );
}

/** The texts of a list value; none when it is no list. */
function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Texts as the pages list them on one line. */
function inlineList(value: unknown): Child {
  return h('ul', { className: 'inline-list' }, ...texts(value).map((item) => h('li', null, item)));
}

/** A section of a page with its heading, shown only when the field has something in it. */
function section(props: PreviewProps, name: string, heading: string): Child {
  return filled(props, name) ? h('section', null, h('h2', null, heading), props.widgetFor(name)) : null;
}

const CONTENT_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * The facts at the top of a report as the page shows them; the series (a picker) by the CMS's
 * preview of it, where the page puts it, before the kind of meeting.
 */
export function reportFacts(data: Partial<Meeting>, series: Child): Array<{ label: string; value: Child }> {
  if (typeof data.date !== 'string' || !CONTENT_DATE.test(data.date)) return [];
  const rows: Array<{ label: string; value: Child }> = meetingFacts({ ...data, date: data.date });
  if (data.series) {
    const kind = rows.findIndex((row) => row.label === sv.meetings.kind);
    rows.splice(kind === -1 ? rows.length : kind, 0, { label: sv.meetings.series, value: series });
  }
  return rows;
}

/** A meeting, as its report page (src/pages/traffar/[id].astro) shows it. */
export function MeetingPreview(props: PreviewProps): Child {
  const data = Object.fromEntries(
    (['date', 'time', 'place', 'online', 'session', 'kind', 'series'] as const).map((name) => [
      name,
      valueOf(props, name),
    ]),
  ) as Partial<Meeting>;
  titled(props, text(props, 'title'));
  return h(
    'article',
    { className: 'report' },
    h(
      'header',
      null,
      h('h1', null, text(props, 'title') ?? ''),
      h('p', { className: 'lead' }, text(props, 'summary') ?? ''),
      facts(reportFacts(data, props.widgetFor('series'))),
    ),
    h(
      'div',
      { className: 'report-main' },
      text(props, 'body') ? props.widgetFor('body') : h('p', { className: 'no-report' }, sv.meetings.noReport),
      section(props, 'speakers', sv.meetings.speakers),
      section(props, 'teams', sv.meetings.teams),
      section(props, 'videos', sv.meetings.videos),
      section(props, 'links', sv.meetings.links),
    ),
  );
}

/**
 * A list's names by id (content/municipalities.yaml, content/focus-areas.yaml), from the list's file
 * as the CMS holds it (edits not yet saved included); fails when the CMS gives no such list.
 */
export async function listNames(props: PreviewProps, list: ListName): Promise<Map<string, string>> {
  const items = plain((await props.getCollection?.(LISTS_COLLECTION, list))?.getIn(['data', 'items']));
  if (!Array.isArray(items)) throw new Error(`${list}: the CMS holds no list`);
  const named = items.filter(
    (item): item is { id: string; name: string } =>
      typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.name === 'string',
  );
  return new Map(named.map((item) => [item.id, item.name]));
}

/** What {@link pickedNames} is drawn from. */
interface PickedProps {
  preview: PreviewProps;
  /** The entry's field that holds the ids. */
  field: string;
  list: ListName;
  /** The names, as the page shows them. */
  show(names: readonly Named[]): Child;
}

interface Picked {
  props: PickedProps;
  state: { known?: ReadonlyMap<string, string>; failed?: boolean };
  setState(state: Picked['state']): void;
}

type CreateClass = (spec: {
  getInitialState(this: Picked): Picked['state'];
  componentDidMount(this: Picked): void;
  render(this: Picked): Child;
}) => unknown;

let pickedClass: unknown;

/**
 * The component that draws the names an entry picks from a list: nothing while the list is read (it
 * is in the CMS's memory already), then the names; the CMS's own field preview if the list cannot be
 * read. Made on first use, from the CMS's `createClass`.
 */
export function pickedNames(): unknown {
  pickedClass ??= (globalThis as unknown as { createClass: CreateClass }).createClass({
    getInitialState: () => ({}),
    componentDidMount() {
      listNames(this.props.preview, this.props.list).then(
        (known) => this.setState({ known }),
        () => this.setState({ failed: true }),
      );
    },
    render() {
      const { preview, field, show } = this.props;
      if (this.state.failed) return preview.widgetFor(field);
      if (!this.state.known) return null;
      return show(namesOf(texts(valueOf(preview, field)), this.state.known));
    },
  });
  return pickedClass;
}

/** The names a field picks from a list, drawn by {@link pickedNames}. */
function picked(preview: PreviewProps, field: string, list: ListName, show: PickedProps['show']): Child {
  return h(pickedNames(), { preview, field, list, show } satisfies PickedProps);
}

/** A team story, as its page (src/pages/exempel/[id].astro) shows it. */
export function TeamPreview(props: PreviewProps): Child {
  const status = valueOf(props, 'status') as Team['status'] | undefined;
  titled(props, text(props, 'name'));
  return h(
    'article',
    null,
    h('h1', null, text(props, 'name') ?? ''),
    h('p', { className: 'lead' }, text(props, 'summary') ?? ''),
    facts([
      {
        label: sv.teams.municipalities,
        value: picked(props, 'municipalities', 'municipalities', (names) =>
          names.length > 0 ? inlineList(names.map((named) => named.name)) : municipalityText(names),
        ),
      },
      { label: sv.teams.organisations, value: inlineList(valueOf(props, 'organisations')) },
      {
        label: sv.teams.focusAreas,
        value: picked(props, 'focusAreas', 'focusAreas', (names) => inlineList(names.map((named) => named.name))),
      },
      { label: sv.teams.status, value: status ? statusLabel(status) : '' },
    ]),
    h('div', { className: 'story' }, props.widgetFor('body')),
  );
}

/** A plan, as its page shows it: title, summary, text, then the matrix and the goals. */
export function PlanPreview(props: PreviewProps): Child {
  titled(props, text(props, 'title'));
  return h(
    'article',
    null,
    h('h1', null, text(props, 'title') ?? ''),
    h('p', { className: 'lead' }, text(props, 'summary') ?? ''),
    props.widgetFor('body'),
    props.widgetFor('rows'),
    props.widgetFor('goals'),
  );
}

/** The preview of each collection that has a page of its own; the others keep the CMS's list of fields. */
export const PREVIEW_TEMPLATES: Readonly<Record<string, (props: PreviewProps) => Child>> = {
  meetings: MeetingPreview,
  teams: TeamPreview,
  plans: PlanPreview,
};
