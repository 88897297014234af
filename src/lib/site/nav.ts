/**
 * The main navigation: its links and which one is the current section.
 */
import { sv } from '../../i18n/sv.ts';

export interface NavItem {
  href: string;
  label: string;
}

/** The sections of the site, in menu order. */
export const NAV: readonly NavItem[] = [
  { href: '/', label: sv.nav.home },
  { href: '/traffar/', label: sv.nav.meetings },
  { href: '/exempel/', label: sv.nav.teams },
  { href: '/kommuner/', label: sv.nav.municipalities },
  { href: '/handlingsplaner/', label: sv.nav.plans },
  { href: '/kalender/', label: sv.nav.calendar },
  { href: '/kontakt/', label: sv.nav.contact },
  { href: '/om/', label: sv.nav.about },
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
  if (href === '/kommuner/' && path.startsWith('/fokusomraden/')) return true;
  return undefined;
}
