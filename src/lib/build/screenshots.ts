/**
 * What `npm run screenshots` photographs, so reviewers see a change of design in a pull request: the
 * start page, a report, the team stories, a team story and a plan, each on a phone and a desktop.
 */
import { PAGE_SEGMENT, RESERVED_TEAM_IDS, routes } from '../routing/routes.ts';

/** The screen sizes: a common phone's CSS size, and a laptop. */
export const SCREENSHOT_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

export interface ScreenshotTarget {
  /** The file name's start, e.g. `rapport`. */
  name: string;
  pathname: string;
}

/** The entry pages directly under a list's address, in the given order (not its page or filter folders). */
function entryPaths(paths: readonly string[], list: string, reserved: ReadonlySet<string>): string[] {
  return paths.filter((p) => {
    const rest = p.slice(list.length);
    return p.startsWith(list) && /^[^/]+\/$/.test(rest) && !reserved.has(rest.slice(0, -1));
  });
}

/**
 * The newest report's page: the first item of the built RSS feed, which lists only meetings with a
 * report (a meeting's page without one is not "a report").
 * @example newestReport('<item><title>A</title><link>https://example.se/traffar/a/</link></item>') // '/traffar/a/'
 */
export function newestReport(rss: string): string | undefined {
  const link = /<item>[\s\S]*?<link>([^<]+)<\/link>/.exec(rss)?.[1];
  return link ? new URL(link).pathname : undefined;
}

/**
 * The pages to photograph: the start page, the newest report, the team list, and the first team
 * story and plan in the built site's sitemap; a kind the site has no page of is left out.
 * @param paths the built site's page addresses (its sitemap)
 * @param report the newest report's page (`newestReport`)
 */
export function screenshotTargets(paths: readonly string[], report: string | undefined): ScreenshotTarget[] {
  const first = (list: string, reserved: ReadonlySet<string>) => entryPaths(paths, list, reserved)[0];
  const targets: Array<[string, string | undefined]> = [
    ['start', routes.home],
    ['rapport', report],
    ['exempel', routes.teams],
    ['exempel-team', first(routes.teams, RESERVED_TEAM_IDS)],
    ['handlingsplan', first(routes.plans, new Set([PAGE_SEGMENT]))],
  ];
  return targets.flatMap(([name, pathname]) => (pathname ? [{ name, pathname }] : []));
}

/** A screenshot's file name: `rapport-390x844.png`. */
export function screenshotFile(target: ScreenshotTarget, viewport: { width: number; height: number }): string {
  return `${target.name}-${viewport.width}x${viewport.height}.png`;
}
