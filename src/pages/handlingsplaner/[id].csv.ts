/**
 * `/handlingsplaner/<id>.csv`: a plan's matrix as a CSV file (UTF-8 with BOM, Swedish header), for
 * plans that have a matrix.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { published } from '../../lib/content/collections.ts';
import { toCsv } from '../../lib/plans/csv.ts';
import { CSV_HEADER, matrixRecords } from '../../lib/plans/plans.ts';

export const getStaticPaths = (async () => {
  const plans = await published('plans');
  return plans
    .filter((entry) => (entry.data.rows?.length ?? 0) > 0)
    .map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'plans'> }> = ({ props }) =>
  new Response(toCsv(CSV_HEADER, matrixRecords(props.entry.data.rows ?? [])), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
