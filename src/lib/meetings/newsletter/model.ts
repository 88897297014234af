/**
 * What the e-mail edition of a report holds: the same parts as the report page, with every address
 * absolute. Built from the content by the endpoints (src/lib/meetings/newsletter/load.ts); rendered as HTML
 * (email-html.ts) and as plain text (plain-text.ts).
 */

/** A link: what it says and where it goes (absolute, `mailto:` or `tel:`). */
export interface NewsletterLink {
  title: string;
  url: string;
}

export interface NewsletterInput {
  /** The site's name and owner, for the masthead and the foot. */
  siteName: string;
  owner: string;
  /** The site's home page, absolute. */
  siteUrl: string;
  /** The report page, absolute: the "read online" link, and the base of the body's relative links. */
  pageUrl: string;
  title: string;
  /** The meeting's summary: the hidden preheader and the lead. */
  summary: string;
  /** Date, time, place, series, kind — label and value, as the page's facts list says them. */
  facts: ReadonlyArray<{ label: string; value: string }>;
  /** The report as the site renders it (made portable by the renderers). */
  bodyHtml: string;
  /** The series' background box, or undefined when the meeting has no series with a text. */
  background?: { heading: string; name: string; period: string; html: string } | undefined;
  speakers: ReadonlyArray<{
    name: string;
    role?: string | undefined;
    organisation?: string | undefined;
    topic?: string | undefined;
  }>;
  /** Teams that presented; `url` is absent for a team whose story is a draft. */
  teams: ReadonlyArray<{ name: string; url?: string | undefined }>;
  videos: ReadonlyArray<{ title: string; url: string; captions: boolean }>;
  links: readonly NewsletterLink[];
  contacts: ReadonlyArray<{
    name: string;
    title?: string | undefined;
    organisation: string;
    email: string;
    phone?: string | undefined;
  }>;
  /** The series' schedule, this meeting marked. */
  schedule?:
    | {
        heading: string;
        intro: string;
        meetings: ReadonlyArray<{ when: string; title: string; url: string; where: string; current: boolean }>;
      }
    | undefined;
  /** Section headings, from the site's strings. */
  labels: {
    speakers: string;
    teams: string;
    videos: string;
    links: string;
    contacts: string;
    email: string;
    phone: string;
    thisMeeting: string;
  };
}
