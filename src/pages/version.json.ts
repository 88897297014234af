/**
 * `/version.json`: the commit the site was built from and when. The deploy workflow checks it on the
 * live site after publishing.
 */
import type { APIRoute } from 'astro';
import { buildVersion } from '../lib/site/build-version.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildVersion()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
