/**
 * `/traffar/<id>/nyhetsbrev.html`: the e-mail edition of a report (src/lib/meetings/newsletter/). Not a page
 * for browsing: it is not in the sitemap, and not indexed for search.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterHtml } from '../../../lib/meetings/newsletter/email-html.ts';
import { newsletterInput, newsletterPaths } from '../../../lib/meetings/newsletter/load.ts';

export const getStaticPaths = (() => newsletterPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'meetings'> }> = async ({ props, site }) =>
  new Response(newsletterHtml(await newsletterInput(props.entry, site)), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
