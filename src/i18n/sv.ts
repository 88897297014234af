/**
 * The site's interface strings, in Swedish, in one place. Each area keeps its strings in a file of
 * its own under `sv/`; pages import `sv` from here.
 */
import { changes } from './sv/changes.ts';
import { common } from './sv/common.ts';
import { home } from './sv/home.ts';
import { meetings } from './sv/meetings.ts';
import { newsletter } from './sv/newsletter.ts';
import { pages } from './sv/pages.ts';
import { people } from './sv/people.ts';
import { plans } from './sv/plans.ts';
import { search } from './sv/search.ts';
import { teams } from './sv/teams.ts';

export const sv = { ...common, home, meetings, teams, plans, pages, people, search, changes, newsletter } as const;

/** Fills `{name}` placeholders (its own module, so browser scripts can use it without the strings). */
export { fill } from './fill.ts';
