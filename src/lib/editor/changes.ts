/**
 * `npm run changes -- --base <ref>`: what a pull request does to the public site. Compares the
 * content files at `<ref>` with the working tree (`git diff --name-status` plus untracked files),
 * and tells for each entry whether its page is new, changed or removed, with its address and the
 * fields that changed; printed as Markdown for the pull request's summary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/fragments.ts';
import { classify, type FileKind } from '../validate/files.ts';
import { isRecord } from '../validate/schema-walk.ts';
import { parseYaml } from '../validate/yaml-source.ts';
import { entryPage } from '../routing/routes.ts';
import { changedFields, entryTitle, readVersion, versionPublished, type Version } from '../content/versions.ts';

export type FileStatus = 'added' | 'changed' | 'removed';

/** One file under the content folder that differs between the base and the working tree. */
export interface ChangedFile {
  status: FileStatus;
  /** Path relative to the project root, with forward slashes. */
  file: string;
}

/** What happened to a public page: entries of collections with pages only. */
export type PageEffect = 'new' | 'changed' | 'removed' | 'draft';

export interface EntryChange {
  status: FileStatus;
  file: string;
  collection: CollectionName;
  id: string;
  /** The title (or name), from the newer version that has one; the id otherwise. */
  title: string;
  /** The public address, for collections whose entries have pages. */
  url?: string;
  /** For entries with pages: what happens to the page, counting drafts as not published. */
  page?: PageEffect;
  /** Top-level fields added, removed or changed, in the order of the newer file. */
  fields: string[];
  /** Whether the text after the front matter changed. */
  bodyChanged: boolean;
  /** Whether one of the versions could not be read (YAML errors): the validator says more. */
  unreadable: boolean;
}

export interface OtherChange {
  status: FileStatus;
  file: string;
  kind: FileKind['kind'];
  /** For the list files (municipalities, focus areas): ids added, removed or changed. */
  ids?: { added: string[]; removed: string[]; changed: string[] };
  /** For content/site.yaml: the fields that changed. */
  fields?: string[];
}

export interface ContentChanges {
  base: string;
  entries: EntryChange[];
  others: OtherChange[];
}

/** A Swedish message for the command line, for problems with git or the ref. */
export class ChangesError extends Error {}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * The files under `contentDir` that differ between `base` and the working tree, including files git
 * does not track yet. Renames count as a removal and an addition: the old address goes away.
 * @param cwd the project root
 * @param base a git ref, e.g. `origin/main`
 * @param contentDir the content folder relative to `cwd`
 */
export function changedFiles(cwd: string, base: string, contentDir = 'content'): ChangedFile[] {
  try {
    git(cwd, ['rev-parse', '--is-inside-work-tree']);
  } catch {
    throw new ChangesError('Mappen är inte ett git-arkiv, så det finns inget att jämföra med.');
  }
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new ChangesError(
      `Hittar inte "${base}" i git. Ange en gren eller commit som finns, till exempel origin/main (kör git fetch först).`,
    );
  }
  const diff = git(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', base, '--', contentDir]);
  const files: ChangedFile[] = [];
  const parts = diff.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const code = parts[i]!;
    const file = parts[i + 1]!;
    if (!code) continue;
    const status: FileStatus = code.startsWith('A') ? 'added' : code.startsWith('D') ? 'removed' : 'changed';
    files.push({ status, file });
  }
  const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', contentDir]);
  for (const file of untracked.split('\0')) if (file) files.push({ status: 'added', file });
  return files.sort((a, b) => a.file.localeCompare(b.file, 'en'));
}

/**
 * Reads a file's text at one side: from git at `base`, or from the working tree.
 * @returns the text, or undefined when the file does not exist there
 */
function readAt(cwd: string, file: string, base: string | undefined): string | undefined {
  if (base === undefined) {
    const absolute = path.join(cwd, file);
    return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  }
  try {
    return git(cwd, ['show', `${base}:./${file}`]);
  } catch {
    return undefined;
  }
}

function pageEffect(before: Version | undefined, after: Version | undefined): PageEffect {
  const was = versionPublished(before);
  const is = versionPublished(after);
  if (was && is) return 'changed';
  if (is) return 'new';
  if (was) return 'removed';
  return 'draft';
}

function listIds(text: string | undefined): Map<string, unknown> {
  const data = text === undefined ? undefined : parseYaml(text).data;
  const ids = new Map<string, unknown>();
  if (Array.isArray(data)) {
    for (const item of data) if (isRecord(item) && typeof item.id === 'string') ids.set(item.id, item);
  }
  return ids;
}

/**
 * Everything a pull request changes under the content folder, read from git and the working tree.
 * @param cwd the project root
 * @param base the git ref to compare with
 * @param contentDir the content folder relative to `cwd`
 */
export function describeChanges(cwd: string, base: string, contentDir = 'content'): ContentChanges {
  const prefix = `${contentDir.split(path.sep).join('/').replace(/\/+$/, '')}/`;
  const entries: EntryChange[] = [];
  const others: OtherChange[] = [];
  for (const { status, file } of changedFiles(cwd, base, contentDir)) {
    const relative = file.startsWith(prefix) ? file.slice(prefix.length) : file;
    const kind = classify(relative);
    const beforeText = status === 'added' ? undefined : readAt(cwd, file, base);
    const afterText = status === 'removed' ? undefined : readAt(cwd, file, undefined);
    if (kind.kind === 'entry') {
      const spec = COLLECTIONS[kind.collection];
      const hasBody = spec.kind === 'entries' && spec.body;
      const before = beforeText === undefined ? undefined : readVersion(beforeText, hasBody);
      const after = afterText === undefined ? undefined : readVersion(afterText, hasBody);
      const change: EntryChange = {
        status,
        file,
        collection: kind.collection,
        id: kind.id,
        title: entryTitle(after, kind.collection) ?? entryTitle(before, kind.collection) ?? kind.id,
        fields: status === 'changed' ? changedFields(before?.data, after?.data) : [],
        bodyChanged: status === 'changed' && before?.body !== after?.body,
        unreadable:
          (before !== undefined && before.data === undefined) || (after !== undefined && after.data === undefined),
      };
      const page = entryPage(kind.collection, kind.id);
      if (page) {
        change.url = page;
        change.page = pageEffect(before, after);
      }
      entries.push(change);
      continue;
    }
    const other: OtherChange = { status, file, kind: kind.kind };
    if (kind.kind === 'list' && status === 'changed') {
      const before = listIds(beforeText);
      const after = listIds(afterText);
      other.ids = {
        added: [...after.keys()].filter((id) => !before.has(id)),
        removed: [...before.keys()].filter((id) => !after.has(id)),
        changed: [...after.keys()].filter((id) => before.has(id) && !isDeepStrictEqual(before.get(id), after.get(id))),
      };
    }
    if (kind.kind === 'site' && status === 'changed') {
      other.fields = changedFields(readVersion(beforeText ?? '', false).data, readVersion(afterText ?? '', false).data);
    }
    others.push(other);
  }
  return { base, entries, others };
}

// ---------------------------------------------------------------------------------------------
// Markdown.

/** What each collection's entries are called, in the singular. */
const NOUNS: Record<CollectionName, string> = {
  meetings: 'träff',
  series: 'omgång',
  teams: 'gott exempel',
  people: 'kontaktperson',
  plans: 'handlingsplan',
  municipalities: 'kommun',
  focusAreas: 'fokusområde',
};

/** Where entries without pages of their own are shown instead. */
const SHOWN_AS: Partial<Record<CollectionName, string>> = {
  series: 'ingen egen sida: visas vid omgångens träffar',
  people: 'ingen egen sida: visas som kontakt där personen nämns',
};

const STATUS_WORD: Record<FileStatus, string> = { added: 'Ny', changed: 'Ändrad', removed: 'Borttagen' };

const OTHER_KIND: Record<FileKind['kind'], string> = {
  entry: 'inlägg',
  list: 'lista',
  site: 'webbplatsens uppgifter',
  glossary: 'sökord: förkortningar och synonymer',
  allowlist: 'granskade undantag för personnummer',
  guide: 'guiden för redaktörer',
  image: 'bild',
  ignored: 'fil som datorn eller ett program har skapat: publiceras inte',
  invalid: 'okänd fil: se valideringen',
};

/** Escapes text for Markdown, so a title cannot turn into a link, HTML or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~]/g, (character) => `\\${character}`);
}

function address(url: string, siteUrl: string | undefined): string {
  if (!siteUrl) return `\`${url}\``;
  const absolute = `${siteUrl.replace(/\/+$/, '')}${url}`;
  return `[${url}](${absolute})`;
}

function whatChanged(change: EntryChange): string | undefined {
  if (change.unreadable) return 'kunde inte läsas: se valideringen';
  const parts = [...change.fields.map((field) => `\`${field}\``), ...(change.bodyChanged ? ['texten'] : [])];
  if (parts.length > 0) return `ändrat: ${parts.join(', ')}`;
  return change.status === 'changed' ? 'bara kommentarer eller blanksteg har ändrats' : undefined;
}

function entryLine(change: EntryChange, siteUrl: string | undefined, withStatus: boolean): string {
  const parts = [
    `${withStatus ? `${STATUS_WORD[change.status]} ${NOUNS[change.collection]}: ` : ''}**${escapeMarkdown(change.title)}**`,
  ];
  if (!withStatus) parts[0] += ` (${NOUNS[change.collection]})`;
  if (change.url && change.page !== 'draft') parts.push(address(change.url, siteUrl));
  if (!change.url) parts.push(SHOWN_AS[change.collection] ?? 'ingen egen sida');
  const what = whatChanged(change);
  if (what) parts.push(what);
  parts.push(`\`${change.file}\``);
  return `- ${parts.join(' – ')}`;
}

function otherLine(change: OtherChange): string {
  const parts = [`${STATUS_WORD[change.status]}: \`${change.file}\` (${OTHER_KIND[change.kind]})`];
  if (change.ids) {
    const { added, removed, changed } = change.ids;
    if (added.length) parts.push(`nya id: ${added.join(', ')}`);
    if (changed.length) parts.push(`ändrade id: ${changed.join(', ')}`);
    if (removed.length) parts.push(`borttagna id: ${removed.join(', ')}`);
  }
  if (change.fields?.length) parts.push(`ändrat: ${change.fields.map((field) => `\`${field}\``).join(', ')}`);
  return `- ${parts.join(' – ')}`;
}

/**
 * The changes as Markdown for a pull request's summary, with Swedish headings.
 * @param changes from `describeChanges`
 * @param siteUrl the public site's address; with it the page addresses become links
 */
export function formatChanges(changes: ContentChanges, siteUrl?: string): string {
  const lines = ['## Ändringar i innehållet', ''];
  const total = changes.entries.length + changes.others.length;
  if (total === 0) {
    lines.push(`Inga filer i content/ har ändrats jämfört med \`${changes.base}\`.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Jämfört med \`${changes.base}\`: ${total} ${total === 1 ? 'fil' : 'filer'} i content/ har ändrats.`);
  const section = (heading: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push('', `### ${heading} (${items.length})`, '', ...items);
  };
  const withPage = (effect: PageEffect) =>
    changes.entries.filter((change) => change.page === effect).map((change) => entryLine(change, siteUrl, false));
  section('Nya sidor', withPage('new'));
  section('Ändrade sidor', withPage('changed'));
  section('Borttagna sidor', withPage('removed'));
  section(
    'Utkast som inte publiceras',
    changes.entries.filter((change) => change.page === 'draft').map((change) => entryLine(change, siteUrl, true)),
  );
  section(
    'Innehåll utan egen sida',
    changes.entries.filter((change) => change.page === undefined).map((change) => entryLine(change, siteUrl, true)),
  );
  section('Andra filer', changes.others.map(otherLine));
  return `${lines.join('\n')}\n`;
}
