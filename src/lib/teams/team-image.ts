/**
 * A team's image: where it is read from and where the site serves it, next to the team's page.
 */
import path from 'node:path';
import { routes } from '../routing/routes.ts';

/** Where a team's image is read from and where the site serves it. */
export interface TeamImage {
  /** The image file, resolved against the team's file. */
  file: string;
  /** The file name the site serves it under, next to the team's page: `bild` + the file's extension. */
  name: string;
  /** The image's URL. */
  url: string;
}

/**
 * Where a team's image comes from and where it is published. The content model gives the image as
 * a path relative to the team's file, so it is resolved here rather than by Vite, which would not
 * reach a content folder outside the project (`BASTA_CONTENT_DIR`).
 * @param id the team's id
 * @param filePath the team's file (an entry's `filePath`, relative to `root` or absolute)
 * @param src the image's path as written in the team's `image.src`
 * @param root the folder `filePath` is relative to
 * @example teamImage('a', 'content/teams/a.mdx', '../images/a.JPG', '/p')
 * // { file: '/p/content/images/a.JPG', name: 'bild.jpg', url: '/exempel/a/bild.jpg' }
 */
export function teamImage(id: string, filePath: string, src: string, root: string): TeamImage {
  const file = path.resolve(root, path.dirname(filePath), decodeURI(src.split(/[?#]/)[0] ?? ''));
  const name = `bild${path.extname(file).toLowerCase()}`;
  return { file, name, url: `${routes.team(id)}${name}` };
}

/**
 * A team's image, when its story has one (see {@link teamImage}); the page and the image's own
 * address both take it from here.
 * @param team the team entry (its file, and `image.src`)
 * @param root the folder the entry's `filePath` is relative to
 */
export function teamImageOf(
  team: { id: string; filePath?: string | undefined; data: { image?: { src: string } | undefined } },
  root: string,
): TeamImage | undefined {
  if (!team.data.image || !team.filePath) return undefined;
  return teamImage(team.id, team.filePath, team.data.image.src, root);
}
