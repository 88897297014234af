/**
 * The accessibility statement (tillgänglighetsredogörelse) required by the DOS law (lag 2018:1937),
 * laid out as in DIGG's model: its data from `content/site.yaml`, and the known gaps found in the
 * content itself — every video without captions, from the meetings' `videos` and from
 * `<Video captions={false} />` in the text of any page.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { fill, sv } from '../../i18n/sv.ts';
import type { Site } from '../../schemas/site.ts';
import { routes } from '../routing/routes.ts';

/** DIGG's form for reporting a public body's digital service (the enforcement procedure). */
export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

/** How well the site meets the law: fully, partly or not. */
export type Compliance = 'full' | 'delvis' | 'inte';

/** A video as a page shows it. */
export interface VideoRef {
  title: string;
  url: string;
  /** Whether it has captions; undefined when the text does not say. */
  captions: boolean | undefined;
}

/** A published page that may show videos. */
export interface PageWithVideos {
  /** The page's heading. */
  title: string;
  /** The page's address, e.g. `/traffar/2020-09-21-goda-exempel/`. */
  url: string;
  /** The content file, relative to the project root, for the statement's "last updated". */
  filePath?: string | undefined;
  /** Videos from the front matter (`videos:`). */
  videos?: readonly VideoRef[] | undefined;
  /** The page's MDX text, searched for `<Video />`. */
  mdxBody?: string | undefined;
}

/** A video without captions and the page that shows it. */
export interface UncaptionedVideo {
  title: string;
  url: string;
  page: { title: string; url: string };
  filePath?: string | undefined;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).freeze();

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
}

function attributeText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    return value.value.trim();
  }
  return undefined;
}

/**
 * The `<Video … />` components in an MDX text, with their title, address and captions.
 * `captions={false}` (or `"false"`) is false, `captions` alone or `{true}` is true, no `captions` is
 * undefined. Text that does not parse has no videos (the validator reports it).
 * @param body the MDX text
 * @example videosInMdx('<Video url="https://vimeo.com/1" title="Film" captions={false} />')
 *   // [{ title: 'Film', url: 'https://vimeo.com/1', captions: false }]
 */
export function videosInMdx(body: string): VideoRef[] {
  if (!body.includes('<Video')) return [];
  let tree: MdxNode;
  try {
    tree = mdxParser.parse(body) as unknown as MdxNode;
  } catch {
    return [];
  }
  const videos: VideoRef[] = [];
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Video') {
      const props = new Map<string, string | null>();
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        props.set(attribute.name, attribute.value === null ? null : (attributeText(attribute.value) ?? ''));
      }
      const captions = props.get('captions');
      videos.push({
        title: props.get('title') ?? '',
        url: props.get('url') ?? '',
        captions: captions === undefined ? undefined : captions !== 'false',
      });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return videos;
}

interface EntryLike {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
}

/**
 * The published entries as pages that may show videos: meetings (front matter and text), team
 * stories and plans (text). Only `.mdx` texts can hold a `<Video />`.
 * @param meetings published meetings
 * @param teams published team stories
 * @param plans published plans
 */
export function pagesWithVideos(
  meetings: ReadonlyArray<EntryLike & { data: { title: string; videos?: readonly VideoRef[] | undefined } }>,
  teams: ReadonlyArray<EntryLike & { data: { name: string } }>,
  plans: ReadonlyArray<EntryLike & { data: { title: string } }>,
): PageWithVideos[] {
  const mdxBody = (entry: EntryLike) => (entry.filePath?.endsWith('.mdx') ? entry.body : undefined);
  return [
    ...meetings.map((entry) => ({
      title: entry.data.title,
      url: routes.meeting(entry.id),
      filePath: entry.filePath,
      videos: entry.data.videos,
      mdxBody: mdxBody(entry),
    })),
    ...teams.map((entry) => ({
      title: entry.data.name,
      url: routes.team(entry.id),
      filePath: entry.filePath,
      mdxBody: mdxBody(entry),
    })),
    ...plans.map((entry) => ({
      title: entry.data.title,
      url: routes.plan(entry.id),
      filePath: entry.filePath,
      mdxBody: mdxBody(entry),
    })),
  ];
}

/**
 * Every video without captions on the given pages, in the pages' order and then the videos' order:
 * front matter first, then the text. A video whose captions are not stated counts as without. The
 * same address on one page is listed once.
 * @param pages the published pages
 */
export function uncaptionedVideos(pages: readonly PageWithVideos[]): UncaptionedVideo[] {
  const gaps: UncaptionedVideo[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    const videos = [...(page.videos ?? []), ...(page.mdxBody ? videosInMdx(page.mdxBody) : [])];
    for (const video of videos) {
      if (video.captions === true || seen.has(video.url)) continue;
      seen.add(video.url);
      gaps.push({
        title: video.title,
        url: video.url,
        page: { title: page.title, url: page.url },
        filePath: page.filePath,
      });
    }
  }
  return gaps;
}

/**
 * The accessibility data as the statement may read it: the schema's fields, and `published` (when
 * the site was published) should the schema get it.
 */
export type AccessibilityData = Partial<NonNullable<Site['accessibility']>> & { published?: string | undefined };

/** A field of the statement that `content/site.yaml` does not fill in yet. */
export type MissingField = 'accessibility.compliance' | 'accessibility.method' | 'accessibility.assessed' | 'feedback';

/** Everything the statement shows, with what is still missing named. */
export interface Statement {
  /** The public body responsible (site.yaml `owner`). */
  owner: string;
  /** The service the statement covers. */
  service: { name: string; description: string };
  /** The level shown; undefined when not filled in. */
  compliance: Compliance | undefined;
  /** True when site.yaml says `full` but the content has known gaps, so `delvis` is shown. */
  complianceLowered: boolean;
  /** How the site was assessed. */
  method: string | undefined;
  /** When it was last assessed, `YYYY-MM-DD`. */
  assessed: string | undefined;
  /** When the site was published, if known. */
  published: string | undefined;
  /** Where to report problems or ask for content in another form. */
  feedbackEmail: string | undefined;
  /** The known gaps found in the content. */
  uncaptionedVideos: UncaptionedVideo[];
  /** The fields an editor still has to fill in, in the statement's order. */
  missing: MissingField[];
  /** DIGG's report form. */
  reportUrl: string;
}

/**
 * Puts the statement together. Nothing is guessed: what site.yaml leaves out is named in `missing`.
 * The one thing derived is the level: with known gaps the site cannot be fully compliant, so a
 * declared `full` is shown as `delvis` (and `complianceLowered` says so).
 * @param site the site settings
 * @param gaps the videos without captions, from `uncaptionedVideos`
 */
export function accessibilityStatement(
  site: Pick<Site, 'name' | 'description' | 'owner' | 'contactEmail'> & {
    accessibility?: AccessibilityData | undefined;
  },
  gaps: readonly UncaptionedVideo[],
): Statement {
  const data: AccessibilityData = site.accessibility ?? {};
  const complianceLowered = data.compliance === 'full' && gaps.length > 0;
  const feedbackEmail = data.feedbackEmail ?? site.contactEmail;
  const missing: MissingField[] = [];
  if (!data.compliance) missing.push('accessibility.compliance');
  if (!feedbackEmail) missing.push('feedback');
  if (!data.method) missing.push('accessibility.method');
  if (!data.assessed) missing.push('accessibility.assessed');
  return {
    owner: site.owner,
    service: { name: site.name, description: site.description },
    compliance: complianceLowered ? 'delvis' : data.compliance,
    complianceLowered,
    method: data.method,
    assessed: data.assessed,
    published: data.published,
    feedbackEmail,
    uncaptionedVideos: [...gaps],
    missing,
    reportUrl: DIGG_REPORT_URL,
  };
}

/**
 * The site's address as the statement names it: the public address, never a local build's.
 * @param site `Astro.site`
 * @returns the address, or undefined when it is not configured or points at this computer
 * @example publicAddress(new URL('http://localhost:4321/')) // undefined
 */
export function publicAddress(site: URL | undefined): string | undefined {
  if (!site || ['localhost', '127.0.0.1', '[::1]'].includes(site.hostname)) return undefined;
  return site.href;
}

/**
 * The field an editor fills in for a missing part of the statement, as written in site.yaml.
 * @example fieldToFill('feedback') // 'accessibility.feedbackEmail'
 */
export function fieldToFill(missing: MissingField): string {
  return missing === 'feedback' ? 'accessibility.feedbackEmail' : missing;
}

/**
 * What the statement says in place of each field site.yaml does not fill in yet: which field an
 * editor fills in, and in which file. Only the missing fields have a note.
 * @param statement the statement (its `missing`)
 * @param settingsFile the settings file as editors know it, e.g. `content/site.yaml`
 * @example missingNotes({ missing: ['feedback'] }, 'content/site.yaml').feedback
 * // 'För redaktörer: fyll i fältet accessibility.feedbackEmail i content/site.yaml.'
 */
export function missingNotes(
  statement: Pick<Statement, 'missing'>,
  settingsFile: string,
): Partial<Record<MissingField, string>> {
  return Object.fromEntries(
    statement.missing.map((field) => [
      field,
      fill(sv.pages.accessibility.missingField, { field: fieldToFill(field), file: settingsFile }),
    ]),
  );
}

/**
 * The content files the statement is built from, for its "last changed": the settings file, then
 * each file with a known gap, once.
 * @param settingsFile e.g. `content/site.yaml`
 * @param gaps the videos without captions
 */
export function statementFiles(
  settingsFile: string,
  gaps: readonly Pick<UncaptionedVideo, 'filePath'>[],
): Array<string | undefined> {
  return [settingsFile, ...new Set(gaps.map((gap) => gap.filePath))];
}
