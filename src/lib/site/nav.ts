/**
 * The main navigation: its links and which one is the current section.
 */
import { sv } from '../../i18n/sv.ts';
import { routes } from '../routing/routes.ts';

export interface NavItem {
  href: string;
  label: string;
}

/** The sections of the site, in menu order. */
export const NAV: readonly NavItem[] = [
  { href: routes.home, label: sv.nav.home },
  { href: routes.meetings, label: sv.nav.meetings },
  { href: routes.teams, label: sv.nav.teams },
  { href: routes.municipalities, label: sv.nav.municipalities },
  { href: routes.plans, label: sv.nav.plans },
  { href: routes.calendar, label: sv.nav.calendar },
  { href: routes.contact, label: sv.nav.contact },
  { href: routes.about, label: sv.nav.about },
];

/**
 * How a menu link relates to the page: the page itself (`page`), a page inside its section
 * (`true`), or neither — for `aria-current`.
 * @example currentState('/exempel/a/', '/exempel/') // true
 */
export function currentState(pathname: string, href: string): 'page' | true | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(href)) return true;
  // Hubs belong to the municipalities section.
  if (href === routes.municipalities && path.startsWith(routes.focusAreas)) return true;
  return undefined;
}
