/**
 * The route parameters of the pages built per entry or per filter (`getStaticPaths`): each page's
 * `getStaticPaths` returns one of these. Astro only.
 */
import type { CollectionEntry } from 'astro:content';
import { laterPages } from '../routing/paging.ts';
import { filterPageServices } from '../plans/plans.ts';
import { filterPages, named } from '../teams/teams.ts';
import { byId, published, teamList } from './collections.ts';

/**
 * A page per published entry (`/traffar/<id>/`, `/exempel/<id>/`, `/handlingsplaner/<id>/`): the
 * entry's id, and the entry as the page's prop.
 */
export async function entryPaths<C extends 'meetings' | 'teams' | 'plans'>(collection: C) {
  return (await published(collection)).map((entry: CollectionEntry<C>) => ({
    params: { id: entry.id },
    props: { entry },
  }));
}

/** A plan's filter pages, `/handlingsplaner/<id>/verksamhet/<service>/`: one per service (see `filterPageServices`). */
export async function planServicePaths() {
  return (await published('plans')).flatMap((entry) =>
    filterPageServices(entry.data.rows ?? []).map((service) => ({
      params: { id: entry.id, service: service.slug },
      props: { entry, service },
    })),
  );
}

/** The team stories' filter pages, `/exempel/<segment>/<value>/`: one per value some team has. */
export async function teamFilterPaths() {
  return filterPages((await teamList()).groups).map((filter) => ({
    params: { segment: filter.segment, value: filter.value },
    props: { filter },
  }));
}

/** The filter pages' later pages, `/exempel/<segment>/<value>/sida/<n>/`. */
export async function teamFilterLaterPaths() {
  const filters = filterPages((await teamList()).groups);
  const paths = await Promise.all(
    filters.map(async (filter) =>
      laterPages((await teamList(filter)).pages).map((path) => ({
        params: { segment: filter.segment, value: filter.value, page: path.params.page },
        props: { filter, number: path.props.page.number },
      })),
    ),
  );
  return paths.flat();
}

/** The municipalities' hubs, `/kommuner/<id>/`, the whole county among them. */
export async function municipalityPaths() {
  return named((await byId('municipalities')).values()).map((municipality) => ({
    params: { id: municipality.id },
    props: municipality,
  }));
}

/** The focus areas' hubs, `/fokusomraden/<id>/`. */
export async function focusAreaPaths() {
  return [...(await byId('focusAreas')).values()].map((area) => ({
    params: { id: area.id },
    props: { ...area.data, id: area.id },
  }));
}
