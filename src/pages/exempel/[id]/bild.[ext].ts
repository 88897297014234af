/**
 * A team's image, served next to its page as `/exempel/<id>/bild.<ext>`. The image is read from the
 * path the team gives (relative to its file, checked by the validator), so it works for any content
 * folder; see `teamImage` in src/lib/teams/team-image.ts.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { published } from '../../../lib/content/collections.ts';
import { teamImageOf } from '../../../lib/teams/team-image.ts';
import { publishedTeams } from '../../../lib/teams/teams.ts';

export const getStaticPaths = (async () => {
  const teams = publishedTeams(await published('teams'));
  return teams.flatMap((team) => {
    const image = teamImageOf(team, process.cwd());
    return image
      ? [{ params: { id: team.id, ext: image.name.slice('bild.'.length) }, props: { file: image.file } }]
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { file: string }).file));
