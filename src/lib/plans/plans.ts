/**
 * Action plans: their period, their order in the list, the services (verksamheter) of the matrix
 * with their URL slugs, filtering rows by service, the matrix as CSV records and the follow-up
 * sections. Pure functions; the pages and the filter script both use them.
 */
import { fill, sv } from '../../i18n/sv.ts';
import { rowMatches } from '../browser/matrix-filter.ts';
import { resolvePeople, type PersonEntry } from '../people/contacts.ts';
import { slugify } from '../content/slug.ts';
import { routes } from '../routing/routes.ts';
import { documentTitle } from '../site/document-title.ts';
import type { Plan, PlanRow } from '../../schemas/plan.ts';
import { yearsBetween, type SearchData } from '../search/search-data.ts';

/** A service (verksamhet) named in a plan's matrix. */
export interface ServiceOption {
  /** The name as the plan writes it, e.g. "Skola/elevhälsa". */
  name: string;
  /** Its part of the filter page's address, e.g. `skola-elevhalsa`; unique within the plan. */
  slug: string;
  /** How many rows name the service. */
  count: number;
}

/** A matrix row with the slugs of its services, for filtering. */
export type SluggedRow = PlanRow & { serviceSlugs: string[] };

/**
 * The services a matrix names, each once, in Swedish alphabetical order, with a unique slug and the
 * number of rows that name it. Two names with the same slug get `-2`, `-3` … in that order, so no
 * filter page overwrites another.
 * @param rows the plan's matrix
 * @example servicesOf([{ services: ['Skola', 'Socialtjänst'] }, { services: ['Skola'] }])
 *   // [{ name: 'Skola', slug: 'skola', count: 2 }, { name: 'Socialtjänst', slug: 'socialtjanst', count: 1 }]
 */
export function servicesOf(rows: readonly Pick<PlanRow, 'services'>[]): ServiceOption[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const name of new Set(row.services)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'sv'));
  const taken = new Set<string>();
  return names.map((name) => {
    const base = slugify(name) || 'verksamhet';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return { name, slug, count: counts.get(name) ?? 0 };
  });
}

/**
 * Adds to each row the slugs of its services.
 * @param rows the plan's matrix
 * @param services the plan's services, from `servicesOf(rows)`
 */
export function withServiceSlugs(rows: readonly PlanRow[], services: readonly ServiceOption[]): SluggedRow[] {
  const slugOf = new Map(services.map((service) => [service.name, service.slug]));
  return rows.map((row) => ({
    ...row,
    serviceSlugs: [...new Set(row.services)].map((name) => slugOf.get(name) ?? slugify(name)),
  }));
}

/**
 * The sentence under the filter saying how many rows are shown; the filter script announces it.
 * @param shown rows shown
 * @param total rows in the matrix
 * @param service the chosen service's name, or undefined for all rows
 * @example matrixCount(3, 7, 'Skola') // 'Visar 3 av 7 rader: verksamheten Skola.'
 */
export function matrixCount(shown: number, total: number, service?: string): string {
  return service === undefined
    ? fill(sv.plans.countAll, { total })
    : fill(sv.plans.countFiltered, { shown, total, service });
}

/**
 * The text of one filter link: the service and its number of rows.
 * @example filterLabel({ name: 'Skola', slug: 'skola', count: 1 }) // 'Skola (1 rad)'
 */
export function filterLabel(service: ServiceOption): string {
  return fill(service.count === 1 ? sv.plans.filterOptionOne : sv.plans.filterOption, {
    service: service.name,
    count: service.count,
  });
}

/**
 * The services that get a filter page of their own: none when the matrix names fewer than two
 * (there is nothing to filter, and the plan's page links to no filter page).
 * @param rows the plan's matrix
 */
export function filterPageServices(rows: readonly Pick<PlanRow, 'services'>[]): ServiceOption[] {
  const services = servicesOf(rows);
  return services.length < 2 ? [] : services;
}

/**
 * The title of a plan's filter page.
 * @example serviceTitle('Handlingsplan', 'Skola') // 'Handlingsplan, verksamheten Skola'
 */
export function serviceTitle(planTitle: string, service: string): string {
  return fill(sv.plans.filterTitle, { plan: planTitle, service });
}

/** The matrix's columns of plain text, by their headings, in the table's order. */
export const MATRIX_TEXT_COLUMNS = [sv.plans.goal, sv.plans.measure, sv.plans.activity] as const;

/** A link of the matrix's filter: to all rows, or to one service's. */
export interface MatrixFilter {
  /** The service's slug; empty for all rows. */
  slug: string;
  /** The page that shows the rows, at the matrix. */
  href: string;
  label: string;
  /** The sentence the filter script announces when the link is chosen. */
  count: string;
  /** The browser tab's title when the filter script shows the rows. */
  title: string;
  /** Whether the page shows these rows. */
  current: boolean;
}

/**
 * The links of the matrix's filter: all rows first, then each service.
 * @param plan the plan's id and title
 * @param services the matrix's services (see {@link servicesOf})
 * @param total how many rows the matrix has
 * @param siteName the site's name, for the tab titles
 * @param current the service of a filter page; none on the plan's own page
 */
export function matrixFilters(
  plan: { id: string; title: string },
  services: readonly ServiceOption[],
  total: number,
  siteName: string,
  current?: ServiceOption,
): MatrixFilter[] {
  return [
    {
      slug: '',
      href: `${routes.plan(plan.id)}#matris`,
      label: fill(sv.plans.filterOption, { service: sv.plans.filterAll, count: total }),
      count: matrixCount(total, total),
      title: documentTitle(plan.title, siteName),
      current: current === undefined,
    },
    ...services.map((service) => ({
      slug: service.slug,
      href: `${routes.planService(plan.id, service.slug)}#matris`,
      label: filterLabel(service),
      count: matrixCount(service.count, total, service.name),
      title: documentTitle(serviceTitle(plan.title, service.name), siteName),
      current: service.slug === current?.slug,
    })),
  ];
}

/**
 * How many of the matrix's rows a page shows: all, or those of its service.
 * @param rows the matrix, with the services' slugs
 * @param current the service of a filter page; none on the plan's own page
 */
export function shownRowCount(rows: readonly SluggedRow[], current?: ServiceOption): number {
  return rows.filter((row) => rowMatches(row.serviceSlugs, current?.slug)).length;
}

/**
 * The signatories of a plan, each as one line: name, title and organisation, as given.
 * @example signatoryLines([{ name: 'Anna', organisation: 'Regionen' }]) // ['Anna, Regionen']
 */
export function signatoryLines(signatories: Plan['signatories']): string[] {
  return (signatories ?? []).map((s) => [s.name, s.title, s.organisation].filter(Boolean).join(', '));
}

/**
 * A plan's period as text.
 * @example formatPeriod({ start: 2016, end: 2017 }) // '2016–2017'
 * @example formatPeriod({ start: 2021, end: 2021 }) // '2021'
 */
export function formatPeriod(period: Plan['period']): string {
  return period.start === period.end ? String(period.start) : `${period.start}–${period.end}`;
}

/**
 * Plans in the order of the list: the most recent period first, then by title.
 * @param plans entries with `data.period` and `data.title`
 * @returns a new, sorted array
 */
export function sortPlans<P extends { data: Pick<Plan, 'period' | 'title'> }>(plans: readonly P[]): P[] {
  return [...plans].sort(
    (a, b) =>
      b.data.period.end - a.data.period.end ||
      b.data.period.start - a.data.period.start ||
      a.data.title.localeCompare(b.data.title, 'sv'),
  );
}

/** The header of the matrix's CSV file, in Swedish, in the order of the table's columns. */
export const CSV_HEADER = [
  sv.plans.area,
  sv.plans.services,
  sv.plans.goal,
  sv.plans.measure,
  sv.plans.activity,
  sv.plans.done,
  sv.plans.status,
] as const;

/**
 * One CSV record per matrix row, in the columns of `CSV_HEADER`: services joined with "; ", empty
 * cells as empty text, the status as its Swedish label.
 * @param rows the plan's matrix
 * @example matrixRecords([{ area: 'A', services: ['Skola', 'BHV'], goal: 'M', activity: 'X' }])
 *   // [['A', 'Skola; BHV', 'M', '', 'X', '', '']]
 */
export function matrixRecords(rows: readonly PlanRow[]): string[][] {
  return rows.map((row) => [
    row.area,
    row.services.join('; '),
    row.goal,
    row.measure ?? '',
    row.activity,
    row.done ?? '',
    row.status ? sv.plans.rowStatuses[row.status] : '',
  ]);
}

/** The parts of a yearly follow-up, in the order of the 2021 poster. */
export const FOLLOW_UP_SECTIONS = ['changes', 'results', 'worked', 'hard', 'milestones'] as const;

type FollowUp = NonNullable<NonNullable<Plan['goals']>[number]['followUps']>[number];

/**
 * The parts of a follow-up that have points, in the poster's order, with their Swedish headings.
 * @param followUp one year's follow-up of a goal
 * @example followUpSections({ year: 2021, results: ['Fler hembesök'] })
 *   // [{ key: 'results', heading: 'Resultat', points: ['Fler hembesök'] }]
 */
export function followUpSections(
  followUp: FollowUp,
): Array<{ key: (typeof FOLLOW_UP_SECTIONS)[number]; heading: string; points: string[] }> {
  return FOLLOW_UP_SECTIONS.flatMap((key) => {
    const points = followUp[key] ?? [];
    return points.length > 0 ? [{ key, heading: sv.plans[key], points }] : [];
  });
}

/**
 * Follow-ups oldest year first, so a goal reads as it developed.
 * @returns a new, sorted array
 */
export function sortFollowUps<F extends { year: number }>(followUps: readonly F[] | undefined): F[] {
  return [...(followUps ?? [])].sort((a, b) => a.year - b.year);
}

/** What a plan's page shows besides the plan's own fields. */
export interface PlanView {
  /** The matrix, each row with its services' slugs. */
  rows: SluggedRow[];
  /** The matrix's services, for the filter. */
  services: ServiceOption[];
  /** Focus area names by id. */
  focusAreaNames: Map<string, string>;
  /** The plan's contact people, in the plan's order (unknown ids left out: the validator reports them). */
  contacts: PersonEntry[];
}

/**
 * Everything a plan's page needs from the plan and the collections it refers to.
 * @param plan the plan's data
 * @param people every person, by id
 * @param focusAreas every focus area, by id
 */
export function planView(
  plan: Pick<Plan, 'rows' | 'contacts'>,
  people: ReadonlyMap<string, PersonEntry>,
  focusAreas: ReadonlyMap<string, { data: { name: string } }>,
): PlanView {
  const rows = plan.rows ?? [];
  const services = servicesOf(rows);
  return {
    rows: withServiceSlugs(rows, services),
    services,
    focusAreaNames: new Map([...focusAreas].map(([id, area]) => [id, area.data.name])),
    contacts: resolvePeople(plan.contacts, people),
  };
}

/**
 * What a plan tells the search index: its type, revision date, the years of its period and the
 * focus areas of its rows and goals.
 * @param plan the plan's data
 */
export function planSearchData(plan: Pick<Plan, 'period' | 'revised' | 'rows' | 'goals'>): SearchData {
  const focusAreas = new Set([
    ...(plan.rows ?? []).flatMap((row) => row.focusAreas ?? []),
    ...(plan.goals ?? []).flatMap((goal) => goal.focusAreas ?? []),
  ]);
  return {
    type: 'handlingsplan',
    date: plan.revised,
    years: yearsBetween(plan.period.start, plan.period.end),
    municipalities: [],
    focusAreas: [...focusAreas].sort(),
  };
}
