/**
 * `/traffar/<id>/nyhetsbrev.txt`: the plain-text alternative of a report's e-mail edition.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { newsletterInput, newsletterPaths } from '../../../lib/meetings/newsletter/load.ts';
import { newsletterText } from '../../../lib/meetings/newsletter/plain-text.ts';

export const getStaticPaths = (() => newsletterPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'meetings'> }> = async ({ props, site }) =>
  new Response(newsletterText(await newsletterInput(props.entry, site)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
