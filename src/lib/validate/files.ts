/**
 * What each file under `content/` is. Nothing there is ignored without a rule: a file is an entry
 * of a collection, one of the documented non-entries, or a problem.
 */
import { COLLECTIONS, SITE_FILE } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/fragments.ts';
import { IMAGE_EXTENSIONS } from '../content/image-extensions.ts';
import type { RuleId } from './rules.ts';
import { didYouMean } from './suggest.ts';

export { IMAGE_EXTENSIONS } from '../content/image-extensions.ts';

/** The file of reviewed personnummer exceptions, under `content/`. */
export const ALLOWLIST_FILE = 'personnummer-allowlist.yaml';

/** The editors' guide under `content/`. */
export const GUIDE_FILE = 'README.md';

export type FileKind =
  | { kind: 'entry'; collection: CollectionName; id: string; extension: string }
  | { kind: 'list'; collection: CollectionName }
  | { kind: 'site' }
  | { kind: 'allowlist' }
  | { kind: 'guide' }
  | { kind: 'image' }
  | { kind: 'invalid'; rule: RuleId; message: string };

const ENTRY_DIRS = new Map<string, CollectionName>();
const LIST_FILES = new Map<string, CollectionName>();
for (const [name, collection] of Object.entries(COLLECTIONS) as [
  CollectionName,
  (typeof COLLECTIONS)[CollectionName],
][]) {
  if (collection.kind === 'entries') ENTRY_DIRS.set(collection.dir, name);
  else LIST_FILES.set(collection.file, name);
}

const KNOWN_ROOT_FILES = [...LIST_FILES.keys(), SITE_FILE.file, ALLOWLIST_FILE, GUIDE_FILE];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

/**
 * Classifies one file by its path relative to `content/`.
 * @param relative e.g. `meetings/2020-09-21-goda-exempel.mdx`
 */
export function classify(relative: string): FileKind {
  const parts = relative.split('/');
  const name = parts.at(-1) ?? '';
  const extension = extensionOf(name);
  const lower = extension.toLowerCase();

  if ((IMAGE_EXTENSIONS as readonly string[]).includes(lower)) {
    return extension === lower
      ? { kind: 'image' }
      : { kind: 'invalid', rule: 'file-type', message: `skriv filändelsen med små bokstäver: ${lower}` };
  }
  if (name.startsWith('.')) {
    return { kind: 'invalid', rule: 'file-type', message: 'dolda filer hör inte hemma i content/: ta bort filen' };
  }
  if (parts.length === 1) {
    if (name === GUIDE_FILE) return { kind: 'guide' };
    if (name === ALLOWLIST_FILE) return { kind: 'allowlist' };
    if (name === SITE_FILE.file) return { kind: 'site' };
    const list = LIST_FILES.get(name);
    if (list) return { kind: 'list', collection: list };
    return {
      kind: 'invalid',
      rule: 'file-location',
      message: `okänd fil i content/${didYouMean(name, KNOWN_ROOT_FILES)}; inlägg hör hemma i mapparna ${[...ENTRY_DIRS.keys()].join(', ')}`,
    };
  }
  const collection = ENTRY_DIRS.get(parts[0] ?? '');
  if (!collection) {
    return {
      kind: 'invalid',
      rule: 'file-location',
      message: `okänd mapp "${parts[0]}"${didYouMean(parts[0] ?? '', ENTRY_DIRS.keys())}; tillåtna mappar: ${[...ENTRY_DIRS.keys()].join(', ')}`,
    };
  }
  if (parts.length > 2) {
    return {
      kind: 'invalid',
      rule: 'file-location',
      message: `lägg filen direkt i content/${parts[0]}/, inte i en undermapp (den skulle annars inte publiceras)`,
    };
  }
  const spec = COLLECTIONS[collection];
  const accepted: readonly string[] = spec.kind === 'entries' ? spec.extensions : [];
  if (!accepted.includes(extension)) {
    const fix = accepted.includes(lower)
      ? `skriv filändelsen med små bokstäver: ${lower}`
      : lower === '.markdown'
        ? 'byt filändelsen till .md'
        : `filtypen ${extension || '(ingen filändelse)'} stöds inte här; tillåtna: ${accepted.join(', ')}`;
    return { kind: 'invalid', rule: 'file-type', message: `${fix} (annars publiceras filen inte)` };
  }
  return { kind: 'entry', collection, id: name.slice(0, -extension.length), extension };
}
